package org.concord.domain.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * instants are stored in UTC; every date the Rules speak of is the calendar date in Geneva, daylight saving
 * included.: a communication is received on the Geneva date on which the Portal delivered it.
 */
public final class GenevaTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    private static final ZoneRules RULES = ZONE.getRules();

    private GenevaTime() {}

    /** The Geneva calendar date of an instant. */
    public static LocalDate dateOf(Instant instant) {
        long local = instant.getEpochSecond() + RULES.getOffset(instant).getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400L));
    }
}
