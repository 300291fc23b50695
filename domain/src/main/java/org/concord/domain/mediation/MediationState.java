package org.concord.domain.mediation;

/** Where a mediation stands. */
public enum MediationState {
    /** One Party asked for mediation; the other has not yet agreed (R-M1: nobody is forced to mediate). */
    REQUESTED,
    /** Both Parties agreed to mediate; they rank mediators from the directory until one is common to both (R-M4). */
    CHOOSING_MEDIATOR,
    /** The mediator both Parties chose is asked to accept the mandate. */
    MEDIATOR_INVITED,
    /** The mediator accepted; sessions, joint and caucus messages, settlement proposals. */
    IN_PROGRESS,
    /** Both Parties accepted the same settlement agreement (R-M3). */
    SETTLED,
    /** A Party withdrew after the first meeting (R-M1). */
    WITHDRAWN,
    /** The invited Party declined to mediate. */
    DECLINED,
    /** The Center closed a mediation that could not go on, with its reason. */
    CLOSED;

    public boolean hasEnded() {
        return this == SETTLED || this == WITHDRAWN || this == DECLINED || this == CLOSED;
    }
}
