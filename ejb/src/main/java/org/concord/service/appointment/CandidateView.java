package org.concord.service.appointment;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
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

        static CriterionView of(CriterionScore s, ResourceBundle texts) {
            String pattern = texts.getString(s.explanationKey());
            return new CriterionView(s.criterion(), s.criterion().article(), s.score(), s.weight(),
                    new MessageFormat(pattern, texts.getLocale()).format(s.explanationArgs().toArray()),
                    s.explanationKey(), s.explanationArgs());
        }
    }

    /** The line of {@code r}, its explanations in the language of {@code texts}. */
    static CandidateView of(RankedCandidate r, ResourceBundle texts) {
        return new CandidateView(r.rank(), r.candidate().profile().account().displayName(),
                r.candidate().profile().account().email(), r.score(), r.candidate().openCaseload(),
                r.candidate().profile().maxOpenCaseload(),
                r.criteria().stream().map(c -> CriterionView.of(c, texts)).toList(),
                r.flags(), r.candidate().conflicts().stream().map(ConflictView::of).toList());
    }
}
