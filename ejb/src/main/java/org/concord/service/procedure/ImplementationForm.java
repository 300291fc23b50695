package org.concord.service.procedure;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.concord.domain.procedure.ImplementationOutcome;
import org.concord.domain.procedure.ImplementationReport;
import org.concord.service.RuleId;

/**
 * R-PLAT.4: the Responding Party's report on implementing the communicated Resolution, from the portal or the API:
 * {@code {"outcome": "IMPLEMENTED" | "PARTLY" | "NOT_IMPLEMENTED", "date": "2026-02-05", "reason": "…"}}. What is
 * required (the outcome, a plausible date, a reason unless implemented in full, at most 2,000 characters) is the
 * domain's rule ({@code Implementation#report}), refused with the field's pointer.
 */
public class ImplementationForm {

    private ImplementationOutcome outcome;

    /** The Geneva date the platform implemented the Resolution, or decided not to. */
    private LocalDate date;

    @RuleId("R-PLAT.4")
    @Size(max = ImplementationReport.REASON_MAX_CHARS, message = "{implementation.reason.size}")
    private String reason;

    public ImplementationOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ImplementationOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
