package org.concord.domain.procedure;

/** Where the Answer stands. */
public enum AnswerStatus {
    /** Not commenced yet, or the Answer period is running without an Answer. */
    AWAITED,
    /** Filed within the period. */
    FILED,
    /** Filed after the period: kept, marked late, shown to the Neutral as late. */
    FILED_LATE,
    /** the period ended without an Answer; the Procedure continues. */
    NO_ANSWER,
    /** Issue 24: the Procedure ended before its Answer period did, and no Answer was filed. */
    NOT_FILED
}
