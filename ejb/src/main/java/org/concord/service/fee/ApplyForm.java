package org.concord.service.fee;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.concord.service.RuleId;

/**
 * Staff apply a reviewed credit: to the fee with this payment reference (by default the one the credit names), for
 * this amount (by default as much of the credit as the fee still owes), with a note on what happens to any rest.
 */
public class ApplyForm {

    @RuleId("R-17.5")
    @Size(max = 40, message = "{credit.reference.required}")
    private String paymentReference;

    @RuleId("R-17.5")
    @DecimalMin(value = "0.01", message = "{payment.amount.positive}")
    @Digits(integer = 10, fraction = 2, message = "{payment.amount.cents}")
    private BigDecimal amount;

    @RuleId("R-17.5")
    @Size(max = 500, message = "{payment.note.size}")
    private String note;

    public String getPaymentReference() {
        return paymentReference;
    }

    public void setPaymentReference(String paymentReference) {
        this.paymentReference = paymentReference;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
