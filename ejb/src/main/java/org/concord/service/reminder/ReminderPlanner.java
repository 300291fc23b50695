package org.concord.service.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.ProcedureDeadline;
import org.concord.domain.procedure.Reminder;
import org.concord.service.time.DeadlineService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plans the reminders of a Procedure's running time limits (R-C3) in the caller's transaction: the Answer for the
 * Responding Party, the Resolution for the Neutral. The Center's own target is shown to staff, not mailed.
 * Planning twice plans nothing new.
 */
@ApplicationScoped
public class ReminderPlanner {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private Clock clock;

    @Inject
    private ImplementationPeriod implementation;

    @Inject
    @ConfigProperty(name = "concord.reminders.days-before")
    private List<Integer> daysBefore;

    public void plan(Procedure procedure) {
        for (ProcedureDeadline deadline : procedure.timeLimits().deadlines(deadlines.engine())) {
            // R-C3, R-ACC.2: each active member of a platform organisation is reminded of its Answer.
            List<UserAccount> mustAct = switch (deadline.kind()) {
                case ANSWER -> procedure.circle().accountsOf(ParticipantRole.RESPONDING_PARTY);
                case RESOLUTION, RESOLUTION_CAP -> procedure.circle().accountsOf(ParticipantRole.NEUTRAL);
                case APPOINTMENT_TARGET, IMPLEMENTATION_REPORT -> List.of();
            };
            mustAct.forEach(
                    recipient -> Reminder.plan(procedure, recipient, deadline, daysBefore, clock.instant()).stream()
                            .filter(r -> !alreadyPlanned(r))
                            .forEach(em::persist));
        }
    }

    /**
     * R-PLAT.4, R-C3: the Resolution is communicated: each active member of the Responding Party (and its authorised
     * representative) is reminded of the implementation report before and after its due date, until it is made.
     */
    public void planImplementationReport(Procedure procedure) {
        procedure
                .implementation()
                .due(implementation.days())
                .ifPresent(due -> procedure
                        .circle()
                        .accountsOf(ParticipantRole.RESPONDING_PARTY)
                        .forEach(recipient -> Reminder.planImplementationReport(
                                        procedure,
                                        recipient,
                                        due,
                                        implementation.daysBefore(),
                                        implementation.daysAfter(),
                                        clock.instant())
                                .stream()
                                .filter(r -> !alreadyPlanned(r))
                                .forEach(em::persist)));
    }

    /**
     * The Procedure ended: no time limit runs any more, so its reminders not yet sent are withdrawn; also once the
     * implementation report is made (R-PLAT.4), the only reminders of an ended Procedure.
     */
    public void withdraw(Procedure procedure) {
        em.createQuery("delete from Reminder r where r.procedure = :procedure and r.sentAt is null")
                .setParameter("procedure", procedure)
                .executeUpdate();
    }

    private boolean alreadyPlanned(Reminder r) {
        return !em.createQuery("""
                select r.id from Reminder r where r.procedure = :procedure and r.recipient = :recipient
                and r.kind = :kind and r.daysBefore = :daysBefore""")
                .setParameter("procedure", r.procedure())
                .setParameter("recipient", r.recipient())
                .setParameter("kind", r.kind())
                .setParameter("daysBefore", r.daysBefore())
                .getResultList()
                .isEmpty();
    }
}
