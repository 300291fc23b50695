package org.concord.service.procedure;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.concord.domain.procedure.ImplementationOutcome;
import org.concord.domain.procedure.ImplementationReport;
import org.concord.service.RuleId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * R-PLAT.4: the Responding Party's report on implementing the communicated Resolution, from the portal or the API:
 * {@code {"outcome": "IMPLEMENTED" | "PARTLY" | "NOT_IMPLEMENTED", "date": "2026-02-05", "reason": "…"}}. What is
 * required (the outcome, a plausible date, a reason unless implemented in full, at most 2,000 characters) is the
 * domain's rule ({@code Implementation#report}), refused with the field's pointer.
 */
public class ImplementationForm implements Serializable {

    @Schema(description = "R-PLAT.4: IMPLEMENTED, PARTLY or NOT_IMPLEMENTED")
    private ImplementationOutcome outcome;

    /** The Geneva date the platform implemented the Resolution, or decided not to. */
    @Schema(
            description = "R-PLAT.4: the Geneva date it was implemented, or the decision not to was taken",
            example = "2026-02-05")
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
