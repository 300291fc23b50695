package org.concord.service.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.ProcedureState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 24: the console's search parameters, as a URL carries them. */
class ConsoleQueryTest {

    private static ConsoleQuery parse(String... pairs) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return ConsoleQuery.parse(parameters::get);
    }

    private static String refusedField(String... pairs) {
        return assertThrows(RuleViolation.class, () -> parse(pairs)).field();
    }

    @Test
    void nothingGivenIsTheNewestPageOfEverything() {
        ConsoleQuery q = parse();
        assertFalse(q.narrowed());
        assertEquals(ConsoleQuery.Sort.NEWEST, q.sort());
        assertNull(q.after());
        assertEquals(ConsoleQuery.DEFAULT_SIZE, q.size());
        assertEquals(Map.of(), q.parameters(null));
    }

    @Test
    void everyFilterIsReadAndWrittenBackAlike() {
        UUID neutral = UUID.randomUUID();
        ConsoleQuery q = parse(
                "q",
                "  Zoë ",
                "state",
                "commenced",
                "matter",
                "TRADEMARK",
                "held",
                "true",
                "overdue",
                "TRUE",
                "language",
                "fr",
                "neutral",
                neutral.toString(),
                "from",
                "2026-01-01",
                "to",
                "2026-01-31",
                "sort",
                "reference",
                "size",
                "10");
        assertEquals(Optional.of("Zoë"), q.text());
        assertEquals(Optional.of(ProcedureState.COMMENCED), q.state());
        assertEquals(Optional.of(Matter.TRADEMARK), q.matter());
        assertTrue(q.held());
        assertTrue(q.overdue());
        assertEquals(Optional.of("fr"), q.language());
        assertEquals(Optional.of(neutral), q.neutral());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 31)), q.receivedTo());
        assertEquals(ConsoleQuery.Sort.REFERENCE, q.sort());
        assertTrue(q.narrowed());
        Map<String, String> back = q.parameters(null);
        assertEquals(
                parse(back.entrySet().stream()
                        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                        .toArray(String[]::new)),
                q);
        assertEquals("COMMENCED", back.get("state"));
        assertEquals("fr", back.get("language"));
    }

    @ParameterizedTest
    @CsvSource({
        "fr,fr",
        "French,fr",
        "français,fr",
        "FRANCAIS,fr",
        "Französisch,fr",
        "deutsch,de",
        "German,de",
        "Allemand,de",
        "en,en",
        "Englisch,en"
    })
    void aLanguageByCodeOrByName(String typed, String code) {
        assertEquals(Optional.of(code), parse("language", typed).language());
    }

    @ParameterizedTest
    @CsvSource({
        "state,OPEN,/state",
        "matter,patent,/matter",
        "held,yes,/held",
        "overdue,1,/overdue",
        "language,Klingon,/language",
        "neutral,not-an-id,/neutral",
        "from,31.01.2026,/from",
        "to,2026-02-30,/to",
        "sort,price,/sort",
        "after,???,/after",
        "size,0,/size",
        "size,101,/size",
        "size,ten,/size"
    })
    void aBadValueIsRefusedNamingItsParameter(String name, String value, String field) {
        assertEquals(field, refusedField(name, value));
    }

    @Test
    void theEndOfThePeriodBeforeItsStartIsRefusedAtTheEnd() {
        assertEquals("/to", refusedField("from", "2026-02-01", "to", "2026-01-31"));
    }

    @Test
    void aTooLongSearchIsRefused() {
        assertEquals("/q", refusedField("q", "x".repeat(ConsoleQuery.MAX_TEXT + 1)));
    }

    @Test
    void aCursorGoesOnInItsOwnOrderOnly() {
        String byReceipt = new ConsoleQuery.Cursor(
                        ConsoleQuery.Sort.NEWEST, Instant.parse("2026-03-01T10:00:00Z"), UUID.randomUUID(), null)
                .encode();
        assertEquals(ConsoleQuery.Sort.NEWEST, parse("after", byReceipt).after().sort());
        assertEquals("/after", refusedField("after", byReceipt, "sort", "REFERENCE"));
        String byReference =
                new ConsoleQuery.Cursor(ConsoleQuery.Sort.REFERENCE, null, null, "DCTI-0001-0001").encode();
        assertEquals(
                "DCTI-0001-0001",
                parse("after", byReference, "sort", "reference").after().reference());
        assertEquals(
                byReference,
                parse("after", byReference, "sort", "reference")
                        .parameters(byReference)
                        .get("after"));
    }

    @Test
    void theSearchTextIsReadAsAnAddressAReferenceOrAName() {
        ConsoleQuery mail = parse("q", "Alice@Concord.Example");
        assertEquals(Optional.of("alice@concord.example"), mail.email());
        ConsoleQuery reference = parse("q", "dcti-2026");
        assertEquals(Optional.empty(), reference.email());
        assertEquals(Optional.of("DCTI-2026"), reference.referencePrefix());
        ConsoleQuery name = parse("q", "Émilie  Dubois");
        assertEquals(Optional.of("emilie dubois"), name.namePrefix());
        assertEquals(Optional.empty(), name.referencePrefix());
    }
}
