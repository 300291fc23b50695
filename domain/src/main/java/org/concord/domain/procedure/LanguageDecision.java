package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;
import org.concord.domain.RuleViolation;

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

    protected LanguageDecision() {}

    private LanguageDecision(String language, String decidedBy, String reason) {
        this.language = language;
        this.decidedBy = decidedBy;
        this.reason = reason;
    }

    /** Concord's proposal at filing: nobody decided it yet. */
    static LanguageDecision proposed(LanguageChoice.Proposal proposal) {
        return new LanguageDecision(proposal.language(), null, proposal.reason());
    }

    /**
     * the Neutral's determination (an ISO 639 code), having regard to the Parties' observations, with its
     * reason; who and why are recorded.
     */
    static LanguageDecision determined(String language, String neutralEmail, String reason) {
        if (language == null || !language.matches("[a-z]{2,3}")) {
            throw new RuleViolation("R-4.1", "/language", "rule.language.code");
        }
        Guards.requireText(reason, "R-4.1", "/reason", "rule.language.reason");
        return new LanguageDecision(language, neutralEmail, reason.strip());
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
