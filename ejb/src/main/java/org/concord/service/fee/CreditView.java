package org.concord.service.fee;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.concord.domain.fee.BankCredit;
import org.concord.domain.fee.Fee;

/** A bank credit as staff see it on the review list (the debtor's name included: staff only). */
public record CreditView(
        UUID id,
        String entryRef,
        BigDecimal amount,
        String currency,
        LocalDate bookingDate,
        LocalDate valueDate,
        String debtorName,
        String remittance,
        String paymentReference,
        UUID feeId,
        String procedureReference,
        UUID procedureId,
        BigDecimal feeOutstanding,
        BankCredit.Outcome outcome,
        BankCredit.Review review,
        String reviewedBy,
        String reviewNote)
        implements Serializable {

    static CreditView of(BankCredit c) {
        Fee fee = c.fee().orElse(null);
        return new CreditView(
                c.id(),
                c.entryRef().orElse(null),
                c.amount(),
                c.currency(),
                c.bookingDate(),
                c.valueDate(),
                c.debtorName().orElse(null),
                c.remittance().orElse(null),
                c.paymentReference().orElse(null),
                fee == null ? null : fee.id(),
                fee == null ? null : fee.procedure().reference().value(),
                fee == null ? null : fee.procedure().id(),
                fee == null ? null : fee.balance().outstanding(),
                c.outcome(),
                c.review(),
                c.reviewedBy().orElse(null),
                c.reviewNote().orElse(null));
    }
}
