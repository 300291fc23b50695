package org.concord.service.mediation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.service.RuleId;

/** A Party names its representative by the e-mail address of the representative's account. */
public class RepresentativeForm implements Serializable {

    @RuleId("R-M2")
    @NotBlank(message = "{mediation.representative.required}")
    @Size(max = 254, message = "{mediation.representative.required}")
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
