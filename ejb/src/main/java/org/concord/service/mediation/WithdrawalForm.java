package org.concord.service.mediation;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.service.RuleId;

/**
 * A Party declining to mediate or withdrawing (R-M1): party-controlled, so a reason may be given but is never
 * required.
 */
public class WithdrawalForm implements Serializable {

    @RuleId("R-M1")
    @Size(max = 2000, message = "{mediation.reason.size}")
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
