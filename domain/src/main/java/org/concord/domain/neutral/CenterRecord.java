package org.concord.domain.neutral;

import java.util.List;
import org.concord.domain.procedure.PartySide;

/**
 * Another Procedure of the Center in which a candidate stood on a side (as a Party or a representative): the
 * Center's own record the conflict check of R-9 reads, whatever the candidate declared.
 *
 * @param reference the other Procedure's reference
 * @param candidateSide how the candidate took part in it
 * @param sides everyone on a side of it, the candidate included
 */
public record CenterRecord(String reference, PartySide.Kind candidateSide, List<PartySide> sides) {

    public CenterRecord {
        sides = List.copyOf(sides);
    }
}
