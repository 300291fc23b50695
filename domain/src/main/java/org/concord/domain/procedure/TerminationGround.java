package org.concord.domain.procedure;

/**
 * The grounds of Article 15 (and 11(e)) on which a Procedure ends without a Resolution, each with its reason code,
 * its rule and who may use it.
 */
public enum TerminationGround {
    /** 15(b): the Parties settled before the Neutral's appointment. The Center. */
    SETTLED_BEFORE_APPOINTMENT("15(b)", "R-15", true, false),
    /** 15(e), R-17.4: outside the scope of Article 2. The Center before appointment, the Neutral after. */
    OUT_OF_SCOPE("15(e)", "R-17.4", true, true),
    /** 15(c): the Parties settled before the Resolution was made. The Neutral. */
    SETTLED_BEFORE_RESOLUTION("15(c)", "R-15", false, true),
    /** 15(d): continuing became unnecessary or impossible. The Neutral. */
    UNNECESSARY_OR_IMPOSSIBLE("15(d)", "R-15", false, true),
    /** 15(f): a Party started court proceedings about the subject matter. The Neutral or the Center. */
    COURT_PROCEEDINGS("15(f)", "R-15", true, true),
    /** 11(e): the Parties disclosed other proceedings about the matter. The Neutral or the Center. */
    OTHER_PROCEEDINGS_DISCLOSED("11(e)", "R-11.3", true, true);

    private final String code;
    private final String ruleId;
    private final boolean center;
    private final boolean neutral;

    TerminationGround(String code, String ruleId, boolean center, boolean neutral) {
        this.code = code;
        this.ruleId = ruleId;
        this.center = center;
        this.neutral = neutral;
    }

    /** The reason code: the paragraph of the Rules. */
    public String code() {
        return code;
    }

    public String ruleId() {
        return ruleId;
    }

    /**
     * Whether the Center ({@code byCenter}) or the Neutral may end the Procedure on this ground, before or after the
     * Neutral's appointment. Before appointment only the Center acts; settlement (b) and scope (e) are the Center's
     * only then; after appointment, scope (e) is the Neutral's.
     */
    public boolean mayBeUsed(boolean byCenter, boolean appointed) {
        if (byCenter) {
            return center && (!appointed || (this != SETTLED_BEFORE_APPOINTMENT && this != OUT_OF_SCOPE));
        }
        return neutral && appointed;
    }
}
