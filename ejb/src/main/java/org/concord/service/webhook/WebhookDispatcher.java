package org.concord.service.webhook;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.concord.domain.RuleViolation;
import org.concord.domain.organisation.MemberRole;
import org.concord.domain.organisation.Membership;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.webhook.RetrySchedule;
import org.concord.domain.webhook.WebhookDelivery;
import org.concord.domain.webhook.WebhookEndpoint;
import org.concord.domain.webhook.WebhookSecret;
import org.concord.domain.webhook.WebhookUrl;
import org.concord.service.Links;
import org.concord.service.mail.DispatchSignal;
import org.concord.service.mail.MailOutbox;
import org.concord.service.operations.BusinessMetrics;
import org.concord.service.operations.RequestId;

/**
 * R-PLAT.2, R-OPS.1: posts the webhook deliveries that are due, as the mail outbox is sent. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and kept locked until the attempt is recorded, so that several instances (or a sweep
 * and an after-commit nudge) never make one attempt twice. Each post is signed (Standard Webhooks), has connect and
 * read timeouts and follows no redirect; a 2xx answer delivers, anything else is logged and tried again on the back-off
 * schedule. An endpoint failing continuously for the configured period is disabled, its pending deliveries given up,
 * and its managers told by mail. Never runs on a request thread.
 */
@Stateless
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    /** Small: the rows stay locked while they are posted, each post bounded by the timeouts. */
    static final int BATCH = 5;
    /** Hibernate's lock timeout value for SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private WebhookSettings settings;

    @Inject
    private MailOutbox mail;

    @Inject
    private WebhookOutbox outbox;

    @Inject
    private Clock clock;

    @Inject
    private BusinessMetrics metrics;

    @Resource
    private SessionContext context;

    private volatile HttpClient client;

    /** Posts what is due on another thread, batch by batch, while commits keep writing deliveries. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatchDueAsync(DispatchSignal signal) {
        WebhookDispatcher self = context.getBusinessObject(WebhookDispatcher.class);
        do {
            while (signal.takePending()) {
                while (self.dispatchDue() == BATCH) {
                    // a full batch: there may be more
                }
            }
        } while (signal.stopUnlessPending());
    }

    /** Claims up to a batch of due deliveries (skipping those another dispatcher holds) and attempts each once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int dispatchDue() {
        List<WebhookDelivery> due = em.createNamedQuery("WebhookDelivery.due", WebhookDelivery.class)
                .setParameter("now", clock.instant())
                .setMaxResults(BATCH)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
        RetrySchedule schedule = settings.schedule();
        for (WebhookDelivery delivery : due) {
            send(delivery, schedule);
        }
        return due.size();
    }

    /**
     * Issue 25, R-OPS.1: what is logged while a delivery is attempted (the attempt, its failure, the endpoint disabled
     * by it) names the request that caused the delivery, on whichever instance, as for mail.
     */
    private void send(WebhookDelivery delivery, RetrySchedule schedule) {
        try (RequestId.Scope traced = RequestId.open(delivery.requestId().orElse(null))) {
            attempt(delivery, schedule);
        }
    }

    private void attempt(WebhookDelivery delivery, RetrySchedule schedule) {
        WebhookEndpoint endpoint = delivery.endpoint();
        Instant at = clock.instant();
        if (!endpoint.isEnabled()) {
            delivery.giveUp(at);
            return;
        }
        if (delivery.isScheduledAnnouncement() && !stillHolds(delivery, at)) {
            return;
        }
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            // R-PLAT.2: the address is checked again before each post: a name may resolve elsewhere since.
            WebhookUrl.check(endpoint.url(), settings.allowLocalReceivers(), settings.resolver());
            long timestamp = WebhookDelivery.timestamp(at);
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                    .timeout(settings.readTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Concord-Webhooks/1")
                    .header("webhook-id", delivery.messageId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header(
                            "webhook-signature",
                            WebhookSecret.header(
                                    endpoint.secretsAt(at), delivery.messageId(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                    .build();
            status = client().send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (RuleViolation refused) {
            error = "AddressRefused:" + refused.messageKey();
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = e.getClass().getName();
        }
        long latencyMs = (System.nanoTime() - started) / 1_000_000;
        Instant done = clock.instant();
        em.persist(delivery.attempted(done, status, latencyMs, error, schedule));
        if (delivery.deliveredAt().isPresent() && delivery.nextAttemptAt().isEmpty()) {
            endpoint.succeeded();
        } else {
            metrics.deliveryFailed(BusinessMetrics.Channel.WEBHOOK);
            if (endpoint.failed(done, schedule.disableAfter())) {
                disabled(endpoint, done);
            }
        }
        String outcome = status == null ? error : Integer.toString(status);
        // Logged without the address or the body: ids and the outcome only. A failure is a warning, as for mail.
        if (delivery.deliveredAt().isPresent() && delivery.nextAttemptAt().isEmpty()) {
            LOG.fine(() -> "Webhook " + delivery.messageId() + " attempt " + delivery.attempts() + ": " + outcome);
        } else {
            LOG.warning(() -> "Webhook " + delivery.messageId() + " not delivered (attempt " + delivery.attempts()
                    + "): " + outcome);
        }
    }

    /**
     * R-7, R-PLAT.2: an end of the Answer period written at commencement is told only if it still holds: an Answer
     * filed or the Procedure ended drops it; a period extended since moves it to the new end.
     */
    private boolean stillHolds(WebhookDelivery delivery, Instant at) {
        Procedure procedure = em.find(Procedure.class, delivery.subjectId());
        java.util.Optional<Instant> end =
                procedure == null ? java.util.Optional.empty() : outbox.answerPeriodEnd(procedure);
        if (end.isEmpty()) {
            em.remove(delivery);
            return false;
        }
        if (end.get().isAfter(at)) {
            delivery.postpone(end.get());
            return false;
        }
        return true;
    }

    /** R-PLAT.2: the endpoint was disabled for failing: its pending deliveries stop, and its managers are told. */
    private void disabled(WebhookEndpoint endpoint, Instant at) {
        em.createNamedQuery("WebhookDelivery.pendingOf", WebhookDelivery.class)
                .setParameter("endpoint", endpoint)
                .getResultList()
                .forEach(d -> d.giveUp(at));
        for (Membership m : endpoint.organisation().memberships()) {
            if (m.isActive() && m.role() == MemberRole.MANAGER) {
                mail.enqueue(
                        m.account(),
                        "mail.webhookDisabled",
                        endpoint.organisation().name(),
                        Links.organisationWebhooks(endpoint.organisation().id()),
                        endpoint.url());
            }
        }
        LOG.warning(() -> "Webhook endpoint " + endpoint.id() + " disabled after failing since "
                + endpoint.failingSince().orElse(at));
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            c = HttpClient.newBuilder()
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            client = c;
        }
        return c;
    }
}
