package org.concord.service.reminder;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
 * whose recipient no longer acts in the role is removed unsent.
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

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendDue() {
        Instant now = clock.instant();
        List<Reminder> due = em.createNamedQuery("Reminder.due", Reminder.class)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
        for (Reminder reminder : due) {
            if (!reminder.isStillFor()) {
                // R-C3, R-ACC.2, R-ACC.3: a member who left, a representative revoked, a Neutral replaced is no
                // longer reminded; the reminder is for nobody now.
                em.remove(reminder);
                continue;
            }
            mailOutbox.enqueue(
                    reminder.recipient(),
                    "mail.reminder." + reminder.kind(),
                    reminder.procedure().reference().value(),
                    Links.procedure(reminder.procedure().id()),
                    reminder.due(),
                    reminder.daysBefore());
            if (reminder.kind() == org.concord.domain.procedure.ProcedureDeadline.Kind.ANSWER) {
                // R-PLAT.2: the Responding Party's organisation is told once, whichever member's reminder comes first.
                answerDue.fire(new AnswerReminderDue(reminder.procedure(), reminder.daysBefore()));
            }
            reminder.markSent(now);
        }
        return due.size();
    }
}
