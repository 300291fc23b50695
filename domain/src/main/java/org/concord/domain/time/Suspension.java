package org.concord.domain.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A Geneva-date interval, from and to inclusive, during which the Procedure was suspended (R-10 reading): its days do
 * not count towards a running period.
 */
public record Suspension(LocalDate from, LocalDate to) {

    public Suspension {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a suspension ends on or after the day it begins");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
