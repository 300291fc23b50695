package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.organisation.MemberRole;
import org.concord.service.Links;
import org.concord.service.invitation.InvitationService;
import org.concord.service.invitation.InvitationView;
import org.concord.service.organisation.MemberForm;
import org.concord.service.organisation.OrganisationDetailsForm;
import org.concord.service.organisation.OrganisationService;
import org.concord.service.organisation.OrganisationView;

/**
 * One organisation's page (R-ACC.2): its members with role, since and until; staff and its managers invite a member
 * by address (R-ACC.1: whether it has an account is not told), see the invitations still open and withdraw them, and
 * remove a member; staff edit its details and read its record of changes. To anyone else the same 404 as a wrong id.
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
    private OrganisationDetailsForm details;
    private String domains;
    private String aliases;

    public void load() throws IOException {
        try {
            organisation = organisations.get(UUID.fromString(String.valueOf(id)));
        } catch (NotFound | IllegalArgumentException hidden) {
            ErrorPages.send(404);
            return;
        }
        if (organisation.mayEdit()) {
            details = OrganisationDetailsForm.of(organisation);
            domains = String.join("\n", organisation.domains());
            aliases = String.join("\n", organisation.aliases());
        }
    }

    /** R-ACC.2: staff save the details; each change is recorded. Domains and names are typed one a line. */
    public String edit() {
        details.setDomains(lines(domains));
        details.setAliases(lines(aliases));
        organisation = organisations.edit(organisation.id(), details);
        Messages.info("organisation.edited");
        return Links.redirect(Links.organisation(organisation.id()));
    }

    private static List<String> lines(String text) {
        return text == null
                ? new ArrayList<>()
                : new ArrayList<>(Arrays.stream(text.split("[\\r\\n,]+"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList());
    }

    public OrganisationDetailsForm getDetails() {
        return details;
    }

    public String getDomains() {
        return domains;
    }

    public void setDomains(String domains) {
        this.domains = domains;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
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
