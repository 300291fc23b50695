package org.concord.domain.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.concord.domain.RuleViolation;

/**
 * A publication the Center defined (R-STAT.1): a title, the tables it prints (1-D or 2-D over whitelisted
 * dimensions) and the kind of period each release covers. Each run of the gate over it is a {@link Release}. The
 * annual report to the Digital Services Coordinator (R-STAT.2) is a publication too, over whole years, with its
 * fixed tables and the Center's own section.
 */
@Entity
@Table(name = "statistics_publication")
@NamedQuery(name = "Publication.all", query = "select p from Publication p order by p.createdAt desc, p.id")
public class Publication {

    /**
     * R-STAT.2: disputes received (by matter), their outcomes and how long they took; R-PLAT.5: the outcomes in the
     * categories of the Commission's template (platform decision upheld, reversed, partially reversed, not decided)
     * and whether the platforms implemented them.
     */
    public static final List<TableSpec> ANNUAL_REPORT_TABLES = List.of(
            TableSpec.of(Dimension.MATTER),
            TableSpec.of(Dimension.OUTCOME),
            TableSpec.of(Dimension.DURATION),
            TableSpec.of(Dimension.PLATFORM_DECISION),
            TableSpec.of(Dimension.IMPLEMENTED));

    public static final int TITLE_MAX = 200;

    @Id
    private UUID id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "annual_report", nullable = false)
    private boolean annualReport;

    /** Table codes ({@link TableSpec#code()}) separated by ";". */
    @Column(name = "tables", nullable = false, length = 400)
    private String tables;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 20)
    private Period.Kind periodKind;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Publication() {}

    /** A public publication of {@code specs} per {@code periodKind}. */
    public static Publication define(
            String title, List<TableSpec> specs, Period.Kind periodKind, String by, Instant at) {
        if (specs == null || specs.isEmpty()) {
            throw new RuleViolation("R-STAT.1", "/tables", "statistics.tables.required");
        }
        if (specs.stream().distinct().count() < specs.size()) {
            throw new RuleViolation("R-STAT.1", "/tables", "statistics.tables.repeated");
        }
        if (periodKind == null) {
            throw new RuleViolation("R-STAT.1", "/period", "statistics.period.required");
        }
        return new Publication(title, false, specs, periodKind, by, at);
    }

    /** R-STAT.2: the yearly report to the Digital Services Coordinator. */
    public static Publication annualReport(String title, String by, Instant at) {
        return new Publication(title, true, ANNUAL_REPORT_TABLES, Period.Kind.YEAR, by, at);
    }

    private Publication(
            String title, boolean annualReport, List<TableSpec> specs, Period.Kind periodKind, String by, Instant at) {
        if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
            throw new RuleViolation("R-STAT.1", "/title", "statistics.title.invalid", TITLE_MAX);
        }
        this.id = UUID.randomUUID();
        this.title = title.strip();
        this.annualReport = annualReport;
        this.tables = String.join(";", specs.stream().map(TableSpec::code).toList());
        this.periodKind = periodKind;
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(at);
    }

    /** The period of a release for {@code year} and, but for whole years, {@code quarter}. */
    public Period period(int year, int quarter) {
        return new Period(periodKind, year, periodKind == Period.Kind.YEAR ? 4 : quarter);
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public boolean annualReport() {
        return annualReport;
    }

    public List<TableSpec> tables() {
        return Arrays.stream(tables.split(";")).map(TableSpec::parse).toList();
    }

    public Period.Kind periodKind() {
        return periodKind;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
