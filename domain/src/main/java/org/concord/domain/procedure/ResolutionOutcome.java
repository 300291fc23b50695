package org.concord.domain.procedure;

/** How the Neutral decides the dispute (R-14.1 (iii)); what the fees follow. */
public enum ResolutionOutcome {
    /** In favour of the Requesting Party (17(b)(i)). */
    FOR_REQUESTING_PARTY,
    /** In favour of the Responding Party. */
    FOR_RESPONDING_PARTY,
    /** In favour of the Responding Party, the Requesting Party having manifestly acted in bad faith (17(b)(ii)). */
    FOR_RESPONDING_PARTY_BAD_FAITH
}
