package org.concord.web.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.Restriction;
import org.concord.domain.sor.SorProblem;
import org.concord.service.sor.StatementDraft;

/**
 * A {@link StatementDraft} as the API writes it (R-SOR.1–R-SOR.4): the same properties under the same names, with
 * each warning's key and arguments resolved in the caller's {@code Accept-Language} by {@link MessageResolver}
 * (issue 20). A warning is written {@code {"pointer", "ruleId", "message"}}, as before.
 */
public record StatementDraftView(
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
        String scopeReason,
        List<Finding> warnings,
        UUID existingProcedure,
        String link,
        UUID suggestedRespondingParty,
        String suggestedRespondingPartyName) {

    /** One warning (R-SOR.2): where, the rule and what it says in the caller's language. */
    public record Finding(String pointer, String ruleId, String message) {

        static Finding of(SorProblem problem, MessageResolver texts) {
            return new Finding(problem.pointer(), problem.ruleId(), texts.text(problem));
        }
    }

    static StatementDraftView of(StatementDraft d, MessageResolver texts) {
        return new StatementDraftView(
                d.id(),
                d.puid(),
                d.platformName(),
                d.restrictions(),
                d.decisionGround(),
                d.category(),
                d.keywords(),
                d.contentLanguage(),
                d.territorialScope(),
                d.applicationDate(),
                d.likelyInScope(),
                d.suggestedMatter(),
                d.scopeReasonKey() == null
                        ? null
                        : texts.text(
                                d.scopeReasonKey(), d.scopeReasonArguments().toArray()),
                d.warnings().stream().map(w -> Finding.of(w, texts)).toList(),
                d.existingProcedure(),
                d.link(),
                d.suggestedRespondingParty(),
                d.suggestedRespondingPartyName());
    }
}
