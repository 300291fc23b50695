package org.concord.domain.mediation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R-M4, "the parties choose the mediator together": each side ranks the mediators it accepts; the mediator is one
 * that both lists hold, the one with the lowest sum of ranks; on a tie, the one whose worse rank is better, then the
 * one the Requesting Party ranked higher. A mediator that declined the mandate is not chosen again. Nobody is chosen
 * whom one side did not list, so a mediator is never imposed on a Party.
 */
public final class MediatorChoice {

    private MediatorChoice() {}

    public static Optional<String> of(List<String> requesting, List<String> responding, Set<String> excluded) {
        return requesting.stream()
                .filter(responding::contains)
                .filter(m -> !excluded.contains(m))
                .min(Comparator.<String>comparingInt(m -> requesting.indexOf(m) + responding.indexOf(m))
                        .thenComparingInt(m -> Math.max(requesting.indexOf(m), responding.indexOf(m)))
                        .thenComparingInt(requesting::indexOf));
    }
}
