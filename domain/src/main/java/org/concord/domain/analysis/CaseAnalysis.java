package org.concord.domain.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * R-M5: weighs the processes on the answers with the Center's rules. Each rule whose answer was given adds its weight
 * to its process; the recommended process has the highest score. On a tie, the less formal process is recommended
 * (the {@link DisputeProcess} order): a party can still escalate from it, not the other way. With no rule fired at
 * all, there is no basis for a recommendation and none is made.
 */
public final class CaseAnalysis {

    /** A fired rule: its process, its weight and the rule itself (for its reason and source). */
    public record Reason(DisputeProcess process, int weight, AnalysisRule rule) {}

    /**
     * The outcome: the recommended process (empty when no answer weighed anything), the score of each process, best
     * first, and the reasons, those of the recommended process first.
     */
    public record Recommendation(
            java.util.Optional<DisputeProcess> recommended,
            Map<DisputeProcess, Integer> scores,
            List<DisputeProcess> ranking,
            List<Reason> reasons) {}

    private CaseAnalysis() {}

    public static Recommendation recommend(Map<Question, Reply> answers, List<AnalysisRule> rules) {
        Map<DisputeProcess, Integer> scores = new EnumMap<>(DisputeProcess.class);
        for (DisputeProcess p : DisputeProcess.values()) {
            scores.put(p, 0);
        }
        List<Reason> fired = new ArrayList<>();
        for (AnalysisRule rule : rules) {
            Reply answer = answers.getOrDefault(rule.question(), Reply.NOT_SURE);
            if (rule.firesOn(answer)) {
                scores.merge(rule.process(), rule.weight(), Integer::sum);
                fired.add(new Reason(rule.process(), rule.weight(), rule));
            }
        }
        List<DisputeProcess> ranking = scores.keySet().stream()
                .sorted(Comparator.comparing((DisputeProcess p) -> -scores.get(p))
                        .thenComparing(Enum::ordinal))
                .toList();
        java.util.Optional<DisputeProcess> best =
                fired.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ranking.get(0));
        List<Reason> reasons = fired.stream()
                .sorted(Comparator.comparing((Reason r) -> best.isPresent() && r.process() != best.get())
                        .thenComparing(r -> ranking.indexOf(r.process()))
                        .thenComparing(r -> -Math.abs(r.weight())))
                .toList();
        return new Recommendation(best, Map.copyOf(scores), ranking, reasons);
    }
}
