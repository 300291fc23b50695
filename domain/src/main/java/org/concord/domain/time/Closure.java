package org.concord.domain.time;

import java.time.LocalDate;
import java.util.Objects;

/** Days on which the Center is closed beyond public holidays, from and to inclusive, with the reason shown. */
public record Closure(LocalDate from, LocalDate to, String reason) {

    public Closure {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a closure ends on or after the day it begins");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a closure needs a reason");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
