package org.concord.domain.statistics;

import java.util.Collection;
import java.util.Optional;

/**
 * R-STAT.2: the average time to resolve the year's disputes, in whole calendar days from receipt to end, as the
 * annual report prints it.
 *
 * <p>An average is a sum in disguise: the average over n ended Procedures at one cut-off and over n + 1 at a later one
 * give the duration of the one that ended in between. So the report prints it only over at least k ended Procedures
 * and only when the Procedures it covers are the same as, or at least k more than, those of every average
 * printed before for that year. Otherwise the report says it is withheld.
 *
 * @param days the average, rounded half up to whole days
 * @param over how many ended Procedures it covers (confidential: the ledger keeps it for the next check)
 */
public record AverageDuration(int days, int over) {

    public static Optional<AverageDuration> of(long ended, long totalDays, Collection<AverageDuration> earlier, int k) {
        if (ended < k) {
            return Optional.empty();
        }
        for (AverageDuration before : earlier) {
            long more = ended - before.over();
            if (more != 0 && Math.abs(more) < k) {
                return Optional.empty();
            }
        }
        return Optional.of(new AverageDuration((int) ((2 * totalDays + ended) / (2 * ended)), (int) ended));
    }
}
