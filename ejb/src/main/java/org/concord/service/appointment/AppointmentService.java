package org.concord.service.appointment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.NeutralAppointment;
import org.concord.domain.procedure.Participant;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.service.audit.Audited;
import org.concord.service.account.Accounts;
import org.concord.service.mail.MailOutbox;
import org.concord.service.procedure.ProcedureViews;
import org.concord.service.procedure.ProcedureView;
import org.concord.service.procedure.Procedures;
import org.concord.service.reminder.ReminderPlanner;

/**
 * The Neutral's appointment the Rules way: the Center invites a candidate, who accepts only with the
 * declaration of 9(b) or declines; the Neutral discloses new circumstances at any time (9(c)); the Center replaces a
 * Neutral, the Procedure standing still until the substitute accepts unless both Parties agreed otherwise.
 * Every step is announced by e-mail without content (R-C1).
 */
@Stateless
public class AppointmentService {

    @Inject
    private Procedures procedures;

    @Inject
    private Accounts accounts;

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private ReminderPlanner reminders;

    @Inject
    private ProcedureViews views;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The Center's list of neutrals, to choose from. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public List<NeutralView> neutrals() {
        return accounts.withRole(Role.NEUTRAL).stream()
                .map(a -> new NeutralView(a.email(), a.displayName()))
                .toList();
    }

    /** staff invite a Neutral, who is told by e-mail. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("neutral invited")
    public ProcedureView invite(UUID id, @NotNull @Valid InvitationForm form) {
        Procedure procedure = procedures.find(id).orElseThrow(NotFound::new);
        UserAccount candidate = accounts.findByEmail(form.getNeutral().strip())
                .orElseThrow(() -> new RuleViolation("R-8.1", "neutral", "rule.neutral.notNeutral",
                        "Only a Neutral on the Center's list can be appointed"));
        UserAccount staff = caller();
        procedure.inviteNeutral(candidate, staff, clock.instant());
        mailOutbox.enqueue(candidate, "mail.invited", procedure.reference().value(), "/portal/invitations.xhtml");
        return views.of(procedure, staff);
    }

    /** The invitations waiting for the calling Neutral's answer. */
    @RolesAllowed("NEUTRAL")
    public List<InvitationView> myInvitations() {
        return em.createNamedQuery("NeutralAppointment.invitationsOf", NeutralAppointment.class)
                .setParameter("accountId", caller().id())
                .getResultStream()
                .map(InvitationView::of)
                .toList();
    }

    /**
     * the candidate accepts with the declaration and joins the circle; the Parties are told, reminders of the
     * Resolution are planned.
     */
    @RolesAllowed("NEUTRAL")
    @Audited("appointment accepted")
    public ProcedureView accept(UUID id, @NotNull @Valid DeclarationForm form) {
        UserAccount candidate = caller();
        Procedure procedure = invited(id, candidate);
        procedure.acceptAppointment(candidate, form.isConfirmsImpartiality(), form.getDeclaration(), clock.instant());
        reminders.withdraw(procedure);
        reminders.plan(procedure);
        tellParties(procedure, "mail.appointed");
        return views.of(procedure, candidate);
    }

    /** The candidate declines with a reason; staff are shown it on the Procedure's page. */
    @RolesAllowed("NEUTRAL")
    @Audited("appointment declined")
    public void decline(UUID id, @NotNull @Valid ReasonForm form) {
        UserAccount candidate = caller();
        invited(id, candidate).declineAppointment(candidate, form.getReason(), clock.instant());
    }

    /** 9(c): the Neutral discloses new circumstances; the Parties are told by e-mail, the Center sees them. */
    @RolesAllowed("NEUTRAL")
    @Audited("circumstances disclosed")
    public ProcedureView disclose(UUID id, @NotNull @Valid DisclosureForm form) {
        UserAccount neutral = caller();
        Procedure procedure = procedures.visibleTo(id, neutral);
        procedure.disclose(neutral, form.getCircumstances(), clock.instant());
        tellParties(procedure, "mail.disclosure");
        return views.of(procedure, neutral);
    }

    /** staff replace the Neutral; suspended until a substitute accepts unless both Parties agreed. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("neutral replaced")
    public ProcedureView replace(UUID id, @NotNull @Valid ReasonForm form) {
        Procedure procedure = procedures.find(id).orElseThrow(NotFound::new);
        UserAccount former = procedure.participant(ParticipantRole.NEUTRAL).orElse(null);
        UserAccount staff = caller();
        procedure.replaceNeutral(staff, form.getReason(), form.isPartiesAgreedToContinue(), clock.instant());
        reminders.withdraw(procedure);
        if (former != null) {
            mailOutbox.enqueue(former, "mail.replaced", procedure.reference().value(), "/portal/procedures.xhtml");
        }
        tellParties(procedure, "mail.replacement");
        return views.of(procedure, staff);
    }

    /** The Procedure for which {@code candidate} holds an open invitation; otherwise the one "not found". */
    private Procedure invited(UUID id, UserAccount candidate) {
        return procedures.find(id)
                .filter(p -> p.pendingInvitation().filter(a -> a.candidate().id().equals(candidate.id())).isPresent()
                        || p.isVisibleTo(candidate))
                .orElseThrow(NotFound::new);
    }

    private void tellParties(Procedure procedure, String key) {
        procedure.participants().stream()
                .filter(p -> p.role() != ParticipantRole.NEUTRAL)
                .map(Participant::account)
                .forEach(party -> mailOutbox.enqueue(party, key, procedure.reference().value(),
                        "/procedure.xhtml?id=" + procedure.id()));
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
