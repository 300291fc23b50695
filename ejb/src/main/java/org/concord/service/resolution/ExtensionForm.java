package org.concord.service.resolution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.service.RuleId;

/** the Center extends the Resolution period to {@code days} after appointment, and says why. */
public class ExtensionForm implements Serializable {

    /** Checked by the domain: more than already allowed, and due no later than the 90-day cap. */
    private int days;

    @RuleId("R-14.2")
    @NotBlank(message = "{resolution.extension.reason}")
    @Size(max = 2000, message = "{resolution.extension.reason}")
    private String reason;

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
