package org.concord.domain.procedure;

/**
 * the restriction the Online Platform imposed on the User, items (a)–(d) of the definition of a Statement of
 * Reasons (Article 1), each with the Transparency Database attribute that carries it.
 */
public enum Restriction {
    /** (a) visibility of items of information: removal, disabling, demotion. */
    VISIBILITY("decision_visibility"),
    /** (b) suspension, termination or other restriction of monetary payments. */
    MONETARY("decision_monetary"),
    /** (c) suspension or termination of the provision of the service. */
    PROVISION("decision_provision"),
    /** (d) suspension or termination of the User's account. */
    ACCOUNT("decision_account");

    private final String attribute;

    Restriction(String attribute) {
        this.attribute = attribute;
    }

    /** The Statement of Reasons attribute (DSA Transparency Database) that records this restriction. */
    public String attribute() {
        return attribute;
    }
}
