package org.concord.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.RuleViolation;

/**
 * A single-use link Concord sends by e-mail to prove that the holder reads an address: confirming it (R-ACC.1),
 * resetting the password (R-ACC.4), confirming a new address. The token is 256 random bits, shown once in the mail;
 * only its SHA-256 is stored. A link works once and until it expires; a used or expired link changes nothing.
 */
@Entity
@Table(name = "account_link")
@NamedQuery(
        name = "AccountLink.byHash",
        query = "select l from AccountLink l join fetch l.account where l.tokenHash = :hash")
@NamedQuery(
        name = "AccountLink.openOf",
        query = "select l from AccountLink l where l.account = :account and l.purpose = :purpose"
                + " and l.usedAt is null")
public class AccountLink {

    /** What the link proves, and how long it may be used. */
    public enum Purpose {
        /** R-ACC.1: a new account's address; 24 hours. */
        CONFIRM_EMAIL(Duration.ofHours(24), "R-ACC.1"),
        /** R-ACC.4: a forgotten password; 30 minutes. */
        RESET_PASSWORD(Duration.ofMinutes(30), "R-ACC.4"),
        /** R-ACC.6: a new address for an existing account (the payload); 24 hours. */
        CHANGE_EMAIL(Duration.ofHours(24), "R-ACC.6");

        private final Duration validity;
        private final String ruleId;

        Purpose(Duration validity, String ruleId) {
            this.validity = validity;
            this.ruleId = ruleId;
        }

        public Duration validity() {
            return validity;
        }

        public String ruleId() {
            return ruleId;
        }
    }

    /** A link just made, with its token: the token goes into the mail and is never stored. */
    public record Issued(AccountLink link, String token) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(length = 254)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountLink() {}

    private AccountLink(UserAccount account, Purpose purpose, String tokenHash, String payload, Instant at) {
        this.id = UUID.randomUUID();
        this.account = Objects.requireNonNull(account, "account");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.tokenHash = tokenHash;
        this.payload = payload;
        this.createdAt = at;
        this.expiresAt = at.plus(purpose.validity());
    }

    /**
     * A new link for {@code account}; {@code payload} is what the link confirms beyond the account (the new address
     * of a change), or {@code null}.
     */
    public static Issued issue(UserAccount account, Purpose purpose, String payload, Instant at) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new AccountLink(account, purpose, hash(token), payload, at), token);
    }

    /** The stored form of a token (SHA-256, hex), to look a link up by. */
    public static String hash(String token) {
        return ApiToken.hash(token);
    }

    /**
     * The holder follows the link: it is used up now. Refused (with the purpose's rule, field {@code /token}) when
     * it was used already, expired, or is for another purpose.
     */
    public UserAccount use(Purpose expected, Instant at) {
        if (purpose != expected) {
            throw new RuleViolation(expected.ruleId(), "/token", "rule.link.invalid");
        }
        if (usedAt != null) {
            throw new RuleViolation(purpose.ruleId(), "/token", "rule.link.used");
        }
        if (!at.isBefore(expiresAt)) {
            throw new RuleViolation(purpose.ruleId(), "/token", "rule.link.expired");
        }
        usedAt = at;
        return account;
    }

    /** A newer link was asked for: this one no longer works. */
    public void withdraw(Instant at) {
        if (usedAt == null) {
            usedAt = at;
        }
    }

    public boolean isUsable(Instant at) {
        return usedAt == null && at.isBefore(expiresAt);
    }

    public UUID id() {
        return id;
    }

    public UserAccount account() {
        return account;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Optional<String> payload() {
        return Optional.ofNullable(payload);
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
