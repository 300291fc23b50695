package org.concord.service.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** R-OPS.3: why staff place or lift a legal hold. */
public class LegalHoldForm implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 2000)
    private String reason;

    public LegalHoldForm() {}

    public LegalHoldForm(String reason) {
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
