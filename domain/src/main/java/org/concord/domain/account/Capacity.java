package org.concord.domain.account;

/**
 * R-ACC.1: in which capacity a person registered: as a Requesting Party (a User or a Rightholder, a natural or a
 * legal person) or as a representative of Parties.
 */
public enum Capacity {
    USER_NATURAL_PERSON,
    USER_LEGAL_PERSON,
    RIGHTHOLDER_NATURAL_PERSON,
    RIGHTHOLDER_LEGAL_PERSON,
    REPRESENTATIVE
}
