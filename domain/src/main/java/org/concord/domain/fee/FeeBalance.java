package org.concord.domain.fee;

import java.math.BigDecimal;

/** A fee's position, derived from its ledger entries; never stored. */
public record FeeBalance(BigDecimal amount, BigDecimal paid, BigDecimal refunded, BigDecimal retained) {

    /** What the Party still owes. */
    public BigDecimal outstanding() {
        return amount.subtract(paid).max(Money.ZERO);
    }

    /** What the Center holds of this fee and could still refund. */
    public BigDecimal refundable() {
        return paid.subtract(refunded).subtract(retained);
    }

    public boolean paidInFull() {
        return paid.compareTo(amount) >= 0;
    }

    public Status status() {
        if (refunded.signum() > 0) {
            return refundable().signum() == 0 && retained.signum() == 0 ? Status.REFUNDED : Status.PARTLY_REFUNDED;
        }
        if (retained.signum() > 0) {
            return Status.RETAINED;
        }
        if (paidInFull()) {
            return Status.PAID;
        }
        return paid.signum() > 0 ? Status.PARTLY_PAID : Status.UNPAID;
    }

    /** A fee's state in a word, for statements and lists. */
    public enum Status {
        UNPAID,
        PARTLY_PAID,
        PAID,
        PARTLY_REFUNDED,
        REFUNDED,
        RETAINED
    }
}
