package org.concord.domain.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A credit as a bank statement reports it: amount and currency, dates, the bank's entry reference, the debtor's name
 * and the remittance information with the RF reference found in it, if any.
 */
public record StatementCredit(
        String entryRef,
        BigDecimal amount,
        String currency,
        LocalDate bookingDate,
        LocalDate valueDate,
        String debtorName,
        String remittance,
        Optional<PaymentReference> reference) {}
