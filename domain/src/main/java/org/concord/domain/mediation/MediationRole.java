package org.concord.domain.mediation;

/** How an account takes part in a mediation. */
public enum MediationRole {
    PARTY,
    REPRESENTATIVE,
    MEDIATOR
}
