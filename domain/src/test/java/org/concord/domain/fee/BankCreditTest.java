package org.concord.domain.fee;

import static org.concord.domain.fee.FeeFixtures.TODAY;
import static org.concord.domain.fee.FeeFixtures.eur;
import static org.concord.domain.fee.FeeFixtures.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.concord.domain.fee.BankCredit.Outcome;
import org.junit.jupiter.api.Test;

/** Matching a bank credit to the fee its RF reference names: only an exact match is applied without review. */
class BankCreditTest {

    private final Fee fee = FeeFixtures.filingFee();

    @Test
    void anExactAmountInTheFeesCurrencyMatches() {
        assertEquals(Outcome.MATCHED, BankCredit.classify(eur("50.00"), "EUR", fee, false));
    }

    @Test
    void everyOtherCreditGoesToReview() {
        assertEquals(Outcome.PARTIAL, BankCredit.classify(eur("49.99"), "EUR", fee, false));
        assertEquals(Outcome.EXCESS, BankCredit.classify(eur("100"), "EUR", fee, false));
        assertEquals(Outcome.UNKNOWN_REFERENCE, BankCredit.classify(eur("50"), "EUR", null, false));
        assertEquals(Outcome.WRONG_CURRENCY, BankCredit.classify(eur("50"), "CHF", fee, false));
        assertEquals(Outcome.DUPLICATE, BankCredit.classify(eur("50"), "EUR", fee, true), "the same bank entry");
        fee.recordPayment(eur("50"), "EUR", TODAY, staff());
        assertEquals(Outcome.DUPLICATE, BankCredit.classify(eur("50"), "EUR", fee, false), "paid twice");
    }

    @Test
    void aPartialCreditIsMatchedAgainstWhatIsStillOutstanding() {
        fee.recordPayment(eur("20"), "EUR", TODAY, staff());
        assertEquals(Outcome.MATCHED, BankCredit.classify(eur("30"), "EUR", fee, false));
    }
}
