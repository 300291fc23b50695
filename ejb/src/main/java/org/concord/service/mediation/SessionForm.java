package org.concord.service.mediation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.concord.service.RuleId;

/** A joint session the mediator schedules: when, and where or at which link. */
public class SessionForm {

    @RuleId("R-M1")
    @NotNull(message = "{mediation.session.startsAt}")
    private Instant startsAt;

    @RuleId("R-M1")
    @NotBlank(message = "{mediation.session.place}")
    @Size(max = 500, message = "{mediation.session.place}")
    private String place;

    public Instant getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
