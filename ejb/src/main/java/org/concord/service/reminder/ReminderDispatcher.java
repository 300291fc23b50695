package org.concord.service.reminder;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.concord.domain.procedure.Reminder;
import org.concord.service.Links;
import org.concord.service.mail.MailOutbox;

/**
 * Sends the reminders that are due, exactly once (R-C3). Due rows are claimed with {@code FOR UPDATE SKIP LOCKED},
 * so that another instance's sweep passes over them; each is marked sent in the same transaction that queues its
 * e-mail in the outbox, so a commit sends it once and a rollback or a crash sends nothing and leaves it due. A reminder
 * whose recipient no longer acts in the role is removed unsent. The first reminder of each day an implementation
 * report is overdue also fires {@link ImplementationReportDue} (R-PLAT.4).
 */
@Stateless
public class ReminderDispatcher {

    private static final int BATCH = 100;
    /** Hibernate's lock timeout value for SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private jakarta.enterprise.event.Event<AnswerReminderDue> answerDue;

    @Inject
    private Clock clock;

    @Inject
    private Event<ImplementationReportDue> due;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendDue() {
        Instant now = clock.instant();
        List<Reminder> claimed = em.createNamedQuery("Reminder.due", Reminder.class)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
        for (Reminder reminder : claimed) {
            if (!reminder.isStillFor()) {
                // R-C3, R-ACC.2, R-ACC.3: a member who left, a representative revoked, a Neutral replaced is no
                // longer reminded; the reminder is for nobody now.
                em.remove(reminder);
                continue;
            }
            if (reminder.isOverdueReminder() && firstOfItsDay(reminder)) {
                due.fire(
                        new ImplementationReportDue(reminder.procedure().id(), reminder.due(), -reminder.daysBefore()));
            }
            mailOutbox.enqueue(
                    reminder.recipient(),
                    "mail.reminder." + reminder.kind() + (reminder.isOverdueReminder() ? ".overdue" : ""),
                    reminder.procedure().reference().value(),
                    Links.procedure(reminder.procedure().id()),
                    reminder.due(),
                    Math.abs(reminder.daysBefore()));
            if (reminder.kind() == org.concord.domain.procedure.ProcedureDeadline.Kind.ANSWER) {
                // R-PLAT.2: the Responding Party's organisation is told once, whichever member's reminder comes first.
                answerDue.fire(new AnswerReminderDue(reminder.procedure(), reminder.daysBefore()));
            }
            reminder.markSent(now);
        }
        return claimed.size();
    }

    /** R-PLAT.4: no other reminder of the same Procedure, kind and day was sent before (one event, many members). */
    private boolean firstOfItsDay(Reminder reminder) {
        return em.createQuery(
                                "select count(r) from Reminder r where r.procedure = :procedure and r.kind = :kind"
                                        + " and r.daysBefore = :days and r.sentAt is not null",
                                Long.class)
                        .setParameter("procedure", reminder.procedure())
                        .setParameter("kind", reminder.kind())
                        .setParameter("days", reminder.daysBefore())
                        .getSingleResult()
                == 0;
    }
}
