package org.concord.service.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.account.Role;

/**
 * R-ACC.6 (GDPR Art. 15 and 20): everything Concord holds about the caller, as one JSON document: the account, its
 * roles and recorded changes, sign-ins, API token labels, second factors, its Procedures and mediations with its role in each, what
 * its side filed and what it wrote in them, and the mails sent to it. Nothing of another person beyond ids and references the caller may
 * already read.
 */
public record PersonalData(
        Instant exportedAt,
        Account account,
        List<AccountDetail.ChangeView> changes,
        List<ProfileView.SessionView> signIns,
        List<Token> apiTokens,
        List<SecondFactor> secondFactors,
        List<Membership> procedures,
        List<Membership> mediations,
        List<Filing> filings,
        List<Writing> writings,
        List<Mail> mails) {

    public record Account(
            UUID id,
            String email,
            String displayName,
            String language,
            String domicile,
            String timeZone,
            Set<Role> roles,
            Instant createdAt,
            String termsVersion,
            Instant termsAcceptedAt) {}

    public record Token(String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}

    /** R-SEC.2: an authenticator app ({@code TOTP}) or a passkey (with its name): never a secret or a key. */
    public record SecondFactor(String kind, String name, Instant addedAt, Instant lastUsedAt) {}

    /** A Procedure or mediation the account takes part in, its role there and its state. */
    public record Membership(UUID id, String reference, String role, String state, Instant since) {}

    /**
     * Something filed in a Procedure by the side the account took part as (Request, Answer, Resolution), and for a
     * Request its description and remedy as filed.
     */
    public record Filing(UUID id, UUID procedure, String kind, Instant filedAt, String description, String remedy) {}

    /** A communication or mediation message the account wrote. */
    public record Writing(UUID id, String in, String kind, Instant sentAt, String text) {}

    public record Mail(String subject, String body, Instant queuedAt, Instant sentAt) {}
}
