package org.concord.domain.fee;

import org.concord.domain.procedure.TerminationGround;

/** How a Procedure ended, as far as fees are concerned. */
public enum Conclusion {
    /** A Resolution in favour of the Requesting Party. */
    RESOLVED_FOR_REQUESTING_PARTY,
    /** A Resolution in favour of the Responding Party, the Requesting Party not having acted in bad faith. */
    RESOLVED_FOR_RESPONDING_PARTY,
    /** A Resolution in favour of the Responding Party, finding the Requesting Party manifestly acted in bad faith. */
    RESOLVED_FOR_RESPONDING_PARTY_BAD_FAITH,
    /** The Parties settled before the Neutral's appointment (R-15 (b)). */
    SETTLED_BEFORE_APPOINTMENT,
    /** The Center found the Request outside the scope of Article 2 before appointment (R-15 (e), R-17.4). */
    OUT_OF_SCOPE_BEFORE_APPOINTMENT,
    /** The Neutral found the Request outside the scope of Article 2 (R-15 (e)); read as applying too. */
    OUT_OF_SCOPE_BY_NEUTRAL,
    /** Ended on another ground of Article 15 (settled after appointment, unnecessary, court or other proceedings). */
    TERMINATED_OTHERWISE;

    /** How a termination ends the Procedure for its fees. */
    public static Conclusion of(TerminationGround ground, boolean afterAppointment) {
        return switch (ground) {
            case SETTLED_BEFORE_APPOINTMENT -> SETTLED_BEFORE_APPOINTMENT;
            case OUT_OF_SCOPE -> afterAppointment ? OUT_OF_SCOPE_BY_NEUTRAL : OUT_OF_SCOPE_BEFORE_APPOINTMENT;
            case SETTLED_BEFORE_RESOLUTION, UNNECESSARY_OR_IMPOSSIBLE, COURT_PROCEEDINGS, OTHER_PROCEEDINGS_DISCLOSED ->
                TERMINATED_OTHERWISE;
        };
    }

    /** How a communicated Resolution ends the Procedure for its fees. */
    public static Conclusion of(org.concord.domain.procedure.ResolutionOutcome outcome) {
        return switch (outcome) {
            case FOR_REQUESTING_PARTY -> RESOLVED_FOR_REQUESTING_PARTY;
            case FOR_RESPONDING_PARTY -> RESOLVED_FOR_RESPONDING_PARTY;
            case FOR_RESPONDING_PARTY_BAD_FAITH -> RESOLVED_FOR_RESPONDING_PARTY_BAD_FAITH;
        };
    }
}
