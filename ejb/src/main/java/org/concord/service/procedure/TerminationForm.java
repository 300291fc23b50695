package org.concord.service.procedure;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.concord.domain.procedure.TerminationGround;
import org.concord.service.RuleId;

/** The Center or the Neutral ends a Procedure: the ground (its reason code) and, if useful, a note. */
public class TerminationForm implements Serializable {

    @RuleId("R-15")
    @NotNull(message = "{terminate.ground.required}")
    private TerminationGround ground;

    @jakarta.validation.constraints.Size(max = 4000, message = "{appointment.reason.required}")
    private String note;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public TerminationGround getGround() {
        return ground;
    }

    public void setGround(TerminationGround ground) {
        this.ground = ground;
    }
}
