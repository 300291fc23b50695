package org.concord.service.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.concord.domain.mail.OutboundMail;
import org.concord.service.operations.BusinessMetrics;
import org.concord.service.operations.RequestId;

/**
 * Sends what is due in the outbox. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so that several instances
 * (or a sweep and an after-commit send) never send one mail twice. A failure is recorded on the row and retried
 * later (R-C1).
 */
@Stateless
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final int BATCH = 50;
    /** Hibernate's lock timeout value for SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private MailSender sender;

    @Inject
    private Clock clock;

    @Inject
    private BusinessMetrics metrics;

    @Resource
    private SessionContext context;

    /**
     * Sends what is due on another thread, batch by batch (each in its own transaction), for as long as commits keep
     * queueing mail ({@link DispatchSignal}).
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatchDueAsync(DispatchSignal signal) {
        MailDispatcher self = context.getBusinessObject(MailDispatcher.class);
        do {
            while (signal.takePending()) {
                while (self.dispatchDue() == BATCH) {
                    // a full batch: there may be more
                }
            }
        } while (signal.stopUnlessPending());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int dispatchDue() {
        Instant now = clock.instant();
        List<OutboundMail> due = em.createNamedQuery("OutboundMail.due", OutboundMail.class)
                .setParameter("maxAttempts", OutboundMail.MAX_ATTEMPTS)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
        int sent = 0;
        try (MailSender.Connection connection = sender.connection()) {
            for (OutboundMail mail : due) {
                if (send(connection, mail, now)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Issue 25: what is logged while a mail is sent names the request that queued it, on whichever instance. */
    private boolean send(MailSender.Connection connection, OutboundMail mail, Instant now) {
        try (RequestId.Scope traced = RequestId.open(mail.requestId().orElse(null))) {
            return attempt(connection, mail, now);
        }
    }

    private boolean attempt(MailSender.Connection connection, OutboundMail mail, Instant now) {
        try {
            connection.send(mail, now);
            mail.markSent(clock.instant());
            return true;
        } catch (MessagingException e) {
            mail.markFailed(e.getMessage(), clock.instant());
            metrics.deliveryFailed(BusinessMetrics.Channel.MAIL);
            // Logged without the recipient or the text: logs hold no personal data.
            LOG.warning(() -> "Mail " + mail.id() + " not sent (attempt " + mail.attempts() + "): "
                    + e.getClass().getSimpleName());
            return false;
        }
    }
}
