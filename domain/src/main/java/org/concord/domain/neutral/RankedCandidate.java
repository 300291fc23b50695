package org.concord.domain.neutral;

import java.util.List;
import java.util.Set;

/**
 * One line of the ranked list of: the candidate, its place, its score out of 100 and the per-criterion scores
 * that make it. Flags say why Concord would not invite the candidate on its own; staff still may.
 */
public record RankedCandidate(
        int rank, Candidate candidate, double score, List<CriterionScore> criteria, Set<Flag> flags) {

    /** A reason not to invite the candidate automatically; the candidate is ranked all the same. */
    public enum Flag {
        /** Conducts as many open Procedures as its profile allows (8(b)(iv)). */
        AT_MAX_CASELOAD,
        /** Declared absent during part of the expected Resolution period (8(b)(iv)). */
        ABSENT_IN_PERIOD,
        /** Does not decide on the Procedure's matter (8(b)(ii)). */
        MATTER_NOT_COVERED,
        /** The check of R-9 found a possible conflict; acceptance needs the Center's override. */
        CONFLICT
    }

    public RankedCandidate {
        criteria = List.copyOf(criteria);
        flags = Set.copyOf(flags);
    }

    /** Whether Concord may invite this candidate without a member of staff choosing it. */
    public boolean isInvitableAutomatically() {
        return flags.isEmpty();
    }
}
