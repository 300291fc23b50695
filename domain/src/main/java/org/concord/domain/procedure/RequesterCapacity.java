package org.concord.domain.procedure;

/** Article 1: a Requesting Party is a User and/or a Rightholder, as identified in the Statement of Reasons. */
public enum RequesterCapacity {
    /** The user whose content or account the platform restricted. */
    USER,
    /** The owner of the copyright or trademark, who filed the Notice. */
    RIGHTHOLDER
}
