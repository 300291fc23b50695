package org.concord.service.mediation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.concord.service.RuleId;

/** R-M3: a Party accepts the settlement agreement it read, named by its SHA-256. */
public class AcceptanceForm {

    @RuleId("R-M3")
    @NotBlank(message = "{mediation.sha256.required}")
    @Size(max = 64, message = "{mediation.sha256.required}")
    private String sha256;

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }
}
