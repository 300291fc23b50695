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
 * @param values   the values (final ones for outcome and duration)
 */
public record Stratum(int quarter, int recorded, int ended, Map<Dimension, String> values) {

    public Stratum {
        values = Map.copyOf(values);
    }

    public boolean knownAt(int vintage) {
        return recorded <= vintage;
    }

    /** Its category at a cut-off: outcome and duration are "pending" until the Procedures have ended. */
    public String valueAt(Dimension dimension, int vintage) {
        if (dimension.changesOverTime() && ended > vintage) {
            return dimension.pendingValue();
        }
        return values.get(dimension);
    }
}
