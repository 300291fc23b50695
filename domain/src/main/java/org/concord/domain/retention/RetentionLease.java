package org.concord.domain.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * R-OPS.3: one row per data class, claimed ({@code FOR UPDATE SKIP LOCKED}) by the instance that erases a batch of
 * that class, so that across several instances each due item is erased and recorded exactly once.
 */
@Entity
@Table(name = "retention_lease")
public class RetentionLease {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "data_class", length = 30)
    private DataClass dataClass;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    protected RetentionLease() {}

    public DataClass dataClass() {
        return dataClass;
    }

    public Optional<Instant> lastRunAt() {
        return Optional.ofNullable(lastRunAt);
    }

    /** The claiming instance erased a batch at {@code at} (or found nothing due). */
    public void ran(Instant at) {
        this.lastRunAt = at;
    }
}
