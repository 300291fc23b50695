package org.concord.service.procedure;

import jakarta.validation.constraints.NotNull;
import org.concord.domain.procedure.TerminationGround;
import org.concord.service.RuleId;

/** The Center ends a Procedure before appointment (R-15 (b), (e)): the ground. */
public class TerminationForm {

    @RuleId("R-15")
    @NotNull(message = "{terminate.ground.required}")
    private TerminationGround ground;

    public TerminationGround getGround() {
        return ground;
    }

    public void setGround(TerminationGround ground) {
        this.ground = ground;
    }
}
