package org.concord.domain.fee;

import static org.concord.domain.fee.FeeFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** 17(a): the schedule is data with validity dates, and no change reaches back to a Request already received. */
class FeeScheduleTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Test
    void aNewScheduleTakesEffectAfterToday_17a() {
        RuleViolation today = assertThrows(
                RuleViolation.class,
                () -> new FeeSchedule(TODAY, eur("60"), eur("300"), eur("700"), "admin", Instant.EPOCH, TODAY));
        assertEquals("/validFrom", today.field());
        assertEquals("R-17.1", today.ruleId());
        FeeSchedule tomorrow =
                new FeeSchedule(TODAY.plusDays(1), eur("60"), eur("300"), eur("700"), "admin", Instant.EPOCH, TODAY);
        assertEquals(eur("60.00"), tomorrow.amountOf(FeeKind.FILING));
    }

    @Test
    void amountsAreNonNegativeWholeCents() {
        assertEquals(
                "/neutralFee",
                assertThrows(
                                RuleViolation.class,
                                () -> new FeeSchedule(
                                        TODAY.plusDays(1),
                                        eur("60"),
                                        eur("300"),
                                        eur("-1"),
                                        "admin",
                                        Instant.EPOCH,
                                        TODAY))
                        .field());
        assertEquals(
                "/filingFee",
                assertThrows(
                                RuleViolation.class,
                                () -> new FeeSchedule(
                                        TODAY.plusDays(1),
                                        eur("0.001"),
                                        eur("300"),
                                        eur("700"),
                                        "admin",
                                        Instant.EPOCH,
                                        TODAY))
                        .field());
    }

    @Test
    void onlyAScheduleNotYetInForceCanBeWithdrawn_17a() {
        FeeSchedule next =
                new FeeSchedule(TODAY.plusDays(1), eur("60"), eur("300"), eur("700"), "admin", Instant.EPOCH, TODAY);
        next.requireWithdrawable(TODAY);
        assertThrows(RuleViolation.class, () -> next.requireWithdrawable(TODAY.plusDays(1)));
    }
}
