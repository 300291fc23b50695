package org.concord.service.representation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.concord.service.RuleId;

/**
 * R-ACC.3: a Party invites a representative's address, for one Procedure ({@code procedure}) or for all of its
 * Procedures (no {@code procedure}).
 */
public class RepresentationForm {

    @RuleId("R-ACC.3")
    @NotBlank(message = "{representation.email.required}")
    @Email(message = "{representation.email.format}")
    @Size(max = 254, message = "{representation.email.format}")
    private String email;

    private UUID procedure;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public UUID getProcedure() {
        return procedure;
    }

    public void setProcedure(UUID procedure) {
        this.procedure = procedure;
    }
}
