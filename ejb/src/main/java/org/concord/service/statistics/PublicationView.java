package org.concord.service.statistics;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.concord.domain.statistics.Period;
import org.concord.domain.statistics.Publication;
import org.concord.domain.statistics.TableSpec;

/** A defined publication (R-STAT.1). */
public record PublicationView(
        UUID id,
        String title,
        boolean annualReport,
        List<String> tables,
        Period.Kind periodKind,
        String createdBy,
        Instant createdAt)
        implements Serializable {

    static PublicationView of(Publication p) {
        return new PublicationView(
                p.id(),
                p.title(),
                p.annualReport(),
                p.tables().stream().map(TableSpec::code).toList(),
                p.periodKind(),
                p.createdBy(),
                p.createdAt());
    }
}
