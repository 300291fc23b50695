package org.concord.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The worked examples of rules.md §2 (parties domiciled in FR and DE) and the engine's edges. */
class DeadlineEngineTest {

    static final DeadlineEngine ENGINE = new DeadlineEngine(new PublicHolidayCalendar(List.of()));
    static final Domicile FR = Domicile.parse("FR");
    static final Domicile DE = Domicile.parse("DE");

    private static Deadline compute(String received, int days) {
        return ENGINE.compute(Instant.parse(received), days, FR, DE);
    }

    @Test
    void e1_rawLastDayOnASundayMovesToMonday_R3_4() {
        Deadline d = compute("2027-01-04T09:00:00Z", 20);
        assertEquals(LocalDate.parse("2027-01-24"), d.rawLastDay());
        assertEquals(LocalDate.parse("2027-01-25"), d.due());
        assertEquals("2027-01-24 Sunday, FR, DE", d.skipped().get(0).toString());
    }

    @Test
    void e2_christmasThenAGermanHolidayOnASaturdayThenSunday_R3_4() {
        Deadline d = compute("2026-12-05T10:00:00Z", 20);
        assertEquals(LocalDate.parse("2026-12-25"), d.rawLastDay());
        assertEquals(LocalDate.parse("2026-12-28"), d.due());
        List<String> skipped =
                d.skipped().stream().map(Deadline.SkippedDay::toString).toList();
        assertTrue(
                d.skipped().stream()
                        .anyMatch(s -> s.date().equals(LocalDate.parse("2026-12-25"))
                                && s.reason().contains("Christmas")
                                && s.countries().contains("FR")),
                skipped.toString());
        assertTrue(
                d.skipped().stream()
                        .anyMatch(s -> s.date().equals(LocalDate.parse("2026-12-25"))
                                && s.reason().contains("Christmas")
                                && s.countries().contains("DE")),
                skipped.toString());
        assertTrue(skipped.contains("2026-12-26 Saturday, FR, DE"), skipped.toString());
        assertTrue(
                d.skipped().stream()
                        .anyMatch(s -> s.date().equals(LocalDate.parse("2026-12-26"))
                                && !s.reason().equals("Saturday")
                                && s.countries().equals(List.of("DE"))),
                "the German holiday on 26 December: " + skipped);
        assertTrue(skipped.contains("2026-12-27 Sunday, FR, DE"), skipped.toString());
    }

    @Test
    void e2_theSkippedDaysAreNamedInTheReadersLanguage_issue24() {
        Deadline d = compute("2026-12-05T10:00:00Z", 20);
        List<String> french =
                d.skipped().stream().map(s -> s.dayOff().name(Locale.FRENCH)).toList();
        List<String> german =
                d.skipped().stream().map(s -> s.dayOff().name(Locale.GERMAN)).toList();
        List<String> english =
                d.skipped().stream().map(s -> s.dayOff().name(Locale.ENGLISH)).toList();
        assertTrue(
                french.contains("Noël") && french.contains("Samedi") && french.contains("Dimanche"), french.toString());
        assertTrue(
                german.contains("Samstag") && german.stream().anyMatch(n -> n.contains("Weihnacht")),
                german.toString());
        assertTrue(english.stream().anyMatch(n -> n.contains("Christmas")), english.toString());
        assertEquals(
                d.skipped().stream().map(Deadline.SkippedDay::reason).toList(),
                english,
                "the API's English reason is the English name");
    }

    @Test
    void aClosureKeepsTheCentersWords_issue24() {
        Closure move = new Closure(LocalDate.parse("2026-12-28"), LocalDate.parse("2026-12-28"), "Umzug");
        Deadline d = new DeadlineEngine(new PublicHolidayCalendar(List.of(move)))
                .compute(Instant.parse("2026-12-05T10:00:00Z"), 20, FR, DE);
        Deadline.SkippedDay closed = d.skipped().stream()
                .filter(s -> s.kind() == DayOff.Kind.CLOSURE)
                .findFirst()
                .orElseThrow();
        assertEquals("Umzug", closed.dayOff().name(Locale.FRENCH));
        assertEquals("Center closed: Umzug", closed.reason());
    }

    @Test
    void e3_receiptAfterMidnightInGenevaCountsFromTheGenevaDate_R3_2() {
        Deadline d = compute("2026-03-31T22:30:00Z", 20);
        assertEquals(LocalDate.parse("2026-04-01"), d.receivedDate());
        assertEquals(LocalDate.parse("2026-04-21"), d.due());
        assertEquals(List.of(), d.skipped());
    }

    @Test
    void e4_theNinetyDayCapEndsAfterEaster_R14_2() {
        Deadline d = compute("2026-01-05T09:00:00Z", 90);
        assertEquals(LocalDate.parse("2026-04-05"), d.rawLastDay());
        assertEquals(LocalDate.parse("2026-04-07"), d.due());
        List<String> skipped =
                d.skipped().stream().map(Deadline.SkippedDay::toString).toList();
        assertTrue(skipped.contains("2026-04-05 Sunday, FR, DE"), "Easter Sunday: " + skipped);
        assertTrue(skipped.contains("2026-04-06 Easter Monday, FR, DE"), skipped.toString());
    }

    @Test
    void receiptAround_midnightGeneva_winterAndSummer_R3_1() {
        assertEquals(
                LocalDate.parse("2026-01-05"),
                compute("2026-01-04T23:30:00Z", 20).receivedDate());
        assertEquals(
                LocalDate.parse("2026-01-04"),
                compute("2026-01-04T22:30:00Z", 20).receivedDate());
        assertEquals(
                LocalDate.parse("2026-07-02"),
                compute("2026-07-01T22:30:00Z", 20).receivedDate());
        assertEquals(
                LocalDate.parse("2026-07-01"),
                compute("2026-07-01T21:30:00Z", 20).receivedDate());
    }

    @Test
    void periodsAcrossDaylightSavingChangesCountCalendarDays_R3_1() {
        assertEquals(
                LocalDate.parse("2026-04-17"),
                compute("2026-03-28T12:00:00Z", 20).rawLastDay());
        assertEquals(
                LocalDate.parse("2026-11-13"),
                compute("2026-10-24T12:00:00Z", 20).rawLastDay());
    }

    @Test
    void suspendedDaysDoNotCount_R10() {
        Deadline plain = compute("2026-06-01T09:00:00Z", 30);
        Deadline suspended = ENGINE.compute(
                Instant.parse("2026-06-01T09:00:00Z"),
                30,
                FR,
                DE,
                List.of(new Suspension(LocalDate.parse("2026-06-10"), LocalDate.parse("2026-06-14"))));
        assertEquals(5, suspended.suspendedDays().size());
        assertEquals(plain.rawLastDay().plusDays(5), suspended.rawLastDay());
    }

    @Test
    void aSubdivisionAddsItsOwnHolidays_R3_4() {
        // 2026-01-06 Epiphany: a holiday in Bavaria, not in Germany as a whole. Received 2025-12-17 + 20 = 2026-01-06.
        Deadline national = ENGINE.compute(Instant.parse("2025-12-17T10:00:00Z"), 20, FR, DE);
        Deadline bavaria = ENGINE.compute(Instant.parse("2025-12-17T10:00:00Z"), 20, FR, Domicile.parse("DE-BY"));
        assertEquals(LocalDate.parse("2026-01-06"), national.due());
        assertEquals(LocalDate.parse("2026-01-07"), bavaria.due());
        assertEquals(List.of("DE-BY"), bavaria.skipped().get(0).countries());
    }

    @Test
    void theCentersClosuresAreSkippedWithTheirReason_R3_4() {
        DeadlineEngine closed = new DeadlineEngine(new PublicHolidayCalendar(
                List.of(new Closure(LocalDate.parse("2026-04-21"), LocalDate.parse("2026-04-22"), "IT migration"))));
        Deadline d = closed.compute(Instant.parse("2026-03-31T22:30:00Z"), 20, FR, DE);
        assertEquals(LocalDate.parse("2026-04-23"), d.due());
        assertEquals(
                "2026-04-21 Center closed: IT migration, FR, DE",
                d.skipped().get(0).toString());
    }

    @Test
    void absurdInputIsRefused() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> ENGINE.compute(now, 0, FR, DE));
        assertThrows(IllegalArgumentException.class, () -> ENGINE.compute(now, 367, FR, DE));
        assertThrows(IllegalArgumentException.class, () -> ENGINE.compute(now, 20, FR, Domicile.parse("XX")));
        assertThrows(IllegalArgumentException.class, () -> ENGINE.compute(now, 20, FR, Domicile.parse("DE-ZZ")));
        assertThrows(IllegalArgumentException.class, () -> Domicile.parse("Germany"));
    }

    @Test
    void aFilingOnTheDueDateComplies_R3_5() {
        Deadline d = compute("2027-01-04T09:00:00Z", 20);
        assertTrue(d.isMetBy(LocalDate.parse("2027-01-25")));
        assertTrue(!d.isMetBy(LocalDate.parse("2027-01-26")));
    }
}
