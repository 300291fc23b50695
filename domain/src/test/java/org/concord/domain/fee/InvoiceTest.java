package org.concord.domain.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.concord.domain.procedure.ParticipantRole;
import org.junit.jupiter.api.Test;

/** Issue 24, R-17.1: the invoice's number, due date and VAT line. */
class InvoiceTest {

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void numbersRunOnWithinAYearAndStartAgainInTheNext_R_17_1() {
        InvoiceCounter counter = InvoiceCounter.fresh();
        assertEquals(new InvoiceCounter.Numbered(2026, 1), counter.next(2026));
        assertEquals(new InvoiceCounter.Numbered(2026, 2), counter.next(2026));
        assertEquals(new InvoiceCounter.Numbered(2027, 1), counter.next(2027));
        assertEquals(new InvoiceCounter.Numbered(2027, 2), counter.next(2026), "never a number twice");
    }

    @Test
    void theNumberShowsPrefixYearAndSequence_R_17_1() {
        assertEquals("INV-2026-00042", Invoice.number("INV-", 2026, 42));
        assertEquals("2026-123456", Invoice.number("", 2026, 123456));
    }

    @Test
    void theFilingFeeIsDueOnIssue_R_17_2() {
        assertEquals(
                day("2026-03-02"),
                Invoice.dueOn(ParticipantRole.REQUESTING_PARTY, day("2026-03-02"), Optional.of(day("2026-03-30"))));
    }

    @Test
    void theRespondingPartysFeesAreDueWithTheAnswer_R_7_R_17_2() {
        assertEquals(
                day("2026-03-23"),
                Invoice.dueOn(ParticipantRole.RESPONDING_PARTY, day("2026-03-02"), Optional.of(day("2026-03-23"))));
        assertEquals(
                day("2026-03-22"),
                Invoice.dueOn(ParticipantRole.RESPONDING_PARTY, day("2026-03-02"), Optional.empty()),
                "no Answer period known: 20 days after issue");
        assertEquals(
                day("2026-04-21"),
                Invoice.dueOn(ParticipantRole.RESPONDING_PARTY, day("2026-04-01"), Optional.of(day("2026-03-23"))),
                "issued after the Answer period: never due before issue");
    }

    @Test
    void atARateTheTotalIncludesItsVat() {
        VatLine line = VatLine.of(new BigDecimal("8.1"), new BigDecimal("1000.00"));
        assertTrue(line.applies());
        assertEquals(new BigDecimal("74.93"), line.included(), "1000 × 8.1 / 108.1 = 74.930…");
        assertEquals(
                new BigDecimal("3.75"),
                VatLine.of(new BigDecimal("8.1"), new BigDecimal("50.00")).included());
    }

    @Test
    void atZeroVatDoesNotApply() {
        VatLine line = VatLine.of(BigDecimal.ZERO, new BigDecimal("50.00"));
        assertFalse(line.applies());
        assertEquals(new BigDecimal("0.00"), line.included());
        assertThrows(IllegalArgumentException.class, () -> VatLine.of(new BigDecimal("-1"), BigDecimal.TEN));
    }
}
