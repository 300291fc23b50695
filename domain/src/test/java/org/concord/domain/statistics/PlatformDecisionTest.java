package org.concord.domain.statistics;

import static org.concord.domain.statistics.Dimension.IMPLEMENTED;
import static org.concord.domain.statistics.Dimension.PLATFORM_DECISION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.concord.domain.procedure.ImplementationOutcome;
import org.concord.domain.procedure.ResolutionOutcome;
import org.concord.domain.procedure.TerminationGround;
import org.junit.jupiter.api.Test;

/**
 * R-PLAT.5 (a reading): every way a Procedure ends in the Commission's categories (platform decision upheld,
 * reversed, partially reversed, not decided), "implemented" as the platform reported it (R-PLAT.4), counted from the
 * cut-off by which it reported; and the median time to resolve beside the average, under the same check.
 */
class PlatformDecisionTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 2, 2);
    private static final LocalDate ENDED = LocalDate.of(2026, 3, 10);
    private static final LocalDate Q1 = LocalDate.of(2026, 3, 31);
    private static final LocalDate Q2 = LocalDate.of(2026, 6, 30);
    private static final PublicationGate GATE = new PublicationGate(PublicationGate.Settings.defaults());

    @Test
    void everyResolutionOutcomeHasItsCategory_RPLAT5() {
        Map<ResolutionOutcome, String> expected = Map.of(
                ResolutionOutcome.FOR_REQUESTING_PARTY, "REVERSED",
                ResolutionOutcome.FOR_RESPONDING_PARTY, "UPHELD",
                ResolutionOutcome.FOR_RESPONDING_PARTY_BAD_FAITH, "UPHELD");
        for (ResolutionOutcome outcome : ResolutionOutcome.values()) {
            assertEquals(expected.get(outcome), Dimension.PlatformDecision.of(outcome), outcome.name());
        }
        assertEquals(EnumSet.allOf(ResolutionOutcome.class), EnumSet.copyOf(expected.keySet()), "every value");
    }

    @Test
    void everyEndWithoutAResolutionIsNotDecided_RPLAT5() {
        // settlement (15(b), 15(c)), withdrawal as "unnecessary" (15(d)), scope, court and other proceedings alike
        for (TerminationGround ground : TerminationGround.values()) {
            assertEquals("NOT_DECIDED", Dimension.PlatformDecision.of(ground), ground.name());
        }
    }

    @Test
    void everyCategoryIsPrintedZerosIncluded_RPLAT5() {
        List<String> printable = PLATFORM_DECISION.closedCategories().orElseThrow();
        for (ResolutionOutcome outcome : ResolutionOutcome.values()) {
            assertTrue(printable.contains(Dimension.PlatformDecision.of(outcome)));
        }
        assertTrue(printable.contains("PARTIALLY_REVERSED"), "the template's category, zero today");
        for (ImplementationOutcome outcome : ImplementationOutcome.values()) {
            assertTrue(IMPLEMENTED.closedCategories().orElseThrow().contains(Dimension.Implemented.of(outcome)));
        }
        assertEquals(
                List.of("YES", "PARTLY", "NO"),
                List.of(ImplementationOutcome.values()).stream()
                        .map(Dimension.Implemented::of)
                        .toList());
    }

    /**
     * R-PLAT.4, R-PLAT.5: the report arrives after the end. At the first cut-off the Procedures that ended but whose
     * platform had not reported count as "unknown"; at the second, as reported. The revision is a change the gate
     * models, as for a Procedure that ended between two cut-offs.
     */
    @Test
    void theImplementationCountsFromTheCutoffByWhichItWasReported_RPLAT4_RPLAT5() {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // reported in Q1: known as implemented at both cut-offs
            facts.add(fact(i, LocalDate.of(2026, 3, 20), "YES"));
        }
        for (int i = 12; i < 20; i++) {
            // reported in Q2: unknown at the Q1 cut-off, not implemented at the Q2 one
            facts.add(fact(i, LocalDate.of(2026, 4, 20), "NO"));
        }
        for (int i = 20; i < 26; i++) {
            facts.add(fact(i, null, "UNKNOWN"));
        }
        Facts snapshot = Facts.of(2026, List.of(Q1, Q2), EnumSet.of(IMPLEMENTED, PLATFORM_DECISION), facts);

        GateDecision atQ1 = GATE.decide(snapshot, List.of(), List.of(TableSpec.of(IMPLEMENTED)), Period.year(2026), Q1);
        assertTrue(atQ1.published(), atQ1.refusals()::toString);
        Map<String, String> q1 = printed(atQ1.tables().get(0));
        assertEquals("12", q1.get("YES"));
        assertEquals("0", q1.get("NO"), "not yet reported by the first cut-off");
        assertEquals("14", q1.get("UNKNOWN"));

        GateDecision atQ2 =
                GATE.decide(snapshot, atQ1.tables(), List.of(TableSpec.of(IMPLEMENTED)), Period.year(2026), Q2);
        assertTrue(atQ2.published(), atQ2.refusals()::toString);
        Map<String, String> q2 = printed(atQ2.tables().get(0));
        assertEquals("12", q2.get("YES"));
        assertEquals("8", q2.get("NO"));
        assertEquals("6", q2.get("UNKNOWN"));
        assertEquals("26", q2.get(Dimension.TOTAL));

        GateDecision decisions =
                GATE.decide(snapshot, List.of(), List.of(TableSpec.of(PLATFORM_DECISION)), Period.year(2026), Q2);
        assertEquals("26", printed(decisions.tables().get(0)).get("REVERSED"), "the decision is final at the end");
    }

    /**
     * two reports that differ by fewer than k would give away the few Procedures in between: the second
     * cut-off's table suppresses them rather than print the difference.
     */
    @Test
    void aFewLateReportsAreNotGivenAwayByTheDifference_R13_3() {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            facts.add(fact(i, i < 2 ? LocalDate.of(2026, 4, 20) : null, i < 2 ? "NO" : "UNKNOWN"));
        }
        Facts snapshot = Facts.of(2026, List.of(Q1, Q2), EnumSet.of(IMPLEMENTED), facts);
        GateDecision atQ1 = GATE.decide(snapshot, List.of(), List.of(TableSpec.of(IMPLEMENTED)), Period.year(2026), Q1);
        assertEquals("20", printed(atQ1.tables().get(0)).get("UNKNOWN"));
        GateDecision atQ2 =
                GATE.decide(snapshot, atQ1.tables(), List.of(TableSpec.of(IMPLEMENTED)), Period.year(2026), Q2);
        if (atQ2.published()) {
            Map<String, String> q2 = printed(atQ2.tables().get(0));
            assertEquals("x", q2.get("NO"), "2 < k");
            assertEquals("x", q2.get("UNKNOWN"), "or 20 − 18 gives the 2 away");
        }
    }

    @Test
    void theMedianIsPrintedWithTheAverageOverTheSameProcedures_RPLAT5() {
        Optional<AverageDuration> average = AverageDuration.of(6, 6 * 40, List.of(), 5);
        Map<Integer, Long> durations = Map.of(10, 2L, 30, 1L, 45, 1L, 80, 2L);
        assertEquals(38, MedianDuration.of(durations, average).orElseThrow().days(), "(30 + 45) / 2, half up");
        assertEquals(
                45,
                MedianDuration.of(Map.of(10, 2L, 45, 3L, 80, 2L), AverageDuration.of(7, 300, List.of(), 5))
                        .orElseThrow()
                        .days(),
                "an odd count: the middle one");
        assertTrue(MedianDuration.of(durations, Optional.empty()).isEmpty(), "withheld with the average");
        assertTrue(
                MedianDuration.of(Map.of(10, 4L), average).isEmpty(), "never over other Procedures than the average's");
        assertTrue(AverageDuration.of(4, 100, List.of(), 5).isEmpty(), "fewer than k: neither is printed");
    }

    private static Fact fact(int party, LocalDate reported, String implemented) {
        return new Fact(
                RECEIVED,
                RECEIVED,
                ENDED,
                reported,
                Map.of(IMPLEMENTED, implemented, PLATFORM_DECISION, "REVERSED"),
                "party-" + party);
    }

    private static Map<String, String> printed(PublishedTable table) {
        return table.cells().stream().collect(Collectors.toMap(c -> c.ref().row(), Cell::printed));
    }
}
