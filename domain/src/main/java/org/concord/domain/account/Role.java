package org.concord.domain.account;

/** The roles of rules.md §1. Role names are also the security groups the container maps to roles. */
public enum Role {
    /** The Center's administrators: everything staff sees, plus users, fee schedule, calendars, publication. */
    CENTER_ADMIN,
    /** Case managers: every procedure's file; act for the Center. */
    CENTER_STAFF,
    /** Experts and mediators: only procedures where they accepted appointment. */
    NEUTRAL,
    /** Requesting and Responding Parties and their representatives: only their own procedures. */
    PARTY;

    /** Staff see every procedure (R-13.1: "the Center"). */
    public boolean actsForCenter() {
        return this == CENTER_ADMIN || this == CENTER_STAFF;
    }

    /** R-SEC.2: these roles sign in with a second factor (TOTP, later a passkey). */
    public boolean requiresSecondFactor() {
        return this != PARTY;
    }
}
