package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.concord.domain.time.GenevaTime;

/**
 * R-PLAT.4: the Responding Party's report of what it did with the communicated Resolution: the outcome, the Geneva
 * date it implemented it (or decided not to), a short reason (required unless implemented in full), who reported it
 * and when. A part of {@link Procedure}; {@code null} in the entity until reported (every column null), so read it
 * through {@link Procedure#implementationReport()}. Made once, never changed (see {@link Implementation}).
 */
@Embeddable
public class ImplementationReport {

    /** A short reason: a few sentences, not a second Answer. */
    public static final int REASON_MAX_CHARS = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "implementation_outcome", length = 20)
    private ImplementationOutcome outcome;

    @Column(name = "implementation_date")
    private LocalDate date;

    @Column(name = "implementation_reason", length = REASON_MAX_CHARS)
    private String reason;

    @Column(name = "implementation_reported_by", length = 254)
    private String reportedBy;

    @Column(name = "implementation_reported_at")
    private Instant reportedAt;

    /** R-STAT.1, R-PLAT.5: the Geneva date of the report, by which cut-off the statistics count it. */
    @Column(name = "implementation_reported_date")
    private LocalDate reportedDate;

    protected ImplementationReport() {}

    ImplementationReport(
            ImplementationOutcome outcome, LocalDate date, String reason, String reportedBy, Instant reportedAt) {
        this.outcome = outcome;
        this.date = date;
        this.reason = reason;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.reportedDate = GenevaTime.dateOf(reportedAt);
    }

    /** Whether a report was made (Hibernate may read an embeddable whose columns are all null as an empty one). */
    boolean isMade() {
        return outcome != null;
    }

    public ImplementationOutcome outcome() {
        return outcome;
    }

    /** The Geneva date the platform implemented the Resolution, or decided not to. */
    public LocalDate date() {
        return date;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** The e-mail address of the account that reported (a member of the platform or its representative). */
    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    /** The Geneva date of the report (R-STAT.1: the statistics count it from the cut-off on or after it). */
    public LocalDate reportedDate() {
        return reportedDate;
    }
}
