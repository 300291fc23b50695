package org.concord.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.service.Links;
import org.concord.service.appointment.AppointmentService;
import org.concord.service.appointment.DeclarationForm;
import org.concord.service.appointment.InvitationView;
import org.concord.service.appointment.ReasonForm;
import org.concord.service.mediation.DirectoryService;
import org.concord.service.procedure.ProcedureView;

/** A Neutral's invitations: accept with the declaration of 9(b), or decline with a reason. */
@Named
@ViewScoped
@ShowsRefusals
public class InvitationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AppointmentService appointments;

    private List<InvitationView> invitations;
    private final DeclarationForm declaration = new DeclarationForm();
    private final ReasonForm decline = new ReasonForm();

    @Inject
    private DirectoryService directory;

    /** R-M4: whether the mediator shows in the directory; {@code null} while the Center has not described it. */
    private Boolean listed;

    @PostConstruct
    void load() {
        invitations = appointments.myInvitations();
        listed = directory.listed();
    }

    /** R-M4: the mediator shows in the directory or hides from it. */
    public void toggleListing() {
        directory.list(!Boolean.TRUE.equals(listed));
        listed = directory.listed();
        Messages.info(listed ? "directory.nowListed" : "directory.nowHidden");
    }

    public Boolean getListed() {
        return listed;
    }

    public String accept(UUID procedureId) {
        try {
            ProcedureView procedure = appointments.accept(procedureId, declaration);
            Messages.info("invitation.accepted", procedure.reference());
            return Links.redirect(Links.procedure(procedureId));
        } catch (NotFound gone) {
            Messages.error(null, "invitation.gone");
            load();
        }
        return null;
    }

    public void decline(UUID procedureId) {
        try {
            appointments.decline(procedureId, decline);
            Messages.info("invitation.declined");
        } catch (RuleViolation | NotFound gone) {
            Messages.error(null, "invitation.gone");
        }
        load();
    }

    public List<InvitationView> getInvitations() {
        return invitations;
    }

    public DeclarationForm getDeclaration() {
        return declaration;
    }

    public ReasonForm getDecline() {
        return decline;
    }
}
