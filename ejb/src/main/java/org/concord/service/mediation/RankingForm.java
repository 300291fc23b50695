package org.concord.service.mediation;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.concord.domain.mediation.Mediation;
import org.concord.service.RuleId;

/** R-M4: a side's ranked list of acceptable mediators, by their directory ids, the most preferred first. */
public class RankingForm {

    @RuleId("R-M4")
    @NotEmpty(message = "{mediation.mediators.required}")
    @Size(max = Mediation.MAX_PREFERENCES, message = "{mediation.mediators.required}")
    private List<@NotNull UUID> mediators = new ArrayList<>();

    public List<UUID> getMediators() {
        return mediators;
    }

    public void setMediators(List<UUID> mediators) {
        this.mediators = mediators;
    }
}
