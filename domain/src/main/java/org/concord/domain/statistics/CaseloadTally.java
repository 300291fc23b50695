package org.concord.domain.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up the staff's caseload figures per month (R-STAT.3) from the counts the database groups by month: received,
 * ended, and the time limits met or missed. Every month from the first with a figure to the current
 * one is listed, months without any figure too; the Procedures open at a month's end are all received by then less
 * all ended by then.
 */
public final class CaseloadTally {

    private final Map<YearMonth, int[]> counts = new TreeMap<>();

    private static final int RECEIVED = 0;
    private static final int ENDED = 1;
    private static final int APPOINTMENTS_MET = 2;
    private static final int APPOINTMENTS_MISSED = 3;
    private static final int RESOLUTIONS_MET = 4;
    private static final int RESOLUTIONS_MISSED = 5;

    public CaseloadTally received(YearMonth month, long count) {
        return add(month, RECEIVED, count);
    }

    public CaseloadTally ended(YearMonth month, long count) {
        return add(month, ENDED, count);
    }

    /** Neutrals first appointed in {@code month} by the target, and after it. */
    public CaseloadTally appointments(YearMonth month, long met, long missed) {
        return add(month, APPOINTMENTS_MET, met).add(month, APPOINTMENTS_MISSED, missed);
    }

    /** Resolutions signed in {@code month} by their due date, and after it. */
    public CaseloadTally resolutions(YearMonth month, long met, long missed) {
        return add(month, RESOLUTIONS_MET, met).add(month, RESOLUTIONS_MISSED, missed);
    }

    private CaseloadTally add(YearMonth month, int figure, long count) {
        counts.computeIfAbsent(month, m -> new int[6])[figure] += Math.toIntExact(count);
        return this;
    }

    /** The months from the first with a figure through {@code current}, each with the Procedures open at its end. */
    public List<CaseloadMonth> months(YearMonth current) {
        List<CaseloadMonth> months = new ArrayList<>();
        if (counts.isEmpty()) {
            return months;
        }
        YearMonth first = counts.keySet().iterator().next();
        int open = 0;
        for (YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
            int[] c = counts.getOrDefault(m, new int[6]);
            open += c[RECEIVED] - c[ENDED];
            months.add(new CaseloadMonth(
                    m,
                    c[RECEIVED],
                    c[ENDED],
                    open,
                    c[APPOINTMENTS_MET],
                    c[APPOINTMENTS_MISSED],
                    c[RESOLUTIONS_MET],
                    c[RESOLUTIONS_MISSED]));
        }
        return months;
    }
}
