package org.concord.service.fee;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.concord.service.RuleId;

/** A payment staff record by hand: amount, currency (EUR by default), value date (today by default) and a note. */
public class PaymentForm implements Serializable {

    @RuleId("R-17.5")
    @NotNull(message = "{payment.amount.required}")
    @DecimalMin(value = "0.01", message = "{payment.amount.positive}")
    @Digits(integer = 10, fraction = 2, message = "{payment.amount.cents}")
    private BigDecimal amount;

    @RuleId("R-17.1")
    @Pattern(regexp = "[A-Z]{3}", message = "{payment.currency.code}")
    private String currency = "EUR";

    @RuleId("R-17.5")
    private LocalDate valueDate;

    @RuleId("R-17.5")
    @Size(max = 500, message = "{payment.note.size}")
    private String note;

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public void setValueDate(LocalDate valueDate) {
        this.valueDate = valueDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
