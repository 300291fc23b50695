package org.concord.service.appointment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A reason in words: why a candidate declines, or why the Center replaces a Neutral and whether both Parties
 * agreed that the Procedure go on meanwhile.
 */
public class ReasonForm implements Serializable {

    @NotBlank(message = "{appointment.reason.required}")
    @Size(max = 4000, message = "{appointment.reason.required}")
    private String reason;

    private boolean partiesAgreedToContinue;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isPartiesAgreedToContinue() {
        return partiesAgreedToContinue;
    }

    public void setPartiesAgreedToContinue(boolean partiesAgreedToContinue) {
        this.partiesAgreedToContinue = partiesAgreedToContinue;
    }
}
