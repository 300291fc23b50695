package org.concord.service.appointment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.concord.domain.neutral.Criterion;
import org.concord.domain.neutral.ExpertiseArea;
import org.concord.domain.procedure.Matter;

/**
 * the ranked candidates for a Procedure, with what the ranking asked (the needs of 8(b)) and the Center's
 * weights, so that staff can read every score. {@code total} counts every ranked neutral; {@code candidates} may be
 * the first of them only. Neutrals without a profile cannot be ranked and are counted apart.
 */
public record CandidateListView(
        String country,
        Matter matter,
        Set<ExpertiseArea> areas,
        String language,
        LocalDate periodStart,
        LocalDate periodEnd,
        Map<Criterion, Integer> weights,
        int total,
        int withoutProfile,
        List<CandidateView> candidates)
        implements Serializable {

    /** The same list, each criterion's key and arguments put in words by {@code explain} (the web layer's). */
    public CandidateListView explained(Function<CandidateView.CriterionView, String> explain) {
        return new CandidateListView(
                country,
                matter,
                areas,
                language,
                periodStart,
                periodEnd,
                weights,
                total,
                withoutProfile,
                candidates.stream().map(c -> c.explained(explain)).toList());
    }
}
