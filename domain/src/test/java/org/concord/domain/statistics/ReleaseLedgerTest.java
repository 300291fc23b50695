package org.concord.domain.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concord.domain.audit.AuditChain;
import org.junit.jupiter.api.Test;

/**
 * The statistics ledger (R-13.3, R-STAT.2, statistics.md 7): a release's hash covers everything it prints — every cell,
 * the annual report's average and the Center's own section — and chains it to the previous release of its year, so
 * that a changed, removed or missing release is found.
 */
class ReleaseLedgerTest {

    private static final Instant AT = Instant.parse("2027-02-01T09:00:00Z");
    private static final LocalDate CUTOFF = LocalDate.of(2027, 1, 31);
    private static final Publication REPORT = Publication.annualReport("Annual report", "admin@concord.example", AT);

    @Test
    void everyPrintedFigureAndTheCentersSectionAreInTheHash_R13_3_RSTAT2() {
        String plain = release(new LedgerHead(2026), 14, null, null).hash().orElseThrow();

        assertEquals(plain, release(new LedgerHead(2026), 14, null, null).hash().orElseThrow(), "the same release");
        assertNotEquals(
                plain, release(new LedgerHead(2026), 15, null, null).hash().orElseThrow(), "a cell's value");
        assertNotEquals(
                plain,
                release(new LedgerHead(2026), 14, new AverageDuration(41, 30), null)
                        .hash()
                        .orElseThrow(),
                "the average");
        assertNotEquals(
                plain,
                release(new LedgerHead(2026), 14, null, "Shortcomings met")
                        .hash()
                        .orElseThrow(),
                "the Center's section");
    }

    @Test
    void eachReleaseIsChainedToThePreviousOneOfItsYear_R13_3() {
        LedgerHead head = new LedgerHead(2026);
        Release first = release(head, 14, null, null);
        Release second = release(head, 14, null, null);

        assertEquals(first.hash(), second.previousHash());
        assertEquals(2L, second.sequence().orElseThrow());
        assertNotEquals(first.hash(), second.hash());
    }

    @Test
    void anIntactLedgerVerifies_R13_3() {
        LedgerHead head = new LedgerHead(2026);
        List<Release> ledger = List.of(
                release(head, 14, null, null),
                release(head, 15, null, null),
                release(head, 16, new AverageDuration(41, 30), "Shortcomings met"));

        assertEquals(Optional.empty(), head.verify(ledger));
        assertEquals(Optional.empty(), new LedgerHead(2027).verify(List.of()), "a year with no release yet");
    }

    @Test
    void aChangedRemovedOrMissingReleaseIsFound_R13_3() throws ReflectiveOperationException {
        LedgerHead head = new LedgerHead(2026);
        Release first = release(head, 14, null, null);
        Release second = release(head, 15, new AverageDuration(41, 30), null);
        Release third = release(head, 16, null, null);

        assertEquals(
                Optional.of(new AuditChain.Break(3, "entries after 2 were removed")),
                head.verify(List.of(first, second)));
        assertEquals(Optional.of(new AuditChain.Break(2, "entry 2 is missing")), head.verify(List.of(first, third)));

        Field average = Release.class.getDeclaredField("averageDays");
        average.setAccessible(true);
        average.set(second, 12); // as an UPDATE on the table would
        assertEquals(
                Optional.of(new AuditChain.Break(2, "its content was changed")),
                head.verify(List.of(first, second, third)));
    }

    @Test
    void onlyAReleasePrintsAnAverage_RSTAT2() {
        GateDecision refused = new GateDecision(false, List.of(), List.of("a total below k"), List.of(), "solver");
        assertThrows(
                IllegalArgumentException.class,
                () -> Release.of(
                        REPORT,
                        Period.year(2026),
                        CUTOFF,
                        refused,
                        PublicationGate.Settings.defaults(),
                        null,
                        new AverageDuration(41, 30),
                        new LedgerHead(2026),
                        "admin@concord.example",
                        AT));
    }

    private static Release release(LedgerHead head, long granted, AverageDuration average, String freeText) {
        PublishedTable outcome = new PublishedTable(
                TableSpec.of(Dimension.OUTCOME),
                Period.year(2026),
                CUTOFF,
                List.of(new Cell(
                        new CellRef(Dimension.Outcome.FOR_REQUESTING_PARTY, Dimension.TOTAL),
                        granted,
                        CellStatus.PUBLISHED)));
        GateDecision decision = new GateDecision(true, List.of(outcome), List.of(), List.of(), "solver");
        return Release.of(
                REPORT,
                Period.year(2026),
                CUTOFF,
                decision,
                PublicationGate.Settings.defaults(),
                freeText,
                average,
                head,
                "admin@concord.example",
                AT);
    }
}
