package org.concord.service.appointment;

import org.concord.service.procedure.ConflictView;
import java.util.List;
import java.util.function.Function;
import java.util.Set;
import org.concord.domain.neutral.Criterion;
import org.concord.domain.neutral.CriterionScore;
import org.concord.domain.neutral.RankedCandidate;

/**
 * One line of the ranked list of: the neutral, its score out of 100, each criterion's score with its weight and
 * explanation (a message key and its arguments), the flags and the conflicts of R-9.
 */
public record CandidateView(int rank, String neutral, String email, double score, int openCaseload,
        int maxOpenCaseload, List<CriterionView> criteria, Set<RankedCandidate.Flag> flags,
        List<ConflictView> conflicts) {

    /** One criterion of 8(b): its score from 0 to 1, its weight, and why, in words and as a message key. */
    public record CriterionView(Criterion criterion, String article, double score, int weight,
            String explanation, String explanationKey, List<String> explanationArgs) {

        static CriterionView of(CriterionScore s, Function<CriterionScore, String> explain) {
            return new CriterionView(s.criterion(), s.criterion().article(), s.score(), s.weight(), explain.apply(s),
                    s.explanationKey(), s.explanationArgs());
        }
    }

    /** The line of {@code r}, each criterion put in words by {@code explain}. */
    static CandidateView of(RankedCandidate r, Function<CriterionScore, String> explain) {
        return new CandidateView(r.rank(), r.candidate().profile().account().displayName(),
                r.candidate().profile().account().email(), r.score(), r.candidate().openCaseload(),
                r.candidate().profile().maxOpenCaseload(),
                r.criteria().stream().map(c -> CriterionView.of(c, explain)).toList(),
                r.flags(), r.candidate().conflicts().stream().map(ConflictView::of).toList());
    }
}
