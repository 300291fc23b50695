package org.concord.domain.procedure;

/**
 * R-PLAT.4: what the platform reports it did with a communicated Resolution: implemented it, partly, or not (the
 * categories of the Commission's template for platforms' transparency reports, R-PLAT.5).
 */
public enum ImplementationOutcome {
    /** The platform implemented the Resolution in full. */
    IMPLEMENTED,
    /** The platform implemented part of it; the reason says which part and why not the rest. */
    PARTLY,
    /** The platform decided not to implement it; the reason says why. */
    NOT_IMPLEMENTED;

    /** Partly or not at all: the report must say why, and staff list it (R-PLAT.4). */
    public boolean needsReason() {
        return this != IMPLEMENTED;
    }
}
