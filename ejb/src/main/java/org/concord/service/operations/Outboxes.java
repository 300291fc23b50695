package org.concord.service.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.concord.domain.mail.OutboundMail;

/**
 * The outboxes' state, read from the database (issue 25): every instance sees the same rows, so the metrics and the
 * readiness check of every instance agree, whichever instance sends. Each read is one indexed query per outbox (mail:
 * the unsent range of {@code outbound_mail_unsent}; webhooks: the pending range of {@code webhook_delivery_due}),
 * and a read is reused for {@link #FRESH_FOR}, so that a scraper and the proxy's health checks cost the database little.
 *
 * <p>What "waiting" means differs on purpose. A mail waits from the moment it was written, its retries included: the
 * relay is the Center's own, and a mail not sent for long is the Center's outage (R-C1). A webhook delivery waits from
 * the moment its current attempt fell due: a platform's receiver that fails is retried on its back-off and shown to
 * the platform (R-PLAT.2); what the operator must see is a dispatcher that does not attempt what is due.
 */
@ApplicationScoped
public class Outboxes {

    /** How long a read is reused. */
    public static final Duration FRESH_FOR = Duration.ofSeconds(5);

    /** Concord's data source (DatabaseMigration declares it; not imported, this context imports no other). */
    @Resource(lookup = "java:app/jdbc/concord")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    private volatile Snapshot last;

    /** The mail outbox and the webhook deliveries, read at most {@link #FRESH_FOR} ago. */
    public Snapshot current() throws SQLException {
        Snapshot s = last;
        Instant now = clock.instant();
        if (s == null || s.mail().at().plus(FRESH_FOR).isBefore(now)) {
            s = read(now);
            last = s;
        }
        return s;
    }

    /** The end of the last publication gate run (issue 24), in the whole cluster; a handful of rows a year. */
    public Optional<Instant> lastGateRun() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select max(finished_at) from statistics_gate_run");
                ResultSet r = q.executeQuery()) {
            r.next();
            return Optional.ofNullable(r.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
        }
    }

    private Snapshot read(Instant now) throws SQLException {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            OutboxState mail;
            try (PreparedStatement q = c.prepareStatement("select count(case when next_attempt_at <= ? then 1 end),"
                    + " count(case when attempts > 0 then 1 end), min(created_at) from outbound_mail"
                    + " where sent_at is null and attempts < ?")) {
                q.setObject(1, at);
                q.setInt(2, OutboundMail.MAX_ATTEMPTS);
                mail = state(q, now);
            }
            OutboxState webhooks;
            try (PreparedStatement q = c.prepareStatement("select count(case when next_attempt_at <= ? then 1 end),"
                    + " count(case when attempts > 0 then 1 end),"
                    + " min(case when next_attempt_at <= ? then next_attempt_at end) from webhook_delivery"
                    + " where next_attempt_at is not null")) {
                q.setObject(1, at);
                q.setObject(2, at);
                webhooks = state(q, now);
            }
            return new Snapshot(mail, webhooks);
        }
    }

    private static OutboxState state(PreparedStatement q, Instant now) throws SQLException {
        try (ResultSet r = q.executeQuery()) {
            r.next();
            return new OutboxState(
                    r.getLong(1),
                    r.getLong(2),
                    Optional.ofNullable(r.getObject(3, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                    now);
        }
    }

    /** Both outboxes, read together. */
    public record Snapshot(OutboxState mail, OutboxState webhooks) {}
}
