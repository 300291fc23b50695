package org.concord.domain.time;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A computed time limit that explains itself: when the communication was received (instant and Geneva date),
 * the period N, the raw last day, the suspended days not counted, every day skipped because it was not a
 * business day at a Party's domicile with its reason and countries, and the day the period ends.
 */
public record Deadline(
        Instant receivedAt,
        LocalDate receivedDate,
        int days,
        List<LocalDate> suspendedDays,
        LocalDate rawLastDay,
        List<SkippedDay> skipped,
        LocalDate due)
        implements Serializable {

    /**
     * One reason a day was skipped, and the domiciles at which it applies ("2026-12-25 Christmas Day, FR"): the reason
     * in English, and its kind and key for naming it in another language (issue 24, {@link DayOff}).
     */
    public record SkippedDay(LocalDate date, String reason, List<String> countries, DayOff.Kind kind, String key)
            implements Serializable {

        static SkippedDay of(LocalDate date, DayOff reason, List<String> countries) {
            return new SkippedDay(date, reason.text(), countries, reason.kind(), reason.key());
        }

        /** The reason as a value that names itself in a language. */
        public DayOff dayOff() {
            return new DayOff(kind, key, reason);
        }

        @Override
        public String toString() {
            return date + " " + reason + ", " + String.join(", ", countries);
        }
    }

    /** a filing dispatched on this Geneva date complies with the limit. */
    public boolean isMetBy(LocalDate dispatchedOn) {
        return !dispatchedOn.isAfter(due);
    }
}
