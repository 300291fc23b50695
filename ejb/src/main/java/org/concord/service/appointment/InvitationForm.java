package org.concord.service.appointment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.service.RuleId;

/**
 * staff invite a Neutral from the Center's list, by the Neutral's e-mail address; R-PLAT.3: before the Answer
 * came or its period ended, with the reason.
 */
public class InvitationForm implements Serializable {

    @RuleId("R-8.1")
    @NotBlank(message = "{appointment.neutral.required}")
    @Email(message = "{appointment.neutral.required}")
    @Size(max = 254, message = "{appointment.neutral.required}")
    private String neutral;

    /**
     * R-PLAT.3: why the Neutral is invited while the Responding Party's Answer period runs and no Answer was filed
     * (required then, recorded on the invitation; ignored otherwise).
     */
    @RuleId("R-PLAT.3")
    @Size(max = 2000, message = "{appointment.earlyReason.size}")
    private String earlyReason;

    public String getEarlyReason() {
        return earlyReason;
    }

    public void setEarlyReason(String earlyReason) {
        this.earlyReason = earlyReason;
    }

    public String getNeutral() {
        return neutral;
    }

    public void setNeutral(String neutral) {
        this.neutral = neutral;
    }
}
