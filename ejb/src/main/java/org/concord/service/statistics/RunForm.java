package org.concord.service.statistics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.concord.service.RuleId;

/**
 * A run of the publication gate (statistics.md): which publication, for which year and quarter (ignored for whole
 * years), at which data cut-off, with which thresholds; the annual report's free-text section (R-STAT.2).
 */
public class RunForm implements Serializable {

    @NotNull(message = "{statistics.publication.required}")
    private UUID publication;

    @RuleId("R-STAT.1")
    @Min(value = 2000, message = "{statistics.year.invalid}")
    @Max(value = 9999, message = "{statistics.year.invalid}")
    private int year;

    @RuleId("R-STAT.1")
    @Min(value = 1, message = "{statistics.quarter.invalid}")
    @Max(value = 4, message = "{statistics.quarter.invalid}")
    private int quarter = 4;

    @RuleId("R-STAT.1")
    @NotNull(message = "{statistics.cutoff.required}")
    private LocalDate cutoff;

    @RuleId("R-13.3")
    @Min(value = 3, message = "{statistics.k.tooSmall}")
    @Max(value = 100, message = "{statistics.k.tooLarge}")
    private int k = 5;

    @RuleId("R-13.3")
    @Min(value = 2, message = "{statistics.kp.invalid}")
    @Max(value = 100, message = "{statistics.kp.invalid}")
    private int kp = 3;

    @RuleId("R-STAT.2")
    @Size(max = 20_000, message = "{statistics.freeText.size}")
    private String freeText;

    public UUID getPublication() {
        return publication;
    }

    public void setPublication(UUID publication) {
        this.publication = publication;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }

    public LocalDate getCutoff() {
        return cutoff;
    }

    public void setCutoff(LocalDate cutoff) {
        this.cutoff = cutoff;
    }

    public int getK() {
        return k;
    }

    public void setK(int k) {
        this.k = k;
    }

    public int getKp() {
        return kp;
    }

    public void setKp(int kp) {
        this.kp = kp;
    }

    public String getFreeText() {
        return freeText;
    }

    public void setFreeText(String freeText) {
        this.freeText = freeText;
    }
}
