package org.concord.domain.organisation;

/** A member's role in its organisation (R-ACC.2): a manager adds and removes members. */
public enum MemberRole {
    MANAGER,
    MEMBER
}
