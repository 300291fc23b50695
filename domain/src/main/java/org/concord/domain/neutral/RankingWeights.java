package org.concord.domain.neutral;

import java.util.EnumMap;
import java.util.Map;

/**
 * How much each criterion of 8(b) counts in a candidate's score: configuration of the Center, shown to staff with
 * every ranking. Weights are whole numbers from 0 (ignored) to 100; at least one is positive.
 */
public record RankingWeights(Map<Criterion, Integer> weights) {

    public RankingWeights {
        EnumMap<Criterion, Integer> copy = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            Integer w = weights.get(c);
            if (w == null || w < 0 || w > 100) {
                throw new IllegalArgumentException("the weight of " + c + " is a whole number from 0 to 100");
            }
            copy.put(c, w);
        }
        if (copy.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new IllegalArgumentException("at least one criterion must count");
        }
        weights = Map.copyOf(copy);
    }

    public int of(Criterion criterion) {
        return weights.get(criterion);
    }

    int total() {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }
}
