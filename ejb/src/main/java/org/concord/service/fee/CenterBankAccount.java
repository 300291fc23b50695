package org.concord.service.fee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.validator.routines.IBANValidator;
import org.concord.reports.Invoice;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The Center and the account its fees are paid to, from configuration (docs/configuration.md). */
@ApplicationScoped
public class CenterBankAccount {

    @Inject
    @ConfigProperty(name = "concord.center.name")
    String centerName;

    @Inject
    @ConfigProperty(name = "concord.center.address")
    String centerAddress;

    @Inject
    @ConfigProperty(name = "concord.bank.holder")
    String holder;

    @Inject
    @ConfigProperty(name = "concord.bank.iban")
    String iban;

    @Inject
    @ConfigProperty(name = "concord.bank.bic")
    String bic;

    /** The configured IBAN, without spaces; refused at first use if its check digits are wrong. */
    public String iban() {
        String compact = iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (!IBANValidator.getInstance().isValid(compact)) {
            throw new IllegalStateException("concord.bank.iban is not a valid IBAN");
        }
        return compact;
    }

    public Invoice.BankDetails details() {
        return new Invoice.BankDetails(centerName, centerAddress, holder, iban(), bic);
    }
}
