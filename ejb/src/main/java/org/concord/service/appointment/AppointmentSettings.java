package org.concord.service.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.concord.domain.neutral.Criterion;
import org.concord.domain.neutral.RankingWeights;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Center's configuration of appointments: the weight of each criterion of 8(b) in the ranking, shown to
 * staff with every ranking, and how long an invitation waits for an answer before the next candidate is invited.
 */
@ApplicationScoped
public class AppointmentSettings {

    private static final String WEIGHT = "concord.appointment.weight.";

    @Inject
    private Config config;

    @Inject
    @ConfigProperty(name = "concord.appointment.invitation-timeout")
    private String invitationTimeout;

    /** {@code concord.appointment.weight.domicile}, {@code .matter}, {@code .expertise}, … each 0–100. */
    public RankingWeights weights() {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            weights.put(c, config.getValue(WEIGHT + c.name().toLowerCase(Locale.ROOT), Integer.class));
        }
        return new RankingWeights(weights);
    }

    /** An ISO-8601 duration such as {@code P3D} or {@code PT48H}. */
    public Duration invitationTimeout() {
        Duration timeout = Duration.parse(invitationTimeout);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalStateException("concord.appointment.invitation-timeout must be positive");
        }
        return timeout;
    }
}
