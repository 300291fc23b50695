package org.concord.service.appointment;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.concord.domain.neutral.Criterion;
import org.concord.domain.neutral.CriterionScore;
import org.concord.domain.neutral.RankedCandidate;
import org.concord.service.procedure.ConflictView;

/**
 * One line of the ranked list of: the neutral, its score out of 100, each criterion's score with its weight and
 * explanation (a message key and its arguments), the flags and the conflicts of R-9.
 */
public record CandidateView(
        int rank,
        String neutral,
        String email,
        double score,
        int openCaseload,
        int maxOpenCaseload,
        List<CriterionView> criteria,
        Set<RankedCandidate.Flag> flags,
        List<ConflictView> conflicts)
        implements Serializable {

    /**
     * One criterion of 8(b): its score from 0 to 1, its weight, and why, as a message key with its arguments, and in
     * words once the web layer has put it in the reader's language ({@code null} until then).
     */
    public record CriterionView(
            Criterion criterion,
            String article,
            double score,
            int weight,
            String explanation,
            String explanationKey,
            List<String> explanationArgs)
            implements Serializable {

        static CriterionView of(CriterionScore s) {
            return new CriterionView(
                    s.criterion(),
                    s.criterion().article(),
                    s.score(),
                    s.weight(),
                    null,
                    s.explanationKey(),
                    s.explanationArgs());
        }

        /** The same criterion, its key and arguments put in words by {@code explain}. */
        public CriterionView explained(Function<CriterionView, String> explain) {
            return new CriterionView(
                    criterion, article, score, weight, explain.apply(this), explanationKey, explanationArgs);
        }
    }

    /** The line of {@code r}; each criterion says why by a message key and its arguments. */
    static CandidateView of(RankedCandidate r) {
        return new CandidateView(
                r.rank(),
                r.candidate().profile().account().displayName(),
                r.candidate().profile().account().email(),
                r.score(),
                r.candidate().openCaseload(),
                r.candidate().profile().maxOpenCaseload(),
                r.criteria().stream().map(CriterionView::of).toList(),
                r.flags(),
                r.candidate().conflicts().stream().map(ConflictView::of).toList());
    }

    /** The same line, each criterion put in words by {@code explain}. */
    public CandidateView explained(Function<CriterionView, String> explain) {
        return new CandidateView(
                rank,
                neutral,
                email,
                score,
                openCaseload,
                maxOpenCaseload,
                criteria.stream().map(c -> c.explained(explain)).toList(),
                flags,
                conflicts);
    }
}
