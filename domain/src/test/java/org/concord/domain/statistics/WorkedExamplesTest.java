package org.concord.domain.statistics;

import static org.concord.domain.statistics.CellStatus.PRIMARY;
import static org.concord.domain.statistics.CellStatus.PUBLISHED;
import static org.concord.domain.statistics.CellStatus.SECONDARY;
import static org.concord.domain.statistics.Dimension.COUNTRY;
import static org.concord.domain.statistics.Dimension.MATTER;
import static org.concord.domain.statistics.Dimension.OUTCOME;
import static org.concord.domain.statistics.Dimension.TOTAL;
import static org.concord.domain.statistics.Histories.GRANTED;
import static org.concord.domain.statistics.Histories.REJECTED;
import static org.concord.domain.statistics.Histories.SETTLED;
import static org.concord.domain.statistics.Histories.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The worked examples E1a, E1b, E2 and E3 of statistics.md as golden tests: positions of the suppressions,
 * the audited intervals and the refused patterns. "Withdrawn" is the 15(d) termination (continuation unnecessary),
 * "Granted" and "Rejected" the Resolution for the Requesting and for the Responding Party; "Other" in E3 is IT.
 */
class WorkedExamplesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 2, 2);
    private static final LocalDate CUTOFF = LocalDate.of(2026, 12, 31);
    private static final Period YEAR = Period.year(2026);
    private static final PublicationGate GATE = new PublicationGate(PublicationGate.Settings.defaults());

    @Test
    void e1aSuppressesSettledBesideThePrimaryWithdrawn() {
        Facts facts = e1(14, 9, 2, 6);

        GateDecision decision = GATE.decide(facts, List.of(), List.of(TableSpec.of(OUTCOME)), YEAR, CUTOFF);

        assertTrue(decision.published(), decision.refusals()::toString);
        Map<String, String> printed = printed(decision.tables().get(0));
        assertEquals("14", printed.get(GRANTED));
        assertEquals("9", printed.get(REJECTED));
        assertEquals("x", printed.get(WITHDRAWN));
        assertEquals("x", printed.get(SETTLED));
        assertEquals("31", printed.get(TOTAL));
        assertEquals("0", printed.get(Dimension.Outcome.PENDING), "zeros are published");
        assertEquals(PRIMARY, status(decision.tables().get(0), WITHDRAWN));
        assertEquals(SECONDARY, status(decision.tables().get(0), SETTLED));
        assertEquals(new Interval(0, 8), interval(decision, WITHDRAWN));
        assertEquals(new Interval(0, 8), interval(decision, SETTLED));
    }

    @Test
    void e1bRefusesTheTwoPrimariesAloneAndAddsRejected() {
        Facts facts = e1(14, 9, 2, 1);
        PublishedTable primariesOnly = table(
                OUTCOME,
                null,
                facts,
                Map.of(new CellRef(WITHDRAWN, TOTAL), PRIMARY, new CellRef(SETTLED, TOTAL), PRIMARY));

        GateDecision refused = GATE.audit(facts, List.of(), List.of(primariesOnly));
        GateDecision decided = GATE.decide(facts, List.of(), List.of(TableSpec.of(OUTCOME)), YEAR, CUTOFF);

        assertFalse(refused.published());
        assertEquals(new Interval(0, 3), interval(refused, WITHDRAWN));
        assertEquals(new Interval(0, 3), interval(refused, SETTLED));
        assertTrue(decided.published());
        assertEquals(SECONDARY, status(decided.tables().get(0), REJECTED));
        assertEquals(PUBLISHED, status(decided.tables().get(0), GRANTED));
        assertEquals(new Interval(0, 12), interval(decided, WITHDRAWN));
    }

    @Test
    void e2FindsTheUniqueMinimalPatternAndRefusesTheNegativeControl() {
        Facts facts = e2();

        GateDecision decision = GATE.decide(facts, List.of(), List.of(new TableSpec(COUNTRY, MATTER)), YEAR, CUTOFF);

        assertTrue(decision.published());
        PublishedTable table = decision.tables().get(0);
        assertEquals(
                Map.of(
                        ref("FR", "COPYRIGHT"),
                        PRIMARY,
                        ref("ES", "TRADEMARK"),
                        PRIMARY,
                        ref("FR", "TRADEMARK"),
                        SECONDARY,
                        ref("ES", "COPYRIGHT"),
                        SECONDARY),
                suppressed(table));
        assertEquals(new Interval(1, 9), interval(decision, "FR × COPYRIGHT"));
        assertEquals(new Interval(0, 8), interval(decision, "ES × TRADEMARK"));

        PublishedTable negative = table(
                COUNTRY,
                MATTER,
                facts,
                Map.of(
                        ref("FR", "COPYRIGHT"),
                        PRIMARY,
                        ref("FR", "TRADEMARK"),
                        SECONDARY,
                        ref("ES", "TRADEMARK"),
                        PRIMARY));
        GateDecision control = GATE.audit(facts, List.of(), List.of(negative));
        assertFalse(control.published());
        assertEquals(new Interval(3, 3), interval(control, "FR × COPYRIGHT"));
        assertEquals(new Interval(2, 2), interval(control, "ES × TRADEMARK"));
    }

    @Test
    void e3LinkedReportsRefuseWhatOneTableAlonePasses() {
        Facts facts = e3();
        Map<CellRef, CellStatus> pattern = Map.of(
                ref("ES", "COPYRIGHT"),
                PRIMARY,
                ref("DE", "COPYRIGHT"),
                SECONDARY,
                ref("ES", TOTAL),
                SECONDARY,
                ref("DE", TOTAL),
                SECONDARY);
        PublishedTable a = table(COUNTRY, MATTER, facts, pattern);
        PublishedTable b = table(COUNTRY, OUTCOME, facts, Map.of());

        GateDecision aAlone = GATE.audit(facts, List.of(), List.of(a));
        GateDecision linked = GATE.audit(facts, List.of(), List.of(a, b));
        GateDecision bEarlier = GATE.audit(facts, List.of(b), List.of(a));
        GateDecision decided = GATE.decide(
                facts,
                List.of(),
                List.of(new TableSpec(COUNTRY, MATTER), new TableSpec(COUNTRY, OUTCOME)),
                YEAR,
                CUTOFF);

        assertTrue(aAlone.published());
        assertEquals(new Interval(0, 16), interval(aAlone, "ES × COPYRIGHT"));
        assertFalse(linked.published());
        assertEquals(new Interval(2, 2), interval(linked, "ES × COPYRIGHT"));
        assertFalse(bEarlier.published(), "an earlier release counts as much as one in the same report");
        assertTrue(decided.published());
        assertEquals(
                Map.of(
                        ref("ES", "COPYRIGHT"),
                        PRIMARY,
                        ref("ES", "TRADEMARK"),
                        SECONDARY,
                        ref("IT", "COPYRIGHT"),
                        SECONDARY,
                        ref("IT", "TRADEMARK"),
                        SECONDARY),
                suppressed(decided.tables().get(0)));
        assertEquals(Map.of(), suppressed(decided.tables().get(1)));
        assertEquals(new Interval(0, 11), interval(decided, "ES × COPYRIGHT"));
    }

    @Test
    void kIsNeverBelowThreeAndTheDefaultsAreFiveAndThree() {
        RuleViolation refused = assertThrows(
                RuleViolation.class, () -> new PublicationGate.Settings(2, 2, true, java.time.Duration.ofSeconds(1)));
        assertEquals("/k", refused.field());
        assertEquals("R-13.3", refused.ruleId());
        assertEquals(5, PublicationGate.Settings.defaults().k());
        assertEquals(3, PublicationGate.Settings.defaults().kp());
    }

    @Test
    void aTotalBelowTheThresholdRefusesWithItsReason() {
        Facts facts = e1(2, 1, 0, 1);

        GateDecision decision = GATE.decide(facts, List.of(), List.of(TableSpec.of(OUTCOME)), YEAR, CUTOFF);

        assertFalse(decision.published());
        assertTrue(decision.refusals().get(0).contains("TOTAL"), decision.refusals()::toString);
    }

    @Test
    void aCountFromTooFewPartiesIsPrimaryEvenAboveK() {
        Histories histories = new Histories();
        for (int i = 0; i < 6; i++) {
            histories.add(
                    RECEIVED,
                    RECEIVED,
                    RECEIVED.plusDays(20),
                    i < 4 ? "frequent" : "second",
                    MATTER,
                    "TRADEMARK",
                    OUTCOME,
                    SETTLED);
        }
        histories.add(20, RECEIVED, MATTER, "COPYRIGHT", OUTCOME, GRANTED);
        Facts facts = histories.snapshot(2026, List.of(CUTOFF));

        GateDecision decision = GATE.decide(facts, List.of(), List.of(TableSpec.of(MATTER)), YEAR, CUTOFF);

        assertEquals(PRIMARY, status(decision.tables().get(0), "TRADEMARK"), "6 Procedures from 2 parties, k_p = 3");
    }

    private static Facts e1(int granted, int rejected, int withdrawn, int settled) {
        return new Histories()
                .add(granted, RECEIVED, OUTCOME, GRANTED)
                .add(rejected, RECEIVED, OUTCOME, REJECTED)
                .add(withdrawn, RECEIVED, OUTCOME, WITHDRAWN)
                .add(settled, RECEIVED, OUTCOME, SETTLED)
                .snapshot(2026, List.of(CUTOFF));
    }

    private static Facts e2() {
        Histories h = new Histories();
        int[][] counts = {{12, 20}, {3, 15}, {7, 9}, {6, 2}};
        String[] countries = {"DE", "FR", "IT", "ES"};
        for (int c = 0; c < 4; c++) {
            h.add(counts[c][0], RECEIVED, COUNTRY, countries[c], MATTER, "COPYRIGHT");
            h.add(counts[c][1], RECEIVED, COUNTRY, countries[c], MATTER, "TRADEMARK");
        }
        return h.snapshot(2026, List.of(CUTOFF));
    }

    /** A joint distribution with E3's two tables as margins: {copyright, trademark} × {granted, rejected}. */
    static Facts e3() {
        Histories h = new Histories();
        Object[][] rows = {{"DE", 8, 6, 12, 10}, {"ES", 1, 1, 5, 4}, {"IT", 6, 4, 9, 8}};
        for (Object[] row : rows) {
            String country = (String) row[0];
            h.add((Integer) row[1], RECEIVED, COUNTRY, country, MATTER, "COPYRIGHT", OUTCOME, GRANTED);
            h.add((Integer) row[2], RECEIVED, COUNTRY, country, MATTER, "COPYRIGHT", OUTCOME, REJECTED);
            h.add((Integer) row[3], RECEIVED, COUNTRY, country, MATTER, "TRADEMARK", OUTCOME, GRANTED);
            h.add((Integer) row[4], RECEIVED, COUNTRY, country, MATTER, "TRADEMARK", OUTCOME, REJECTED);
        }
        return h.snapshot(2026, List.of(CUTOFF));
    }

    /** The table as the gate would lay it out, with the given statuses and every other cell published. */
    private static PublishedTable table(
            Dimension rows, Dimension columns, Facts facts, Map<CellRef, CellStatus> statuses) {
        CoverModel model = new CoverModel(facts);
        TableSpec spec = new TableSpec(rows, columns);
        List<Cell> cells = new ArrayList<>();
        model.cells(spec, YEAR, 0)
                .forEach((ref, members) ->
                        cells.add(new Cell(ref, model.value(members), statuses.getOrDefault(ref, PUBLISHED))));
        return new PublishedTable(spec, YEAR, CUTOFF, cells);
    }

    private static CellRef ref(String row, String column) {
        return new CellRef(row, column);
    }

    private static Map<String, String> printed(PublishedTable table) {
        return table.cells().stream().collect(Collectors.toMap(c -> c.ref().row(), Cell::printed));
    }

    private static CellStatus status(PublishedTable table, String row) {
        return table.cells().stream()
                .filter(c -> c.ref().equals(ref(row, TOTAL)))
                .findFirst()
                .orElseThrow()
                .status();
    }

    private static Map<CellRef, CellStatus> suppressed(PublishedTable table) {
        return table.cells().stream()
                .filter(c -> c.status().suppressed())
                .collect(Collectors.toMap(Cell::ref, Cell::status));
    }

    /** The interval the evidence records for the target whose description ends with the cell. */
    private static Interval interval(GateDecision decision, String cell) {
        String suffix = cell.contains("×") ? cell : cell + " × " + TOTAL;
        return decision.evidence().stream()
                .filter(c -> c.target().endsWith(" " + suffix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no evidence for " + suffix + " in " + decision.evidence()))
                .outsider();
    }
}
