package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * the language of the Procedure (ISO 639-1), who decided it (empty: Concord's proposal at filing) and why. A
 * part of {@link Procedure}, replaced as a whole when the Neutral determines another language.
 */
@Embeddable
public class LanguageDecision {

    @Column(name = "language", length = 3)
    private String language;

    @Column(name = "language_decided_by", length = 254)
    private String decidedBy;

    @Column(name = "language_reason", length = 2000)
    private String reason;

    protected LanguageDecision() {
    }

    private LanguageDecision(String language, String decidedBy, String reason) {
        this.language = language;
        this.decidedBy = decidedBy;
        this.reason = reason;
    }

    /** Concord's proposal at filing: nobody decided it yet. */
    static LanguageDecision proposed(LanguageChoice.Proposal proposal) {
        return new LanguageDecision(proposal.language(), null, proposal.reason());
    }

    /** The Neutral's determination, with its reason. */
    static LanguageDecision determined(String language, String neutralEmail, String reason) {
        return new LanguageDecision(language, neutralEmail, reason);
    }

    /** None known (every column null, as Hibernate reads it back). */
    static LanguageDecision none() {
        return new LanguageDecision();
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** Empty while the language is Concord's proposal. */
    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
