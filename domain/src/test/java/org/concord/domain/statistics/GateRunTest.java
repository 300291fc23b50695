package org.concord.domain.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** A background run of the gate (issue 24, R-13.3): one active run per year, joined by the same request, failed closed. */
class GateRunTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final LocalDate CUTOFF = LocalDate.of(2025, 12, 31);
    private static final PublicationGate.Settings SETTINGS =
            new PublicationGate.Settings(5, 3, true, Duration.ofSeconds(90));

    private final Publication outcomes = Publication.define(
            "Outcomes", List.of(TableSpec.of(Dimension.OUTCOME)), Period.Kind.YEAR, "admin@concord.test", NOW);
    private final Publication matters = Publication.define(
            "Matters", List.of(TableSpec.of(Dimension.MATTER)), Period.Kind.YEAR, "admin@concord.test", NOW);
    private final Period year = outcomes.period(2025, 4);

    private GateRun queued() {
        return GateRun.request(outcomes, year, CUTOFF, SETTINGS, null, "admin@concord.test", NOW);
    }

    @Test
    void theSameReleaseJoinsTheActiveRunAndAnotherReleaseOfTheYearIsRefused_R13_3() {
        GateRun run = queued();
        assertTrue(run.mayBeJoinedBy(outcomes, year, CUTOFF, 5, 3));
        assertFalse(run.mayBeJoinedBy(outcomes, year, CUTOFF, 6, 3), "other thresholds: another release");
        assertFalse(run.mayBeJoinedBy(outcomes, year, CUTOFF.minusDays(1), 5, 3), "another cut-off");
        RuleViolation busy =
                assertThrows(RuleViolation.class, () -> run.requireNotBlocking(matters, year, CUTOFF, 5, 3));
        assertEquals("R-13.3", busy.ruleId());
        assertEquals("/year", busy.field());
        assertEquals("statistics.run.busy", busy.messageKey());
    }

    @Test
    void aFailedRunKeepsItsRuleFieldAndMessageAndNoLongerBlocksTheYear_R13_3() {
        GateRun run = queued();
        run.fail(new RuleViolation("R-13.3", "/cutoff", "statistics.cutoff.beforeLedger", "2026-06-30"), NOW);
        assertEquals(GateRun.State.FAILED, run.state());
        RuleViolation error = run.error().orElseThrow();
        assertEquals("R-13.3", error.ruleId());
        assertEquals("/cutoff", error.field());
        assertEquals("statistics.cutoff.beforeLedger", error.messageKey());
        assertEquals(List.of("2026-06-30"), error.arguments());
        assertFalse(run.mayBeJoinedBy(outcomes, year, CUTOFF, 5, 3), "over: a new request starts a new run");
        run.requireNotBlocking(matters, year, CUTOFF, 5, 3);
        assertThrows(IllegalStateException.class, () -> run.fail(new RuleViolation("R-13.3", null, "x"), NOW));
    }

    @Test
    void aRunSilentForFiveMinutesIsAbandonedAndFailsClosed_R13_3() {
        GateRun run = queued();
        assertFalse(run.stale(NOW.plus(GateRun.STALE)));
        assertThrows(IllegalStateException.class, () -> run.abandon(NOW.plusSeconds(10)), "alive: not abandoned");
        Instant later = NOW.plus(GateRun.STALE).plusSeconds(1);
        assertTrue(run.stale(later));
        run.abandon(later);
        assertEquals(GateRun.State.FAILED, run.state());
        assertEquals("statistics.run.interrupted", run.error().orElseThrow().messageKey());
        assertTrue(run.release().isEmpty(), "nothing released");
    }

    @Test
    void theStepsShowHowFarARunHasCome() {
        int before = -1;
        for (GateRun.Step step : GateRun.Step.values()) {
            assertTrue(step.percent() > before, step + " comes after the step before");
            before = step.percent();
        }
        assertEquals(100, GateRun.Step.FINISHED.percent());
    }
}
