package org.concord.domain.procedure;

/** How an account takes part in one Procedure. */
public enum ParticipantRole {
    REQUESTING_PARTY,
    RESPONDING_PARTY,
    REPRESENTATIVE,
    NEUTRAL
}
