package org.concord.service.time;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.concord.domain.time.CenterClosure;

/** A closure as staff see it, with its audit data. */
public record ClosureView(
        UUID id,
        LocalDate from,
        LocalDate to,
        String reason,
        String createdBy,
        Instant createdAt,
        String removedBy,
        Instant removedAt)
        implements Serializable {

    static ClosureView of(CenterClosure c) {
        return new ClosureView(
                c.id(),
                c.closure().from(),
                c.closure().to(),
                c.closure().reason(),
                c.createdBy(),
                c.createdAt(),
                c.removedBy(),
                c.removedAt());
    }
}
