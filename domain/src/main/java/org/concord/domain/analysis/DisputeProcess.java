package org.concord.domain.analysis;

/** The processes the case analysis weighs (R-M5), from the least to the most formal. */
public enum DisputeProcess {
    NEGOTIATION,
    MEDIATION,
    EXPERT_DETERMINATION,
    ARBITRATION,
    COURT
}
