package org.concord.service.webhook;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.concord.service.RuleId;

/**
 * R-PLAT.2: a secret rotation; the previous secret stays valid for {@code overlapHours} (the configured default, 24,
 * when left out), during which each delivery carries both signatures.
 */
public class RotationForm {

    @RuleId("R-PLAT.2")
    @Min(value = 0, message = "{webhook.overlap.range}")
    @Max(value = 720, message = "{webhook.overlap.range}")
    private Integer overlapHours;

    public Integer getOverlapHours() {
        return overlapHours;
    }

    public void setOverlapHours(Integer overlapHours) {
        this.overlapHours = overlapHours;
    }
}
