package org.concord.domain.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The single row that says when the staff's caseload figures (R-STAT.3, {@link CaseloadMonth}) were last recomputed.
 * Whoever recomputes them holds this row locked ({@code SKIP LOCKED}): one instance of the cluster at a time.
 */
@Entity
@Table(name = "caseload_refresh")
@NamedQuery(name = "CaseloadRefresh.the", query = "select r from CaseloadRefresh r where r.id = 1")
public class CaseloadRefresh {

    @Id
    private int id;

    @Column(name = "refreshed_at")
    private Instant refreshedAt;

    @Column(name = "took_ms")
    private Long tookMillis;

    protected CaseloadRefresh() {}

    public Optional<Instant> refreshedAt() {
        return Optional.ofNullable(refreshedAt);
    }

    /** Whether the figures are older than {@code interval} at {@code now} (or were never computed). */
    public boolean isDue(Instant now, Duration interval) {
        return refreshedAt == null || !refreshedAt.plus(interval).isAfter(now);
    }

    public void refreshed(Instant at, Duration took) {
        this.refreshedAt = at;
        this.tookMillis = took.toMillis();
    }
}
