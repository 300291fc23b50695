package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Optional;
import org.concord.domain.time.Suspension;

/**
 * the Procedure stood still pending a Neutral's replacement, from a Geneva date to the day before the
 * substitute accepted (open while waiting). Reading: suspended days do not count towards any running period.
 */
@Embeddable
public class SuspensionPeriod {

    @Column(name = "suspended_from", nullable = false)
    private LocalDate from;

    @Column(name = "suspended_to")
    private LocalDate to;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    protected SuspensionPeriod() {}

    SuspensionPeriod(LocalDate from, String reason) {
        this.from = from;
        this.reason = reason;
    }

    /** Ends the suspension the day before {@code resumed}; false when not a single whole day was suspended. */
    boolean end(LocalDate resumed) {
        this.to = resumed.minusDays(1);
        return !to.isBefore(from);
    }

    boolean isOpen() {
        return to == null;
    }

    /** The days suspended, an open suspension counted up to {@code today}; empty when none yet. */
    Optional<Suspension> asOf(LocalDate today) {
        LocalDate last = to != null ? to : today;
        return last.isBefore(from) ? Optional.empty() : Optional.of(new Suspension(from, last));
    }

    public LocalDate from() {
        return from;
    }

    public Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    public String reason() {
        return reason;
    }
}
