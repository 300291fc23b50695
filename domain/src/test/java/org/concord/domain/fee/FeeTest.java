package org.concord.domain.fee;

import static org.concord.domain.fee.FeeFixtures.TODAY;
import static org.concord.domain.fee.FeeFixtures.eur;
import static org.concord.domain.fee.FeeFixtures.filingFee;
import static org.concord.domain.fee.FeeFixtures.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.concord.domain.RuleViolation;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.junit.jupiter.api.Test;

/** A fee's ledger: balances derive from entries; a refused movement leaves the ledger unchanged. */
class FeeTest {

    @Test
    void theRequestingPartyOwesTheFilingFeeAndTheRespondingPartyTheOtherTwo_R17_1() {
        Fee filing = filingFee();
        assertEquals(FeeKind.FILING, filing.kind());
        assertEquals(eur("50.00"), filing.amount());
        assertEquals("EUR", filing.currency());
        assertTrue(PaymentReference.isValid(filing.reference().value()));
        List<Fee> responding = FeeFixtures.respondingPartyFees();
        assertEquals(
                List.of(FeeKind.ADMINISTRATION, FeeKind.NEUTRAL),
                responding.stream().map(Fee::kind).toList());
        assertEquals(
                List.of(eur("300.00"), eur("700.00")),
                responding.stream().map(Fee::amount).toList());
    }

    @Test
    void theScheduleInForceOnTheDateOfReceiptApplies_17a() {
        Procedure procedure = FeeFixtures.procedure();
        FeeSchedule later = new FeeSchedule(
                LocalDate.parse("2026-03-05"),
                eur("60"),
                eur("350"),
                eur("800"),
                "admin",
                Instant.EPOCH,
                LocalDate.parse("2026-03-03"));
        assertThrows(
                IllegalArgumentException.class,
                () -> Fee.assess(procedure, ParticipantRole.RESPONDING_PARTY, later, Instant.now()),
                "a schedule that took effect after receipt is never applied");
    }

    @Test
    void balancesAreDerivedFromTheLedger_R17_5() {
        Fee fee = filingFee();
        assertEquals(FeeBalance.Status.UNPAID, fee.balance().status());
        fee.recordPayment(eur("20"), "EUR", TODAY, staff());
        assertEquals(eur("30.00"), fee.balance().outstanding());
        assertEquals(FeeBalance.Status.PARTLY_PAID, fee.balance().status());
        fee.recordPayment(eur("30.00"), "EUR", TODAY, staff().withNote("bank transfer 2"));
        assertTrue(fee.balance().paidInFull());
        assertEquals(2, fee.entries().size());
        assertEquals(FeeFixtures.STAFF, fee.entries().get(0).recordedBy(), "who");
        assertEquals("R-17.1", fee.entries().get(0).ruleId(), "why");
        assertEquals(eur("50.00"), fee.balance().refundable());
    }

    @Test
    void wrongAmountsAreRefusedAndTheLedgerIsUnchanged() {
        Fee fee = filingFee();
        assertRefused("/amount", () -> fee.recordPayment(eur("0"), "EUR", TODAY, staff()));
        assertRefused("/amount", () -> fee.recordPayment(eur("-5"), "EUR", TODAY, staff()));
        assertRefused("/amount", () -> fee.recordPayment(eur("10.005"), "EUR", TODAY, staff()));
        assertRefused("/amount", () -> fee.recordPayment(eur("50.01"), "EUR", TODAY, staff()));
        assertRefused("/currency", () -> fee.recordPayment(eur("50"), "CHF", TODAY, staff()));
        assertEquals(List.of(), fee.entries());
        fee.recordPayment(eur("50"), "EUR", TODAY, staff());
        RuleViolation again = assertRefused(null, () -> fee.recordPayment(eur("50"), "EUR", TODAY, staff()));
        assertEquals("R-17.5", again.ruleId(), "the same payment recorded twice is refused");
        assertEquals(1, fee.entries().size());
    }

    @Test
    void aFeeIsRefundedOnceAndNeverBeyondWhatWasPaid_R17_3() {
        Fee fee = filingFee();
        fee.recordPayment(eur("50"), "EUR", TODAY, staff());
        assertRefused("/amount", () -> fee.refund(eur("50.01"), "R-17.3", TODAY, staff()));
        fee.refund(eur("50"), "R-17.3", TODAY, staff());
        assertEquals(FeeBalance.Status.REFUNDED, fee.balance().status());
        RuleViolation twice = assertRefused(null, () -> fee.refund(eur("1"), "R-17.3", TODAY, staff()));
        assertEquals("R-17.3", twice.ruleId());
        assertEquals(2, fee.entries().size());
    }

    @Test
    void anUnpaidFeeCannotBeRefundedOrRetained() {
        Fee fee = filingFee();
        assertRefused("/amount", () -> fee.refund(eur("50"), "R-17.3", TODAY, staff()));
        assertRefused(null, () -> fee.retain("R-17.4", TODAY, staff()));
        fee.recordPayment(eur("50"), "EUR", TODAY, staff());
        fee.retain("R-17.4", TODAY, staff());
        assertEquals(FeeBalance.Status.RETAINED, fee.balance().status());
        assertEquals(BigDecimal.ZERO.setScale(2), fee.balance().refundable());
        assertRefused(null, () -> fee.retain("R-17.4", TODAY, staff()));
    }

    static RuleViolation assertRefused(String field, Runnable action) {
        RuleViolation refused = assertThrows(RuleViolation.class, action::run);
        assertEquals(field, refused.field(), refused.getMessage());
        return refused;
    }
}
