package org.concord.domain.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes every period the Rules define, one way (Article 3):
 * <ol>
 * <li>R-3.2: the period runs from the Geneva date on which the Portal delivered the communication;</li>
 * <li>R-3.3: it begins on the day after; its last day is receipt + N days, not counting suspended days (R-10
 * reading);</li>
 * <li>R-3.4 (reading): if that day is not a business day at the domicile of <em>either</em> Party, the period ends on
 * the first later day that is a business day at both;</li>
 * <li>R-3.6: the result explains each step.</li>
 * </ol>
 * Stateless and thread-safe; the calendar it is given caches holidays.
 */
public final class DeadlineEngine {

    /** Longer periods are refused as input errors: the Rules' longest is 90 days (14(b)(vii)). */
    public static final int MAX_DAYS = 366;

    private final NonBusinessDays calendar;

    public DeadlineEngine(NonBusinessDays calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public Deadline compute(Instant receivedAt, int days, Domicile first, Domicile second) {
        return compute(receivedAt, days, first, second, List.of());
    }

    public Deadline compute(
            Instant receivedAt, int days, Domicile first, Domicile second, List<Suspension> suspensions) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        return compute(receivedAt, GenevaTime.dateOf(receivedAt), days, first, second, suspensions);
    }

    /**
     * A period that runs from a Geneva date rather than from the receipt of a communication, e.g. R-8.1's "10 days
     * after the end of the Answer period". The explanation then shows the date as the receipt date.
     */
    public Deadline computeFrom(LocalDate startDate, int days, Domicile first, Domicile second) {
        return computeFrom(startDate, days, first, second, List.of());
    }

    public Deadline computeFrom(
            LocalDate startDate, int days, Domicile first, Domicile second, List<Suspension> suspensions) {
        Objects.requireNonNull(startDate, "startDate");
        return compute(
                startDate.atStartOfDay(GenevaTime.ZONE).toInstant(), startDate, days, first, second, suspensions);
    }

    private Deadline compute(
            Instant receivedAt,
            LocalDate receivedDate,
            int days,
            Domicile first,
            Domicile second,
            List<Suspension> suspensions) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("a period has 1 to " + MAX_DAYS + " days, not " + days);
        }
        for (Domicile d : List.of(first, second)) {
            if (!calendar.knows(d)) {
                throw new IllegalArgumentException("unknown country or subdivision: " + d);
            }
        }
        List<LocalDate> suspended = new ArrayList<>(0);
        LocalDate rawLastDay = receivedDate.plusDays(days);
        if (!suspensions.isEmpty()) {
            LocalDate day = receivedDate;
            for (int counted = 0; counted < days; ) {
                day = day.plusDays(1);
                if (isSuspended(day, suspensions)) {
                    suspended.add(day);
                } else {
                    counted++;
                }
            }
            rawLastDay = day;
        }
        List<Deadline.SkippedDay> skipped = new ArrayList<>(0);
        LocalDate due = rawLastDay;
        while (!(calendar.isBusinessDay(due, first) && calendar.isBusinessDay(due, second))) {
            explainSkipped(due, first, second, skipped);
            due = due.plusDays(1);
        }
        return new Deadline(
                receivedAt, receivedDate, days, List.copyOf(suspended), rawLastDay, List.copyOf(skipped), due);
    }

    private static boolean isSuspended(LocalDate day, List<Suspension> suspensions) {
        for (Suspension s : suspensions) {
            if (s.covers(day)) {
                return true;
            }
        }
        return false;
    }

    /** Adds one entry per reason the day is skipped, with the domiciles at which it applies, in order. */
    private void explainSkipped(LocalDate day, Domicile first, Domicile second, List<Deadline.SkippedDay> into) {
        List<DayOff> atFirst = calendar.reasons(day, first);
        List<DayOff> atSecond = first.equals(second) ? atFirst : calendar.reasons(day, second);
        String a = first.toString();
        String b = second.toString();
        for (DayOff reason : atFirst) {
            into.add(Deadline.SkippedDay.of(
                    day, reason, atSecond.contains(reason) && !first.equals(second) ? List.of(a, b) : List.of(a)));
        }
        for (DayOff reason : atSecond) {
            if (!atFirst.contains(reason)) {
                into.add(Deadline.SkippedDay.of(day, reason, List.of(b)));
            }
        }
    }
}
