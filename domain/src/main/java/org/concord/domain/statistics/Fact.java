package org.concord.domain.statistics;

import java.time.LocalDate;
import java.util.Map;

/**
 * One Procedure as the statistics see it (the fact snapshot of statistics.md): dates, whitelisted values and an
 * opaque key of its Requesting Party. No name, e-mail, reference, free text or exact date leaves the gate.
 *
 * @param received  the Geneva date of receipt of the Request (the period it counts in)
 * @param recorded  the date Concord knew of it; later than {@code received} for a late filing
 * @param ended     the date it ended, or {@code null}
 * @param reported  the date the platform reported on implementing the Resolution (R-PLAT.4), or {@code null}: the
 *     implementation is unknown until then, a second change of a Procedure that ended
 * @param values    the value of every static dimension, and the final outcome and duration once ended
 * @param party     an opaque key of the Requesting Party (k_p and the insider audit)
 */
public record Fact(
        LocalDate received,
        LocalDate recorded,
        LocalDate ended,
        LocalDate reported,
        Map<Dimension, String> values,
        String party) {

    public Fact {
        values = Map.copyOf(values);
    }

    /** A Procedure whose implementation (R-PLAT.4), if it has a value, was known when it ended. */
    public Fact(LocalDate received, LocalDate recorded, LocalDate ended, Map<Dimension, String> values, String party) {
        this(received, recorded, ended, ended, values, party);
    }
}
