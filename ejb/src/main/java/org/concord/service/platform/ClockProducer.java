package org.concord.service.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every service reads the time from (UTC instants, R-3.1). {@code concord.clock.offset} (an ISO-8601
 * duration, default none) moves it, for staging and test systems that must see time limits and reminders fall due;
 * never set it in production.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "concord.clock.offset")
    private Optional<String> offset;

    @Produces
    public Clock clock() {
        Duration shift = offset.filter(o -> !o.isBlank()).map(Duration::parse).orElse(Duration.ZERO);
        return shift.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), shift);
    }
}
