package org.concord.service.fee;

import java.io.Serializable;
import org.concord.reports.Invoice;

/** Where fees are paid: the Center's account (docs/configuration.md: {@code concord.bank.*}), as pages and the API show it. */
public record PayTo(String holder, String iban, String bic) implements Serializable {

    static PayTo of(Invoice.BankDetails bank) {
        return new PayTo(bank.accountHolder(), bank.iban(), bank.bic());
    }
}
