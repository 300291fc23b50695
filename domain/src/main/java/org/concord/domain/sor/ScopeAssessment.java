package org.concord.domain.sor;

import java.util.List;
import java.util.Optional;
import org.concord.domain.procedure.Matter;

/**
 * R-SOR.3: whether a Statement of Reasons falls within Article 2 (copyright or trademark infringement). A statement
 * outside is only flagged "likely outside Article 2" with the reason: the user may still file, and the Center decides
 * (R-17.4).
 *
 * @param matter the matter the keywords name, empty when none or both are named (the Requesting Party chooses)
 * @param reasonKey a message key for the reason the statement is likely outside, {@code null} when in scope
 * @param reasonArguments what the reason speaks of (the category, or the other rights' keywords), for the message
 */
public record ScopeAssessment(boolean likelyInScope, Matter matter, String reasonKey, List<String> reasonArguments) {

    public ScopeAssessment {
        reasonArguments = List.copyOf(reasonArguments);
    }

    static final String IP_CATEGORY = "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS";
    static final String COPYRIGHT = "KEYWORD_COPYRIGHT_INFRINGEMENT";
    static final String TRADEMARK = "KEYWORD_TRADEMARK_INFRINGEMENT";

    static ScopeAssessment of(String category, List<String> keywords) {
        return of(category, keywords, "");
    }

    /**
     * R-SOR.3: in scope when the category is intellectual-property infringement and a copyright or trademark keyword
     * is named, in {@code category_specification} or, reading, in the statement's own {@code text} ({@link
     * InfringementWords}). The keywords decide the suggested matter; the text only when they name neither.
     */
    static ScopeAssessment of(String category, List<String> keywords, String text) {
        if (!IP_CATEGORY.equals(category)) {
            return new ScopeAssessment(false, null, "sor.scope.otherCategory", List.of(category));
        }
        boolean copyright = keywords.contains(COPYRIGHT);
        boolean trademark = keywords.contains(TRADEMARK);
        if (!copyright && !trademark) {
            copyright = InfringementWords.names(text, InfringementWords.COPYRIGHT);
            trademark = InfringementWords.names(text, InfringementWords.TRADEMARK);
        }
        if (!copyright && !trademark) {
            return new ScopeAssessment(
                    false, null, keywords.isEmpty() ? "sor.scope.noKeyword" : "sor.scope.otherRight", keywords);
        }
        Matter matter = copyright && trademark ? null : copyright ? Matter.COPYRIGHT : Matter.TRADEMARK;
        return new ScopeAssessment(true, matter, null, List.of());
    }

    public Optional<Matter> suggestedMatter() {
        return Optional.ofNullable(matter);
    }
}
