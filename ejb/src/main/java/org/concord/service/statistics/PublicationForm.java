package org.concord.service.statistics;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.concord.domain.statistics.Period;
import org.concord.service.RuleId;

/**
 * A publication to define (R-STAT.1): its title, its tables ("OUTCOME", "COUNTRY×MATTER", …) and the period each
 * release covers; or, with {@code annualReport}, the yearly report to the Digital Services Coordinator (R-STAT.2),
 * whose tables are fixed.
 */
public class PublicationForm implements Serializable {

    @RuleId("R-STAT.1")
    @NotBlank(message = "{statistics.title.required}")
    @Size(max = 200, message = "{statistics.title.size}")
    private String title;

    private boolean annualReport;

    @RuleId("R-STAT.1")
    @Size(max = 8, message = "{statistics.tables.size}")
    private List<String> tables = new ArrayList<>();

    @RuleId("R-STAT.1")
    @NotNull(message = "{statistics.period.required}")
    private Period.Kind periodKind = Period.Kind.QUARTER;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public boolean isAnnualReport() {
        return annualReport;
    }

    public void setAnnualReport(boolean annualReport) {
        this.annualReport = annualReport;
    }

    public List<String> getTables() {
        return tables;
    }

    public void setTables(List<String> tables) {
        this.tables = tables == null ? new ArrayList<>() : tables;
    }

    public Period.Kind getPeriodKind() {
        return periodKind;
    }

    public void setPeriodKind(Period.Kind periodKind) {
        this.periodKind = periodKind;
    }
}
