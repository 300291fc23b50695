package org.concord.service.resolution;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.domain.procedure.RequestContent;
import org.concord.domain.procedure.ResolutionOutcome;

/** The Neutral's draft of the Resolution: items (ii)–(iv) of 14(b) and the outcome. */
public class ResolutionForm implements Serializable {

    @Size(max = 20_000, message = "{resolution.size}")
    private String description;

    @Size(max = 20_000, message = "{resolution.size}")
    private String recommendation;

    @Size(max = RequestContent.DESCRIPTION_MAX_CHARS, message = "{resolution.size}")
    private String reasons;

    private ResolutionOutcome outcome;

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public ResolutionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ResolutionOutcome outcome) {
        this.outcome = outcome;
    }
}
