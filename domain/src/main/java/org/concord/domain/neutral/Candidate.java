package org.concord.domain.neutral;

import java.util.List;
import org.concord.domain.procedure.Conflict;

/**
 * A Neutral as the ranking sees it: the profile, how many Procedures it conducts now, and the conflicts the check of
 * R-9 found with the Procedure to be staffed.
 */
public record Candidate(NeutralProfile profile, int openCaseload, List<Conflict> conflicts) {

    public Candidate {
        conflicts = List.copyOf(conflicts);
    }
}
