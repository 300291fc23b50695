package org.concord.domain.mediation;

/** What a Party rates after a mediation, each from 1 (not at all) to 5 (fully) (R-M4). */
public enum FeedbackQuestion {
    /** The mediator understood the dispute and the Parties' interests. */
    UNDERSTANDING,
    /** The mediator was impartial. */
    IMPARTIALITY,
    /** The mediator ran the process well (sessions, caucus, pace). */
    PROCESS,
    /** The Party would recommend the mediator. */
    RECOMMENDATION
}
