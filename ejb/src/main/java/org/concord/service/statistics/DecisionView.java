package org.concord.service.statistics;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.concord.domain.statistics.Release;

/**
 * What the gate decided, for staff only (R-STAT.3): published or refused with the reasons, the thresholds, the
 * solver, the ledger hashes and the evidence — one line per audited target with its true value and intervals.
 */
public record DecisionView(
        UUID id,
        UUID publication,
        String title,
        String period,
        LocalDate cutoff,
        boolean published,
        List<String> refusals,
        int k,
        int kp,
        String solver,
        String decidedBy,
        Instant decidedAt,
        Long sequence,
        String previousHash,
        String hash,
        Integer averageDays,
        List<String> evidence)
        implements Serializable {

    static DecisionView of(Release r, boolean withEvidence) {
        return new DecisionView(
                r.id(),
                r.publication().id(),
                r.publication().title(),
                r.period().code(),
                r.cutoff(),
                r.published(),
                r.refusals(),
                r.k(),
                r.kp(),
                r.solver(),
                r.decidedBy(),
                r.decidedAt(),
                r.sequence().orElse(null),
                r.previousHash().orElse(null),
                r.hash().orElse(null),
                r.average().map(a -> a.days()).orElse(null),
                withEvidence ? r.evidence() : List.of());
    }
}
