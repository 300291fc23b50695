package org.concord.domain.retention;

import java.time.Instant;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.concord.domain.time.GenevaTime;

/**
 * R-OPS.3: how long each data class is kept, as configured ({@code concord.retention.*}, ISO-8601 periods such as
 * {@code P10Y}, {@code P12M}, {@code P30D}). A period runs in Geneva calendar terms: "ten years after it
 * ended" is the same date and time ten years on.
 */
public final class RetentionPeriods {

    private final Map<DataClass, Period> periods;

    private RetentionPeriods(Map<DataClass, Period> periods) {
        this.periods = periods;
    }

    /**
     * The periods of every class.
     *
     * @throws IllegalArgumentException when a class has none, or a period is negative or zero (a datum would be
     *     erased the moment it is made)
     */
    public static RetentionPeriods of(Map<DataClass, Period> periods) {
        Map<DataClass, Period> all = new EnumMap<>(DataClass.class);
        for (DataClass dataClass : DataClass.values()) {
            Period period = periods.get(dataClass);
            if (period == null) {
                throw new IllegalArgumentException("no retention period for " + dataClass.configKey());
            }
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException(dataClass.configKey() + " must be a positive period: " + period);
            }
            all.put(dataClass, period);
        }
        return new RetentionPeriods(all);
    }

    public Period of(DataClass dataClass) {
        return periods.get(dataClass);
    }

    /** When a datum of {@code dataClass} whose period started at {@code since} falls due for erasure. */
    public Instant dueAt(DataClass dataClass, Instant since) {
        return since.atZone(GenevaTime.ZONE).plus(of(dataClass)).toInstant();
    }

    /**
     * The latest start that is due at {@code now}: a datum of {@code dataClass} whose period started at or before it
     * is past its period (the bound the erasure job queries by).
     */
    public Instant cutoff(DataClass dataClass, Instant now) {
        return now.atZone(GenevaTime.ZONE).minus(of(dataClass)).toInstant();
    }

    /**
     * R-OPS.3: whether a datum is due for erasure at {@code now}: its period started ({@code since} is not null), has
     * run out, and no legal hold suspends it.
     */
    public boolean isDue(DataClass dataClass, Instant since, LegalHold hold, Instant now) {
        Objects.requireNonNull(now);
        if (since == null || (hold != null && hold.isHeld())) {
            return false;
        }
        return !dueAt(dataClass, since).isAfter(now);
    }
}
