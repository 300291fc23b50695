package org.concord.domain.mediation;

/** The two sides of a mediation: the Party that asked for it and the Party invited, each with its representatives. */
public enum Side {
    REQUESTING,
    RESPONDING;

    public Side other() {
        return this == REQUESTING ? RESPONDING : REQUESTING;
    }
}
