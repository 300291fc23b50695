package org.concord.domain.neutral;

import java.util.List;

/**
 * How a candidate fares on one criterion of 8(b), and why: a score from 0 to 1, the weight it carries, and an
 * explanation as a message key of the resource bundles with its arguments.
 */
public record CriterionScore(
        Criterion criterion, double score, int weight, String explanationKey, List<String> explanationArgs) {

    public CriterionScore {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("a score is between 0 and 1");
        }
        explanationArgs = List.copyOf(explanationArgs);
    }
}
