package org.concord.service.appointment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.concord.service.RuleId;

/** staff invite a Neutral from the Center's list, by the Neutral's e-mail address. */
public class InvitationForm {

    @RuleId("R-8.1")
    @NotBlank(message = "{appointment.neutral.required}")
    @Email(message = "{appointment.neutral.required}")
    @Size(max = 254, message = "{appointment.neutral.required}")
    private String neutral;

    public String getNeutral() {
        return neutral;
    }

    public void setNeutral(String neutral) {
        this.neutral = neutral;
    }
}
