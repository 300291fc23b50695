package org.concord.domain.mediation;

import java.util.Locale;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;

/**
 * R-M1, 15(a): what a request for mediation must hold before a {@link Mediation} exists: a Party asking, another
 * Party named by its e-mail address (in a DCTI Procedure, the other Party of that Procedure), a summary of the dispute
 * and an ISO 639-1 language. The values as checked and normalised.
 */
record MediationRequest(String otherParty, String summary, String language) {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** R-M1: refuses a request that is not a Party's, names no other Party, or lacks a summary or a language. */
    static MediationRequest of(UserAccount requester, String otherParty, String summary, String language) {
        if (requester == null || !requester.hasRole(Role.PARTY)) {
            throw new RuleViolation("R-M1", null, "rule.mediation.notParty");
        }
        String other;
        try {
            other = UserAccount.normaliseEmail(otherParty);
        } catch (IllegalArgumentException notAnAddress) {
            throw new RuleViolation("R-M1", "/otherParty", "rule.mediation.otherParty");
        }
        if (other.equals(requester.email())) {
            throw new RuleViolation("R-M1", "/otherParty", "rule.mediation.sameParty");
        }
        String text = summary == null ? "" : summary.strip();
        if (text.isEmpty() || text.length() > Mediation.SUMMARY_MAX_CHARS) {
            throw new RuleViolation("R-M1", "/summary", "rule.mediation.summary", Mediation.SUMMARY_MAX_CHARS);
        }
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            throw new RuleViolation("R-M1", "/language", "rule.mediation.language", language);
        }
        return new MediationRequest(other, text, lang);
    }

    /**
     * 15(a): the other Party of a DCTI Procedure that has not ended, asked by one of its Parties; the Responding Party
     * is there only from commencement.
     */
    static UserAccount otherPartyIn(Procedure procedure, UserAccount requester) {
        if (procedure.state().hasEnded()) {
            throw new RuleViolation("R-15", null, "rule.mediation.procedureEnded");
        }
        ParticipantRole role = procedure
                .circle()
                .participationOf(requester)
                .map(p -> p.role())
                .filter(r -> r == ParticipantRole.REQUESTING_PARTY || r == ParticipantRole.RESPONDING_PARTY)
                .orElseThrow(() -> new RuleViolation("R-15", null, "rule.mediation.notProcedureParty"));
        ParticipantRole otherRole = role == ParticipantRole.REQUESTING_PARTY
                ? ParticipantRole.RESPONDING_PARTY
                : ParticipantRole.REQUESTING_PARTY;
        return procedure
                .circle()
                .participant(otherRole)
                .orElseThrow(() -> new RuleViolation("R-15", null, "rule.mediation.notCommenced"));
    }
}
