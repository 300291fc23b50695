package org.concord.domain.neutral;

/** The criteria of Article 8(b) on which candidates are ranked. */
public enum Criterion {
    /** 8(b)(i): the country of domicile of the Requesting Party. */
    DOMICILE("8(b)(i)"),
    /** 8(b)(ii): the matter on which the Resolution is sought. */
    MATTER("8(b)(ii)"),
    /** 8(b)(iii): the Neutral's relevant expertise. */
    EXPERTISE("8(b)(iii)"),
    /** 8(b)(iv): the ability to complete the Procedure with due expedition (open caseload, absences). */
    AVAILABILITY("8(b)(iv)"),
    /** 8(b)(v): the language of the Procedure. */
    LANGUAGE("8(b)(v)");

    private final String article;

    Criterion(String article) {
        this.article = article;
    }

    public String article() {
        return article;
    }
}
