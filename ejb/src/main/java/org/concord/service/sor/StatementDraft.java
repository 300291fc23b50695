package org.concord.service.sor;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.Restriction;
import org.concord.domain.sor.ScopeAssessment;
import org.concord.domain.sor.SorProblem;
import org.concord.domain.sor.StatementOfReasons;
import org.concord.service.Links;

/**
 * An imported Statement of Reasons ready to start a Request: what prefills the form, the scope check (R-SOR.3), the
 * reason as a key and its arguments, the warnings (R-SOR.2; each a key and arguments, which the page and the API resolve in the reader's language) and,
 * only for a caller who is a Party of it, the Procedure that already concerns the same decision (R-SOR.4); the
 * platform organisation whose Transparency Database names include the statement's {@code platform_name}, proposed as
 * the Responding Party (R-ACC.2; staff decide at commencement).
 *
 * @param link where the Requesting Party completes the Request (a platform hands it to its user)
 */
public record StatementDraft(
        UUID id,
        String puid,
        String platformName,
        Set<Restriction> restrictions,
        String decisionGround,
        String category,
        List<String> keywords,
        String contentLanguage,
        List<String> territorialScope,
        LocalDate applicationDate,
        boolean likelyInScope,
        Matter suggestedMatter,
        String scopeReasonKey,
        List<String> scopeReasonArguments,
        List<SorProblem> warnings,
        UUID existingProcedure,
        String link,
        UUID suggestedRespondingParty,
        String suggestedRespondingPartyName)
        implements Serializable {

    static StatementDraft of(
            StatementOfReasons s, List<SorProblem> warnings, UUID existingProcedure, Organisation matched) {
        ScopeAssessment scope = s.scope();
        return new StatementDraft(
                s.id(),
                s.puid(),
                s.platformName(),
                s.restrictions(),
                s.decisionGround(),
                s.category(),
                s.keywords(),
                s.contentLanguage().orElse(null),
                s.territorialScope(),
                s.applicationDate(),
                scope.likelyInScope(),
                scope.matter(),
                scope.reasonKey(),
                scope.reasonArguments(),
                warnings,
                existingProcedure,
                Links.fileRequestFromStatement(s.id()),
                matched == null ? null : matched.id(),
                matched == null ? null : matched.name());
    }
}
