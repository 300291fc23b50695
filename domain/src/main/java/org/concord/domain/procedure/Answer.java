package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.concord.domain.RuleViolation;
import org.concord.domain.time.Domicile;

/**
 * Article 7(b)(i)–(iii): the Answer's items as filed (its documents are the Answer filing's annexes). A part of
 * {@link Procedure}; before the Answer, an empty one (Hibernate reads it back as {@code null} only if every column
 * were null, which the non-null flag prevents; {@link Procedure} is null-safe all the same).
 */
@Embeddable
public class Answer {

    @Column(name = "answer_through_representative", nullable = false)
    private boolean throughRepresentative;

    @Column(name = "answer_representative", length = 500)
    private String representative;

    /** the representative's name as the conflict check compares it. */
    @Column(name = "answer_representative_key", length = 500)
    private String representativeKey;

    @Column(name = "answer_contact_email", length = 254)
    private String contactEmail;

    @Column(name = "answer_domicile", length = 10)
    private String domicile;

    @Column(name = "answer_reply", length = RequestContent.DESCRIPTION_MAX_CHARS)
    private String reply;

    @Column(name = "answer_terms", length = 10_000)
    private String terms;

    @Column(name = "answer_other_proceedings", length = 10_000)
    private String otherProceedings;

    /** No Answer yet. */
    protected Answer() {}

    private Answer(AnswerItems items) {
        this.throughRepresentative = items.throughRepresentative();
        this.representative = Guards.strippedOrNull(items.representative());
        this.representativeKey =
                representative == null ? null : PartyName.normalise(PartyName.leadingName(representative));
        this.contactEmail = items.contactEmail().strip();
        this.domicile = items.domicile().toString();
        this.reply = items.reply().strip();
        this.terms = Guards.strippedOrNull(items.termsAndConditions());
        this.otherProceedings = items.otherProceedings().strip();
    }

    /**
     * the Answer's items, every missing item of 7(b) named; the reply at most 3,000 words.
     *
     * @throws ItemsMissing R-7 naming every missing item
     */
    static Answer filed(AnswerItems items) {
        ItemsMissing.requireNone("R-7", items.missing());
        if (WordCount.of(items.reply()).exceedsLimit()) {
            throw new RuleViolation("R-5.2", "/reply", "rule.answer.tooManyWords", WordCount.LIMIT);
        }
        return new Answer(items);
    }

    static Answer none() {
        return new Answer();
    }

    /** The items as filed; only meaningful once answered. */
    AnswerItems items() {
        return new AnswerItems(
                throughRepresentative,
                representative,
                contactEmail,
                domicile == null ? null : Domicile.parse(domicile),
                reply,
                terms,
                otherProceedings);
    }

    /** The representative named in the Answer, or {@code null}. */
    String representative() {
        return representative;
    }

    /** The e-mail address to be used, or {@code null} before the Answer. */
    String contactEmail() {
        return contactEmail;
    }
}
