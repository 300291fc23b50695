package org.concord.domain.fee;

import static org.concord.domain.fee.FeeFixtures.TODAY;
import static org.concord.domain.fee.FeeFixtures.eur;
import static org.concord.domain.fee.FeeFixtures.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.concord.domain.fee.RefundPolicy.Action;
import org.concord.domain.fee.RefundPolicy.Move;
import org.junit.jupiter.api.Test;

/** Every row of, one test each. */
class RefundPolicyTest {

    private final Map<FeeKind, Fee> fees = new EnumMap<>(FeeKind.class);

    RefundPolicyTest() {
        fees.put(FeeKind.FILING, FeeFixtures.filingFee());
        FeeFixtures.respondingPartyFees().forEach(f -> fees.put(f.kind(), f));
    }

    private void pay(FeeKind kind, String amount) {
        fees.get(kind).recordPayment(eur(amount), "EUR", TODAY, staff());
    }

    private void payAll() {
        pay(FeeKind.FILING, "50");
        pay(FeeKind.ADMINISTRATION, "300");
        pay(FeeKind.NEUTRAL, "700");
    }

    private List<Move> moves(Conclusion conclusion) {
        Map<FeeKind, FeeBalance> balances = new EnumMap<>(FeeKind.class);
        fees.forEach((kind, fee) -> balances.put(kind, fee.balance()));
        return RefundPolicy.movesFor(conclusion, balances);
    }

    @Test
    void resolutionForTheRequestingPartyBothPaidInFull_refundsTheFilingFee_R17_3() {
        payAll();
        assertEquals(
                List.of(new Move(FeeKind.FILING, Action.REFUND, eur("50.00"), "R-17.3", false)),
                moves(Conclusion.RESOLVED_FOR_REQUESTING_PARTY));
    }

    @Test
    void resolutionForTheRequestingPartyWhileAFeeIsUnpaid_refundsNothing_R17_3() {
        pay(FeeKind.FILING, "50");
        pay(FeeKind.ADMINISTRATION, "300");
        assertEquals(
                List.of(new Move(FeeKind.FILING, Action.NO_REFUND, eur("0.00"), "R-17.3", false)),
                moves(Conclusion.RESOLVED_FOR_REQUESTING_PARTY));
    }

    @Test
    void resolutionForTheRespondingPartyWithBadFaith_refundsNothing_R17_3() {
        payAll();
        assertEquals(
                List.of(new Move(FeeKind.FILING, Action.NO_REFUND, eur("0.00"), "R-17.3", false)),
                moves(Conclusion.RESOLVED_FOR_RESPONDING_PARTY_BAD_FAITH));
    }

    @Test
    void resolutionForTheRespondingPartyWithoutBadFaith_refundsNothing_aReading_R17_3() {
        payAll();
        List<Move> moves = moves(Conclusion.RESOLVED_FOR_RESPONDING_PARTY);
        assertEquals(List.of(new Move(FeeKind.FILING, Action.NO_REFUND, eur("0.00"), "R-17.3", true)), moves);
        assertTrue(moves.get(0).reading(), "the choice is shown to staff as a reading");
    }

    @Test
    void settlementBeforeAppointment_refunds50And150And700_R17_3() {
        payAll();
        assertEquals(
                List.of(
                        new Move(FeeKind.FILING, Action.REFUND, eur("50.00"), "R-17.3", false),
                        new Move(FeeKind.ADMINISTRATION, Action.REFUND, eur("150.00"), "R-17.3", false),
                        new Move(FeeKind.NEUTRAL, Action.REFUND, eur("700.00"), "R-17.3", false)),
                moves(Conclusion.SETTLED_BEFORE_APPOINTMENT));
    }

    @Test
    void settlementBeforeAppointmentBeforeTheRespondingPartyPaid_refundsOnlyWhatWasPaid_R17_3() {
        pay(FeeKind.FILING, "50");
        pay(FeeKind.ADMINISTRATION, "100");
        assertEquals(
                List.of(
                        new Move(FeeKind.FILING, Action.REFUND, eur("50.00"), "R-17.3", false),
                        new Move(FeeKind.ADMINISTRATION, Action.REFUND, eur("100.00"), "R-17.3", false)),
                moves(Conclusion.SETTLED_BEFORE_APPOINTMENT),
                "never more than the Center holds");
    }

    @Test
    void outOfScopeFoundByTheCenter_keepsTheFilingFee_R17_4() {
        pay(FeeKind.FILING, "50");
        assertEquals(
                List.of(new Move(FeeKind.FILING, Action.RETAIN, eur("50.00"), "R-17.4", false)),
                moves(Conclusion.OUT_OF_SCOPE_BEFORE_APPOINTMENT));
    }

    @Test
    void aConfirmedProposalEntersTheLedgerOnceAndADeclinedOneNever() {
        payAll();
        Fee filing = fees.get(FeeKind.FILING);
        RefundProposal proposal = new RefundProposal(
                filing,
                moves(Conclusion.SETTLED_BEFORE_APPOINTMENT).get(0),
                Conclusion.SETTLED_BEFORE_APPOINTMENT,
                Instant.EPOCH);
        LedgerEntry refund = proposal.confirm("staff", Instant.EPOCH, TODAY).orElseThrow();
        assertEquals(LedgerEntry.Type.REFUND, refund.type());
        assertEquals("R-17.3", refund.ruleId());
        FeeTest.assertRefused(null, () -> proposal.confirm("admin", Instant.EPOCH, TODAY));
        assertEquals(BigDecimal.ZERO.setScale(2), filing.balance().refundable());

        Fee admin = fees.get(FeeKind.ADMINISTRATION);
        RefundProposal declined = new RefundProposal(
                admin,
                moves(Conclusion.SETTLED_BEFORE_APPOINTMENT).get(0),
                Conclusion.SETTLED_BEFORE_APPOINTMENT,
                Instant.EPOCH);
        FeeTest.assertRefused("/reason", () -> declined.decline("staff", Instant.EPOCH, " "));
        declined.decline("staff", Instant.EPOCH, "Parties agreed otherwise");
        assertEquals(1, admin.entries().size(), "only the payment");
    }
}
