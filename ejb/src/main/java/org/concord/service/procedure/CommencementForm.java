package org.concord.service.procedure;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.concord.service.RuleId;

/** Staff commence a Procedure: the Responding Party's account, by its e-mail address. */
public class CommencementForm {

    @RuleId("R-6")
    @NotBlank(message = "{commence.respondingParty.required}")
    @Email(message = "{commence.respondingParty.email}")
    @Size(max = 254, message = "{commence.respondingParty.email}")
    private String respondingParty;

    /** staff checked the Request against Article 5 (all items, scope flag, duplicates). */
    @RuleId("R-6")
    @jakarta.validation.constraints.AssertTrue(message = "{commence.compliant.required}")
    private boolean compliant;

    public boolean isCompliant() {
        return compliant;
    }

    public void setCompliant(boolean compliant) {
        this.compliant = compliant;
    }

    public String getRespondingParty() {
        return respondingParty;
    }

    public void setRespondingParty(String respondingParty) {
        this.respondingParty = respondingParty;
    }
}
