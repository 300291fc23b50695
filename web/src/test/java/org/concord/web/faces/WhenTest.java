package org.concord.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and times on a page: the view's language, Geneva time with its zone's name, no ISO codes. */
class WhenTest {

    private static final Instant WINTER = Instant.parse("2026-12-05T21:32:39.135425Z");
    private static final Instant SUMMER = Instant.parse("2026-07-01T08:05:00Z");

    @Test
    void anInstantIsGenevaTimeInTheViewsLanguage_R3_1() {
        assertEquals("5 Dec 2026, 22:32 CET", When.format(WINTER, Locale.ENGLISH));
        assertEquals("1 Jul 2026, 10:05 CEST", When.format(SUMMER, Locale.ENGLISH));
        assertEquals("05.12.2026, 22:32 MEZ", When.format(WINTER, Locale.GERMAN));
        String french = When.format(WINTER, Locale.FRENCH);
        assertTrue(french.startsWith("5 déc. 2026") && french.contains("22:32"), french);
    }

    @Test
    void aDateIsADateAndNothingIsNothing() {
        assertEquals("12 Dec 2026", When.format(LocalDate.of(2026, 12, 12), Locale.ENGLISH));
        assertEquals("12.12.2026", When.format(LocalDate.of(2026, 12, 12), Locale.GERMAN));
        assertEquals("", When.format(null, Locale.FRENCH));
    }

    @Test
    void anInstantIsAlsoGivenInTheViewersZone_issue24() {
        Instant evening = Instant.parse("2026-12-08T16:00:00Z");
        assertEquals(
                "8 Dec 2026, 17:00 CET — 11:00 New York",
                When.format(evening, Locale.ENGLISH, ZoneId.of("America/New_York")));
        assertEquals(
                "8 Dec 2026, 17:00 CET — 9 Dec 2026, 01:00 Tokyo",
                When.format(evening, Locale.ENGLISH, ZoneId.of("Asia/Tokyo")),
                "the date where it differs");
        assertEquals(
                "08.12.2026, 17:00 MEZ — 16:00 London",
                When.format(evening, Locale.GERMAN, ZoneId.of("Europe/London")));
        assertEquals("8 Dec 2026, 17:00 CET", When.format(evening, Locale.ENGLISH, ZoneId.of("Europe/Zurich")));
        assertEquals("8 Dec 2026, 17:00 CET", When.format(evening, Locale.ENGLISH, null));
    }

    @Test
    void aGenevaDateStaysADateInAnyZone_R3_1() {
        assertEquals(
                "12 Dec 2026", When.format(LocalDate.of(2026, 12, 12), Locale.ENGLISH, ZoneId.of("Pacific/Auckland")));
    }
}
