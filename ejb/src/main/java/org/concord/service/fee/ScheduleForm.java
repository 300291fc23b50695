package org.concord.service.fee;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.concord.service.RuleId;

/** A new fee schedule: the first Geneva day it applies to Requests received, and its three amounts in euros. */
public class ScheduleForm {

    @RuleId("R-17.1")
    @NotNull(message = "{schedule.validFrom.required}")
    private LocalDate validFrom;

    @RuleId("R-17.1")
    @NotNull(message = "{schedule.amount.required}")
    @DecimalMin(value = "0.00", message = "{schedule.amount.positive}")
    @Digits(integer = 10, fraction = 2, message = "{payment.amount.cents}")
    private BigDecimal filingFee;

    @RuleId("R-17.1")
    @NotNull(message = "{schedule.amount.required}")
    @DecimalMin(value = "0.00", message = "{schedule.amount.positive}")
    @Digits(integer = 10, fraction = 2, message = "{payment.amount.cents}")
    private BigDecimal administrationFee;

    @RuleId("R-17.1")
    @NotNull(message = "{schedule.amount.required}")
    @DecimalMin(value = "0.00", message = "{schedule.amount.positive}")
    @Digits(integer = 10, fraction = 2, message = "{payment.amount.cents}")
    private BigDecimal neutralFee;

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public BigDecimal getFilingFee() {
        return filingFee;
    }

    public void setFilingFee(BigDecimal filingFee) {
        this.filingFee = filingFee;
    }

    public BigDecimal getAdministrationFee() {
        return administrationFee;
    }

    public void setAdministrationFee(BigDecimal administrationFee) {
        this.administrationFee = administrationFee;
    }

    public BigDecimal getNeutralFee() {
        return neutralFee;
    }

    public void setNeutralFee(BigDecimal neutralFee) {
        this.neutralFee = neutralFee;
    }
}
