package org.concord.domain.sor;

import java.util.Optional;
import org.concord.domain.procedure.Matter;

/**
 * R-SOR.3: whether a Statement of Reasons falls within Article 2 (copyright or trademark infringement). A statement
 * outside is only flagged "likely outside Article 2" with the reason: the user may still file, and the Center decides
 * (R-17.4).
 *
 * @param matter the matter the keywords name, empty when none or both are named (the Requesting Party chooses)
 * @param reasonKey a message key for the reason the statement is likely outside, {@code null} when in scope
 */
public record ScopeAssessment(boolean likelyInScope, Matter matter, String reasonKey, String reason) {

    static final String IP_CATEGORY = "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS";
    static final String COPYRIGHT = "KEYWORD_COPYRIGHT_INFRINGEMENT";
    static final String TRADEMARK = "KEYWORD_TRADEMARK_INFRINGEMENT";

    static ScopeAssessment of(String category, java.util.List<String> keywords) {
        if (!IP_CATEGORY.equals(category)) {
            return new ScopeAssessment(false, null, "sor.scope.otherCategory",
                    "The category " + category + " is not an intellectual property infringement");
        }
        boolean copyright = keywords.contains(COPYRIGHT);
        boolean trademark = keywords.contains(TRADEMARK);
        if (!copyright && !trademark) {
            return new ScopeAssessment(false, null, keywords.isEmpty() ? "sor.scope.noKeyword" : "sor.scope.otherRight",
                    keywords.isEmpty()
                            ? "The Statement names no copyright or trademark infringement keyword"
                            : "The Statement names only other rights (" + String.join(", ", keywords) + ")");
        }
        Matter matter = copyright && trademark ? null : copyright ? Matter.COPYRIGHT : Matter.TRADEMARK;
        return new ScopeAssessment(true, matter, null, null);
    }

    public Optional<Matter> suggestedMatter() {
        return Optional.ofNullable(matter);
    }
}
