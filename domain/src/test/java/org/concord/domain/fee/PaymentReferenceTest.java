package org.concord.domain.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** ISO 11649 structured creditor references for the fees of. */
class PaymentReferenceTest {

    @Test
    void theStandardsExampleIsValidAndItsCheckDigitsAreComputed() {
        // ISO 11649's example: "RF18 5390 0754 7034".
        assertTrue(PaymentReference.isValid("RF18539007547034"));
        assertEquals("RF18539007547034", PaymentReference.withCheckDigits("539007547034"));
        assertEquals("RF18 5390 0754 7034", new PaymentReference("RF18539007547034").printed());
    }

    @Test
    void wrongCheckDigitsOrShapesAreRefused() {
        assertFalse(PaymentReference.isValid("RF19539007547034"), "one check digit off");
        assertFalse(PaymentReference.isValid("RF18539007547035"), "one body digit off");
        assertFalse(PaymentReference.isValid("RF18"), "no body");
        assertFalse(PaymentReference.isValid("RF18" + "1".repeat(22)), "too long: 25 characters at most");
        assertFalse(PaymentReference.isValid("XX18539007547034"));
        assertThrows(IllegalArgumentException.class, () -> new PaymentReference("RF00539007547034"));
    }

    @RepeatedTest(20)
    void randomReferencesAreValidAndDistinct() {
        PaymentReference a = PaymentReference.random();
        PaymentReference b = PaymentReference.random();
        assertTrue(PaymentReference.isValid(a.value()));
        assertEquals(20, a.value().length(), "RF, two check digits and 16 random characters");
        assertNotEquals(a, b);
    }

    @Test
    void aReferenceIsFoundInRemittanceTextWhateverItsSpacingAndCase() {
        assertEquals(
                Optional.of(new PaymentReference("RF18539007547034")), PaymentReference.parse(" rf18 5390 0754 7034 "));
        assertEquals(
                Optional.of(new PaymentReference("RF18539007547034")),
                PaymentReference.findIn("Fees DCTI RF18 5390 0754 7034 thank you"));
        assertEquals(
                Optional.of(new PaymentReference("RF18539007547034")),
                PaymentReference.findIn("RF18 5390 0754 7034 INV 2026"),
                "the next word is not part of it");
        assertEquals(
                Optional.empty(),
                PaymentReference.findIn("Invoice 2026-117, RF19 5390 0754 7034"),
                "an invalid reference is no reference");
        assertEquals(Optional.empty(), PaymentReference.findIn(null));
    }
}
