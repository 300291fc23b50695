package org.concord.domain.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** R-OPS.3: each data class is kept for its configured period, counted in Geneva calendar terms; a hold suspends it. */
class RetentionPeriodsTest {

    static RetentionPeriods defaults() {
        Map<DataClass, Period> periods = new EnumMap<>(DataClass.class);
        periods.put(DataClass.PROCEDURE_FILE, Period.ofYears(10));
        periods.put(DataClass.MEDIATION_FILE, Period.ofYears(10));
        periods.put(DataClass.INACTIVE_ACCOUNT, Period.ofYears(3));
        periods.put(DataClass.SECURITY_LOG, Period.ofMonths(12));
        periods.put(DataClass.SENT_MAIL, Period.ofDays(30));
        periods.put(DataClass.EXPIRED_INVITATION, Period.ofDays(90));
        periods.put(DataClass.WEBHOOK_DELIVERY, Period.ofDays(30));
        return RetentionPeriods.of(periods);
    }

    private static final Instant ENDED = Instant.parse("2026-03-31T22:30:00Z"); // 1 April 2026, 00:30 in Geneva

    @Test
    void aFileIsDueTenYearsAfterItEndedNotASecondBefore_ROPS3() {
        RetentionPeriods periods = defaults();
        Instant due = periods.dueAt(DataClass.PROCEDURE_FILE, ENDED);
        // Geneva calendar: 1 April 2036, 00:30 (summer time both years)
        assertEquals(Instant.parse("2036-03-31T22:30:00Z"), due);
        assertFalse(periods.isDue(DataClass.PROCEDURE_FILE, ENDED, LegalHold.none(), due.minusSeconds(1)));
        assertTrue(periods.isDue(DataClass.PROCEDURE_FILE, ENDED, LegalHold.none(), due));
        assertTrue(periods.isDue(DataClass.PROCEDURE_FILE, ENDED, null, due.plusSeconds(1)));
    }

    @Test
    void theCutoffIsTheLatestStartThatIsDue_ROPS3() {
        RetentionPeriods periods = defaults();
        Instant now = Instant.parse("2027-01-15T10:00:00Z");
        for (DataClass dataClass : DataClass.values()) {
            Instant cutoff = periods.cutoff(dataClass, now);
            assertTrue(periods.isDue(dataClass, cutoff, LegalHold.none(), now), dataClass + " at its cut-off");
            assertFalse(
                    periods.isDue(dataClass, cutoff.plusSeconds(1), LegalHold.none(), now),
                    dataClass + " a second after it");
        }
        assertEquals(Instant.parse("2026-12-16T10:00:00Z"), periods.cutoff(DataClass.SENT_MAIL, now));
        assertEquals(Instant.parse("2026-01-15T10:00:00Z"), periods.cutoff(DataClass.SECURITY_LOG, now));
    }

    @Test
    void whatHasNotEndedIsNeverDue_ROPS3() {
        assertFalse(defaults().isDue(DataClass.PROCEDURE_FILE, null, LegalHold.none(), Instant.MAX));
    }

    @Test
    void aLegalHoldSuspendsErasureUntilItIsLifted_ROPS3() {
        RetentionPeriods periods = defaults();
        Instant later = Instant.parse("2040-01-01T00:00:00Z");
        LegalHold held = LegalHold.placed("staff@center.example", "Court order 12/2035", later);
        assertTrue(held.isHeld());
        assertFalse(periods.isDue(DataClass.PROCEDURE_FILE, ENDED, held, later));
        LegalHold lifted = held.lifted("admin@center.example", "Proceedings closed", later.plusSeconds(60));
        assertFalse(lifted.isHeld());
        assertEquals(
                "Court order 12/2035", lifted.reason().orElseThrow(), "the hold's reason stays beside the lifting");
        assertEquals("Proceedings closed", lifted.liftedReason().orElseThrow());
        assertTrue(periods.isDue(DataClass.PROCEDURE_FILE, ENDED, lifted, later));
    }

    @Test
    void aHoldAndItsLiftingNeedAReason_ROPS3() {
        RuleViolation blank =
                assertThrows(RuleViolation.class, () -> LegalHold.placed("staff@center.example", "  ", ENDED));
        assertEquals("R-OPS.3", blank.ruleId());
        assertEquals("/reason", blank.field());
        LegalHold held = LegalHold.placed("staff@center.example", "Audit", ENDED);
        assertThrows(RuleViolation.class, () -> held.lifted("staff@center.example", null, ENDED));
        assertThrows(RuleViolation.class, () -> LegalHold.none().lifted("staff@center.example", "why", ENDED));
    }

    @Test
    void everyClassNeedsAPositivePeriod_ROPS3() {
        Map<DataClass, Period> missing = new EnumMap<>(DataClass.class);
        missing.put(DataClass.PROCEDURE_FILE, Period.ofYears(10));
        assertThrows(IllegalArgumentException.class, () -> RetentionPeriods.of(missing));
        Map<DataClass, Period> zero = new EnumMap<>(DataClass.class);
        for (DataClass dataClass : DataClass.values()) {
            zero.put(dataClass, Period.ofDays(1));
        }
        zero.put(DataClass.SENT_MAIL, Period.ZERO);
        assertThrows(IllegalArgumentException.class, () -> RetentionPeriods.of(zero));
    }

    @Test
    void configurationKeysFollowTheClassNames_ROPS3() {
        assertEquals("concord.retention.procedure-file", DataClass.PROCEDURE_FILE.configKey());
        assertEquals("concord.retention.security-log", DataClass.SECURITY_LOG.configKey());
    }
}
