package org.concord.service.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.concord.domain.webhook.RetrySchedule;
import org.concord.domain.webhook.WebhookUrl;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-PLAT.2: the webhook settings ({@code concord.webhooks.*}, docs/configuration.md): the back-off, how long an
 * endpoint may fail before it is disabled, the timeouts of a post, the default overlap of a secret rotation, and the
 * test-only switch that lets {@code http://127.0.0.1} receive.
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "concord.webhooks.first-retry", defaultValue = "10")
    long firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "concord.webhooks.max-pause", defaultValue = "7200")
    long maxPauseSeconds;

    @Inject
    @ConfigProperty(name = "concord.webhooks.retry-for", defaultValue = "86400")
    long retryForSeconds;

    @Inject
    @ConfigProperty(name = "concord.webhooks.disable-after", defaultValue = "432000")
    long disableAfterSeconds;

    @Inject
    @ConfigProperty(name = "concord.webhooks.connect-timeout", defaultValue = "5")
    long connectTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "concord.webhooks.read-timeout", defaultValue = "10")
    long readTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "concord.webhooks.rotation-overlap", defaultValue = "24")
    long rotationOverlapHours;

    @Inject
    @ConfigProperty(name = "concord.webhooks.allow-local-receivers", defaultValue = "false")
    boolean allowLocalReceivers;

    public RetrySchedule schedule() {
        Duration first = Duration.ofSeconds(Math.max(1, firstRetrySeconds));
        Duration longest = Duration.ofSeconds(Math.max(firstRetrySeconds, maxPauseSeconds));
        return new RetrySchedule(
                first, longest, Duration.ofSeconds(retryForSeconds), Duration.ofSeconds(disableAfterSeconds));
    }

    public Duration connectTimeout() {
        return Duration.ofSeconds(Math.max(1, connectTimeoutSeconds));
    }

    public Duration readTimeout() {
        return Duration.ofSeconds(Math.max(1, readTimeoutSeconds));
    }

    public Duration defaultOverlap() {
        return Duration.ofHours(Math.max(0, rotationOverlapHours));
    }

    /** Tests only: {@code http://127.0.0.1} receivers are allowed. */
    public boolean allowLocalReceivers() {
        return allowLocalReceivers;
    }

    /** Host names are resolved by DNS, and every address they resolve to must be public. */
    public WebhookUrl.Resolver resolver() {
        return WebhookUrl.Resolver.DNS;
    }
}
