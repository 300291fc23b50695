package org.concord.domain.analysis;

/** The questionnaire of R-M5. Each is answered yes, no or "not sure" (which weighs nothing). */
public enum Question {
    /** Is there a relationship (business or other) the parties want to keep? */
    RELATIONSHIP,
    /** Has communication between the parties broken down? */
    COMMUNICATION_IMPAIRED,
    /** Is a binding decision needed, one a party can be made to follow? */
    BINDING_DECISION,
    /** Is the matter urgent? */
    URGENT,
    /** Must the dispute, its existence included, stay confidential? */
    CONFIDENTIALITY,
    /** Are the parties in different countries? */
    CROSS_BORDER,
    /** Is the amount at stake small compared with what a procedure costs? */
    COST_SENSITIVE,
    /** Does the dispute contest an online platform's decision under the DSA (a Statement of Reasons)? */
    PLATFORM_DECISION
}
