package org.concord.domain.statistics;

import java.util.Map;

/**
 * An inner cell of the cover model (statistics.md): the Procedures of one quarter that Concord first knew by the same
 * cut-off, ended by the same cut-off, with the same values of every dimension any table of the year uses. Every
 * published cell, at any cut-off, is a sum of strata; each stratum is one unknown of the audit.
 *
 * @param quarter  the quarter of receipt, 1–4
 * @param recorded index of the first cut-off by which the Procedures were known
 * @param ended    index of the first cut-off by which they had ended (the number of cut-offs: not by any)
 * @param reported index of the first cut-off by which their implementation was reported (R-PLAT.4), never before
 *     {@code ended}; the number of cut-offs: not by any
 * @param values   the values (final ones for outcome and duration)
 */
public record Stratum(int quarter, int recorded, int ended, int reported, Map<Dimension, String> values) {

    public Stratum {
        values = Map.copyOf(values);
    }

    /** Procedures whose implementation report (R-PLAT.4), if any, counts from the cut-off by which they ended. */
    public Stratum(int quarter, int recorded, int ended, Map<Dimension, String> values) {
        this(quarter, recorded, ended, ended, values);
    }

    public boolean knownAt(int vintage) {
        return recorded <= vintage;
    }

    /**
     * Its category at a cut-off: outcome, duration, platform decision and implementation are "pending" until the
     * Procedures have ended; the implementation is "unknown" until it was reported (R-PLAT.4).
     */
    public String valueAt(Dimension dimension, int vintage) {
        if (dimension.changesOverTime() && ended > vintage) {
            return dimension.pendingValue();
        }
        String value = values.get(dimension);
        // R-PLAT.4: the implementation is reported after the end; until then it is unknown (a second change point).
        if (dimension == Dimension.IMPLEMENTED && reported > vintage && Dimension.Implemented.isReported(value)) {
            return Dimension.Implemented.UNKNOWN;
        }
        return value;
    }
}
