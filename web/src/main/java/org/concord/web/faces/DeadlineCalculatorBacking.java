package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.concord.domain.time.Deadline;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.GenevaTime;
import org.concord.service.time.DeadlineService;

/** The public deadline calculator (no login): a period computed as the Rules count it, with its explanation. */
@Named
@ViewScoped
@ShowsRefusals
public class DeadlineCalculatorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DeadlineService deadlines;

    @NotNull
    private LocalDate receivedDate = LocalDate.now(GenevaTime.ZONE);

    @NotNull
    private LocalTime receivedTime = LocalTime.of(12, 0);

    @NotNull
    @Min(1)
    @Max(DeadlineEngine.MAX_DAYS)
    private Integer days = 20;

    @NotNull
    private String firstDomicile = "FR";

    @NotNull
    private String secondDomicile = "DE";

    private Deadline result;

    public void compute() {
        result = null;
        Domicile first;
        Domicile second;
        try {
            first = Domicile.parse(firstDomicile);
            second = Domicile.parse(secondDomicile);
        } catch (IllegalArgumentException malformed) {
            Messages.error(null, "rule.deadline.domicile");
            return;
        }
        result = deadlines.compute(
                receivedDate.atTime(receivedTime).atZone(GenevaTime.ZONE).toInstant(), days, first, second);
    }

    public Deadline getResult() {
        return result;
    }

    public LocalDate getReceivedDate() {
        return receivedDate;
    }

    public void setReceivedDate(LocalDate receivedDate) {
        this.receivedDate = receivedDate;
    }

    public LocalTime getReceivedTime() {
        return receivedTime;
    }

    public void setReceivedTime(LocalTime receivedTime) {
        this.receivedTime = receivedTime;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getFirstDomicile() {
        return firstDomicile;
    }

    public void setFirstDomicile(String firstDomicile) {
        this.firstDomicile = firstDomicile;
    }

    public String getSecondDomicile() {
        return secondDomicile;
    }

    public void setSecondDomicile(String secondDomicile) {
        this.secondDomicile = secondDomicile;
    }
}
