package org.concord.service.representation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.domain.account.Representation;
import org.concord.service.RuleId;

/** R-ACC.3: staff accept or refuse a power of attorney; a refusal says why (the domain requires it). */
public class DecisionForm implements Serializable {

    @RuleId("R-ACC.3")
    @NotNull(message = "{powerOfAttorney.accepted.required}")
    private Boolean accepted;

    @RuleId("R-ACC.3")
    @Size(max = Representation.REASON_MAX_CHARS, message = "{powerOfAttorney.reason.size}")
    private String reason;

    public Boolean getAccepted() {
        return accepted;
    }

    public void setAccepted(Boolean accepted) {
        this.accepted = accepted;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
