package org.concord.domain.neutral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A period, Geneva dates inclusive, in which the Neutral declared it cannot work on a Procedure (8(b)(iv)). */
@Embeddable
public class Absence {

    @Column(name = "absent_from", nullable = false)
    private LocalDate from;

    @Column(name = "absent_to", nullable = false)
    private LocalDate to;

    protected Absence() {}

    public Absence(LocalDate from, LocalDate to) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("an absence ends on or after its first day");
        }
    }

    /** The days of {@code [start, end]} (inclusive) this absence takes away. */
    long daysWithin(LocalDate start, LocalDate end) {
        LocalDate first = from.isAfter(start) ? from : start;
        LocalDate last = to.isBefore(end) ? to : end;
        return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }
}
