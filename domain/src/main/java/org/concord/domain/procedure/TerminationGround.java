package org.concord.domain.procedure;

/**
 * The grounds of Article 15 on which a Procedure ends without a Resolution, each with its rule. Those the Center may
 * use before the Neutral's appointment come first; the Neutral's grounds come with the procedure rules.
 */
public enum TerminationGround {
    /** R-15 (b): the Parties settled before the Neutral's appointment. */
    SETTLED_BEFORE_APPOINTMENT("R-15"),
    /** R-15 (e), R-17.4: the Center finds the Request outside the scope of Article 2. */
    OUT_OF_SCOPE("R-17.4");

    private final String ruleId;

    TerminationGround(String ruleId) {
        this.ruleId = ruleId;
    }

    public String ruleId() {
        return ruleId;
    }
}
