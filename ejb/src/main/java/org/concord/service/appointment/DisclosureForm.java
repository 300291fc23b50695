package org.concord.service.appointment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.service.RuleId;

/** 9(c): the new circumstances the Neutral discloses. */
public class DisclosureForm implements Serializable {

    @RuleId("R-9")
    @NotBlank(message = "{appointment.reason.required}")
    @Size(max = 4000, message = "{appointment.reason.required}")
    private String circumstances;

    public String getCircumstances() {
        return circumstances;
    }

    public void setCircumstances(String circumstances) {
        this.circumstances = circumstances;
    }
}
