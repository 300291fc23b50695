package org.concord.service.representation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.UUID;
import org.concord.service.RuleId;

/**
 * R-ACC.3: a Party invites a representative's address, for one Procedure ({@code procedure}), for one mediation
 * ({@code mediation}) or for all of its Procedures and mediations (neither). With {@code procedure} and {@code all},
 * for all of the Party it is in that Procedure: for a platform organisation (R-ACC.2), all of the organisation's
 * Procedures.
 */
public class RepresentationForm implements Serializable {

    @RuleId("R-ACC.3")
    @NotBlank(message = "{representation.email.required}")
    @Email(message = "{representation.email.format}")
    @Size(max = 254, message = "{representation.email.format}")
    private String email;

    private UUID procedure;

    private UUID mediation;

    private boolean all;

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

    public UUID getMediation() {
        return mediation;
    }

    public void setMediation(UUID mediation) {
        this.mediation = mediation;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }
}
