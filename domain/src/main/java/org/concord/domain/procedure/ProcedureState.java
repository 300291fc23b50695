package org.concord.domain.procedure;

/** Where a Procedure stands. Later states come with the procedure rules (R-6 … R-15). */
public enum ProcedureState {
    /** A Request was received in the Portal and awaits the Center's compliance check. */
    REQUEST_FILED,
    /** The Center notified the Responding Party; the Answer period runs. */
    COMMENCED,
    /** A Neutral accepted appointment. */
    NEUTRAL_APPOINTED,
    /** The Center communicated the Resolution. */
    RESOLVED,
    /** Ended on a ground of Article 15. */
    TERMINATED;

    public boolean hasEnded() {
        return this == RESOLVED || this == TERMINATED;
    }
}
