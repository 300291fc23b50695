package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.organisation.MemberRole;
import org.concord.service.Links;
import org.concord.service.invitation.InvitationService;
import org.concord.service.invitation.InvitationView;
import org.concord.service.organisation.MemberForm;
import org.concord.service.organisation.OrganisationService;
import org.concord.service.organisation.OrganisationView;

/**
 * One organisation's page (R-ACC.2): its members with role, since and until; staff and its managers invite a member
 * by address (R-ACC.1: whether it has an account is not told), see the invitations still open and withdraw them, and
 * remove a member. To anyone else the same 404 as a wrong id.
 */
@Named
@ViewScoped
@ShowsRefusals
public class OrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisations;

    @Inject
    private InvitationService invitations;

    private String id;
    private OrganisationView organisation;
    private final MemberForm member = new MemberForm();

    public void load() throws IOException {
        try {
            organisation = organisations.get(UUID.fromString(String.valueOf(id)));
        } catch (NotFound | IllegalArgumentException hidden) {
            ErrorPages.send(404);
        }
    }

    public String invite() {
        InvitationView sent = organisations.inviteMember(organisation.id(), member);
        Messages.info("organisation.invited", sent.email());
        return Links.redirect(Links.organisation(organisation.id()));
    }

    public String withdraw(UUID invitationId) {
        invitations.withdraw(invitationId);
        Messages.info("organisation.invitationWithdrawn");
        return Links.redirect(Links.organisation(organisation.id()));
    }

    public String removeMember(UUID accountId) {
        organisation = organisations.removeMember(organisation.id(), accountId);
        Messages.info("organisation.memberRemoved");
        return Links.redirect(Links.organisation(organisation.id()));
    }

    public MemberRole[] getRoles() {
        return MemberRole.values();
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public MemberForm getMember() {
        return member;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
