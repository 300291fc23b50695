package org.concord.domain.statistics;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.stream.IntStream;
import org.concord.domain.RuleViolation;

/**
 * The period a table covers, by the Geneva date of receipt of the Request: a quarter, the year to date (quarters 1 to
 * {@code quarter}) or a whole year. Quarters are the elementary periods of the cover model (statistics.md): a
 * year-to-date figure minus the previous one is a quarter, and the gate audits it as such.
 */
public record Period(Kind kind, int year, int quarter) {

    public enum Kind {
        QUARTER,
        YEAR_TO_DATE,
        YEAR
    }

    public Period {
        if (kind == null) {
            throw new RuleViolation("R-STAT.1", "/period", "statistics.period.required");
        }
        if (year < 2000 || year > 9999) {
            throw new RuleViolation("R-STAT.1", "/year", "statistics.year.invalid", year);
        }
        if (kind == Kind.YEAR) {
            quarter = 4;
        } else if (quarter < 1 || quarter > 4) {
            throw new RuleViolation("R-STAT.1", "/quarter", "statistics.quarter.invalid", quarter);
        }
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, quarter);
    }

    public static Period yearToDate(int year, int throughQuarter) {
        return new Period(Kind.YEAR_TO_DATE, year, throughQuarter);
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 4);
    }

    public boolean covers(int quarterOfYear) {
        return kind == Kind.QUARTER ? quarterOfYear == quarter : quarterOfYear <= quarter;
    }

    public int[] quarters() {
        return kind == Kind.QUARTER
                ? new int[] {quarter}
                : IntStream.rangeClosed(1, quarter).toArray();
    }

    /** The first day the period covers: a table's data cut-off may not be earlier. */
    public LocalDate firstDay() {
        return LocalDate.of(year, kind == Kind.QUARTER ? quarter * 3 - 2 : 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    /** The last quarter that ended before {@code day}. */
    public static Period lastQuarterBefore(LocalDate day) {
        LocalDate lastDay =
                day.withDayOfMonth(1).minusMonths((day.getMonthValue() - 1) % 3).minusDays(1);
        return quarter(lastDay.getYear(), quarterOf(lastDay));
    }

    public static int quarterOf(LocalDate date) {
        return date.get(IsoFields.QUARTER_OF_YEAR);
    }

    /** "2026-Q1", "2026-YTD-Q3", "2026": the code printed in the CSV. */
    public String code() {
        return switch (kind) {
            case QUARTER -> year + "-Q" + quarter;
            case YEAR_TO_DATE -> year + "-YTD-Q" + quarter;
            case YEAR -> Integer.toString(year);
        };
    }
}
