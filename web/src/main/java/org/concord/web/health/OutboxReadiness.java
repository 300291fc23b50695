package org.concord.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import org.concord.service.operations.OutboxState;
import org.concord.service.operations.Outboxes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}, issue 25 (R-C1, R-OPS.1): DOWN while an outbox is stuck, that is while the oldest undelivered
 * mail has waited since it was written, or the oldest due webhook delivery since its attempt fell due, longer than
 * {@code concord.health.outbox.stuck-after} (ISO-8601 duration). Every instance reads the same rows, so all say the
 * same: a stuck outbox is the Center's outage (a mail relay down, dispatchers not running), not one instance's.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(OutboxReadiness.class.getName());

    @Inject
    private Outboxes outboxes;

    @Inject
    @ConfigProperty(name = "concord.health.outbox.stuck-after", defaultValue = "PT30M")
    private Duration stuckAfter;

    /** What the last check found, so that a change is logged once, not at every check of the proxy. */
    private volatile boolean wasStuck;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("outbox");
        Outboxes.Snapshot now;
        try {
            now = outboxes.current();
        } catch (SQLException unreachable) {
            return answer.down()
                    .withData("state", "unknown: the database does not answer")
                    .build();
        }
        boolean mailStuck = now.mail().isStuck(stuckAfter);
        boolean webhooksStuck = now.webhooks().isStuck(stuckAfter);
        answer.status(!mailStuck && !webhooksStuck)
                .withData("stuck-after", stuckAfter.toString())
                .withData("mail", describe("mail", "since it was written", now.mail(), mailStuck))
                .withData(
                        "webhooks",
                        describe("webhook delivery", "since its attempt fell due", now.webhooks(), webhooksStuck));
        boolean stuck = mailStuck || webhooksStuck;
        if (stuck != wasStuck) {
            wasStuck = stuck;
            LOG.warning(() -> (stuck ? "Outbox stuck" : "Outbox flowing again") + ": the oldest mail waited "
                    + now.mail().oldestDueAge().toSeconds() + " s, webhook delivery "
                    + now.webhooks().oldestDueAge().toSeconds() + " s (concord.health.outbox.stuck-after="
                    + stuckAfter + ")");
        }
        return answer.build();
    }

    private String describe(String item, String since, OutboxState state, boolean stuck) {
        String age = state.oldestDueAge().toSeconds() + " s";
        if (stuck) {
            return "stuck: the oldest " + item + " has waited " + age + " " + since + ", longer than the "
                    + stuckAfter.toSeconds() + " s allowed (concord.health.outbox.stuck-after); " + state.backlog()
                    + " due, " + state.failing() + " failing";
        }
        return state.backlog() + " due, " + state.failing() + " failing, the oldest waiting " + age;
    }
}
