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
    OUT_OF_SCOPE_BEFORE_APPOINTMENT;

    /** How the Center's termination before appointment ends the Procedure for its fees. */
    public static Conclusion of(TerminationGround ground) {
        return switch (ground) {
            case SETTLED_BEFORE_APPOINTMENT -> SETTLED_BEFORE_APPOINTMENT;
            case OUT_OF_SCOPE -> OUT_OF_SCOPE_BEFORE_APPOINTMENT;
        };
    }
}
