package org.concord.domain.document;

/** What a stored document is in a Procedure, a mediation or an authorisation (R-C2). */
public enum DocumentKind {
    /** 5(b)(iv): the Notice filed with the Online Platform. */
    NOTICE,
    /** 5(b)(v): a copy of the Statement of Reasons (when it was not imported in the Transparency Database form). */
    STATEMENT_OF_REASONS,
    /** 5(b)(vi): the decision of the Internal Complaint-Handling System. */
    ICHS_DECISION,
    /** Any other annex of a filing (5(b), 7(b)(iv)). */
    ANNEX,
    /** Article 14: the signed Resolution as PDF. */
    RESOLUTION,
    /** R-M3: a version of a mediation's settlement agreement. */
    SETTLEMENT_AGREEMENT,
    /** R-ACC.3: a representative's power of attorney, for staff to accept or refuse. */
    POWER_OF_ATTORNEY
}
