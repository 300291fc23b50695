package org.concord.service.statistics;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.concord.domain.statistics.Release;

/**
 * A published release as everyone sees it: no threshold, no true value, no evidence (R-13.3: k is not printed). The
 * numbers are in its PDF and CSV.
 */
public record ReleaseView(
        UUID id, String title, boolean annualReport, String period, LocalDate cutoff, Instant releasedAt)
        implements Serializable {

    static ReleaseView of(Release r) {
        return new ReleaseView(
                r.id(),
                r.publication().title(),
                r.publication().annualReport(),
                r.period().code(),
                r.cutoff(),
                r.decidedAt());
    }
}
