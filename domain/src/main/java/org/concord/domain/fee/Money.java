package org.concord.domain.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money are BigDecimal euros with two decimals; shares are rounded half-even (banker's rounding). */
public final class Money {

    public static final BigDecimal ZERO = euros(BigDecimal.ZERO);

    private Money() {}

    /** The amount with two decimals; refuses an amount that would lose a fraction of a cent. */
    public static BigDecimal euros(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal share(BigDecimal amount, BigDecimal fraction) {
        return amount.multiply(fraction).setScale(2, RoundingMode.HALF_EVEN);
    }

    public static boolean hasCents(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2;
    }
}
