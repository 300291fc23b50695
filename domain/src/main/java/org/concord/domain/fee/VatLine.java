package org.concord.domain.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The VAT line of an invoice, as the Center's configuration asks (issue 24, R-17.1). The fees of the schedule are what
 * a Party pays (17(a)) and what the payment references match, so VAT is never added on top: at a rate above zero the
 * line says how much VAT the total includes ({@code total × rate / (100 + rate)}, to the cent, half up); at zero the
 * line says VAT does not apply (a Center exempt from VAT, or fees outside its scope).
 *
 * @param ratePercent the VAT rate in percent (8.1 for 8.1 %), zero or more
 * @param included the VAT included in the total, zero at a rate of zero
 */
public record VatLine(BigDecimal ratePercent, BigDecimal included) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public VatLine {
        Objects.requireNonNull(ratePercent);
        if (ratePercent.signum() < 0) {
            throw new IllegalArgumentException("A VAT rate below zero: " + ratePercent);
        }
    }

    /** The VAT line of an invoice of {@code total} at {@code ratePercent}. */
    public static VatLine of(BigDecimal ratePercent, BigDecimal total) {
        if (ratePercent.signum() == 0) {
            return new VatLine(ratePercent, Money.ZERO);
        }
        BigDecimal included = total.multiply(ratePercent).divide(HUNDRED.add(ratePercent), 2, RoundingMode.HALF_UP);
        return new VatLine(ratePercent, included);
    }

    /** Whether VAT applies at all: otherwise the invoice says it does not. */
    public boolean applies() {
        return ratePercent.signum() > 0;
    }
}
