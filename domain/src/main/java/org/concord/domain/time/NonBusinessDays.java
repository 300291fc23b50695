package org.concord.domain.time;

import java.time.LocalDate;
import java.util.List;

/**
 * Which days are not business days at a domicile, and why: the country's weekend and its public holidays,
 * plus the Center's extra closures.
 */
public interface NonBusinessDays {

    /** Why {@code date} is not a business day at {@code domicile}; empty when it is one. */
    List<DayOff> reasons(LocalDate date, Domicile domicile);

    /** The quick question, asked for every day the engine looks at; {@link #reasons} only for the days skipped. */
    default boolean isBusinessDay(LocalDate date, Domicile domicile) {
        return reasons(date, domicile).isEmpty();
    }

    /** Whether this calendar knows the domicile (country and, if given, subdivision). */
    boolean knows(Domicile domicile);
}
