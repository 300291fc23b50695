package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.concord.domain.account.Invitation;
import org.concord.service.Links;
import org.concord.service.Page;
import org.concord.service.invitation.InvitationForm;
import org.concord.service.invitation.InvitationService;
import org.concord.service.invitation.InvitationView;

/**
 * The console's invitations (R-ACC.1): staff page through every invitation, filtered by its state, invite a Neutral
 * (an administrator also a member of staff, R-ACC.5) and withdraw one still open. State and page are in the URL.
 */
@Named
@ViewScoped
@ShowsRefusals
public class ConsoleInvitationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvitationService invitations;

    private Invitation.State state;
    private int page;
    private Page<InvitationView> list;
    private List<Invitation.Kind> kinds;
    private final InvitationForm form = new InvitationForm();

    public Page<InvitationView> getList() {
        if (list == null) {
            list = invitations.list(state, page);
        }
        return list;
    }

    public String invite() {
        InvitationView sent = invitations.invite(form);
        Messages.info("invitations.sent", sent.email());
        return Links.redirect(Links.consoleInvitations());
    }

    public String withdraw(UUID id) {
        InvitationView withdrawn = invitations.withdraw(id);
        Messages.info("invitations.withdrawn", withdrawn.email());
        return Links.redirect(Links.consoleInvitations());
    }

    /** What the caller may invite to here (STAFF only for an administrator). */
    public List<Invitation.Kind> getKinds() {
        if (kinds == null) {
            kinds = invitations.kinds();
        }
        return kinds;
    }

    public Invitation.State[] getStates() {
        return Invitation.State.values();
    }

    public InvitationForm getForm() {
        return form;
    }

    public Invitation.State getState() {
        return state;
    }

    public void setState(Invitation.State state) {
        this.state = state;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 0);
    }
}
