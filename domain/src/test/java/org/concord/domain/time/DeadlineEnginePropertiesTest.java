package org.concord.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Properties of over random receipts, periods and pairs of domiciles. */
class DeadlineEnginePropertiesTest {

    private static final PublicHolidayCalendar CALENDAR = new PublicHolidayCalendar(java.util.List.of());
    private static final DeadlineEngine ENGINE = new DeadlineEngine(CALENDAR);

    @Provide
    Arbitrary<Domicile> domiciles() {
        return Arbitraries.of(
                        "FR", "DE", "DE-BY", "CH", "CH-GE", "IT", "ES", "NL", "BE", "AT", "PL", "IE", "SE", "GB", "US",
                        "PT", "DK")
                .map(Domicile::parse);
    }

    @Property(tries = 500)
    void theDueDateIsABusinessDayAtBothDomicilesAndEveryDayBeforeItIsExplained(
            @ForAll @LongRange(min = 1_735_689_600L, max = 1_893_456_000L) long epochSecond,
            @ForAll @IntRange(min = 1, max = 120) int days,
            @ForAll("domiciles") Domicile first,
            @ForAll("domiciles") Domicile second) {
        Deadline d = ENGINE.compute(Instant.ofEpochSecond(epochSecond), days, first, second);

        assertEquals(d.receivedDate().plusDays(days), d.rawLastDay(), "R-3.3");
        assertTrue(CALENDAR.reasons(d.due(), first).isEmpty(), "R-3.4 business day at " + first);
        assertTrue(CALENDAR.reasons(d.due(), second).isEmpty(), "R-3.4 business day at " + second);
        assertFalse(d.due().isBefore(d.rawLastDay()), "never before the raw last day");
        Set<LocalDate> explained =
                d.skipped().stream().map(Deadline.SkippedDay::date).collect(Collectors.toSet());
        for (LocalDate day = d.rawLastDay(); day.isBefore(d.due()); day = day.plusDays(1)) {
            assertTrue(explained.contains(day), "R-3.6: " + day + " is explained");
        }
        assertFalse(explained.contains(d.due()));
    }

    @Property(tries = 200)
    void theOrderOfThePartiesDoesNotMatter(
            @ForAll @LongRange(min = 1_735_689_600L, max = 1_893_456_000L) long epochSecond,
            @ForAll @IntRange(min = 1, max = 90) int days,
            @ForAll("domiciles") Domicile first,
            @ForAll("domiciles") Domicile second) {
        Instant received = Instant.ofEpochSecond(epochSecond);
        assertEquals(
                ENGINE.compute(received, days, first, second).due(),
                ENGINE.compute(received, days, second, first).due());
    }
}
