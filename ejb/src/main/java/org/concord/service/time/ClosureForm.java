package org.concord.service.time;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.concord.service.RuleId;

/** A closure of the Center to add: first and last day (Geneva dates, inclusive) and the reason shown to everyone. */
public class ClosureForm implements Serializable {

    @RuleId("R-3.4")
    @NotNull(message = "{closure.from.required}")
    private LocalDate from;

    @RuleId("R-3.4")
    @NotNull(message = "{closure.to.required}")
    private LocalDate to;

    @RuleId("R-3.4")
    @NotBlank(message = "{closure.reason.required}")
    @Size(max = 200, message = "{closure.reason.size}")
    private String reason;

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
