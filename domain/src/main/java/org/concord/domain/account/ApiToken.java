package org.concord.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.RuleViolation;

/**
 * A per-account API token for the REST API ({@code Authorization: Bearer …}). The token is 256 random bits, shown
 * once when issued; only its SHA-256 is stored, so a copy of the database does not let anyone call the API. A token
 * is revoked, never deleted, so the audit trail keeps what it did.
 *
 * <p>R-SEC.3 (issue 22): a token expires (its owner chooses when, at most the configured validity ahead) and carries
 * the {@link Scope scopes} chosen when it was issued; outside them it is refused. A token never issues or revokes
 * tokens: that takes a signed-in person (enforced where the caller's way of signing in is known, in the web module).
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.byHash", query = "select t from ApiToken t join fetch t.account where t.tokenHash = :hash")
@NamedQuery(
        name = "ApiToken.ofAccount",
        query = "select t from ApiToken t where t.account = :account order by t.createdAt desc")
public class ApiToken {

    /** Prefix that makes a leaked token recognisable to secret scanners. */
    public static final String PREFIX = "concord_";
    /** How the published tokens of the demo accounts begin ({@link #demo}). */
    public static final String DEMO_PREFIX = PREFIX + "demo_";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** R-SEC.3: what a token may be used for; the owner's roles still decide what the owner may do at all. */
    public enum Scope {
        /** Reading (GET and HEAD). */
        READ,
        /** Filing and other changes the owner may make in their own name. */
        FILE,
        /** Acting for an organisation the owner belongs to (its membership). */
        ACT_FOR_ORGANISATION,
        /** The Center's administration (accounts, invitations, organisations, the security log). */
        ADMINISTER;

        /** The scopes a token gets when none are chosen. */
        public static final Set<Scope> DEFAULT = Set.of(READ);

        /**
         * The scopes worth offering to {@code owner}: {@link #ADMINISTER} only to those who act for the Center, since
         * a scope grants nothing the owner's roles do not.
         */
        public static List<Scope> offeredTo(UserAccount owner) {
            return Arrays.stream(values())
                    .filter(scope -> scope != ADMINISTER || owner.actsForCenter())
                    .toList();
        }
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** The scopes, by name, comma-separated (the set is small and read with the token). */
    @Column(nullable = false, length = 100)
    private String scopes;

    protected ApiToken() {}

    private ApiToken(
            UserAccount account,
            String label,
            String tokenHash,
            Instant createdAt,
            Instant expiresAt,
            Set<Scope> scopes) {
        this.id = UUID.randomUUID();
        this.account = Objects.requireNonNull(account, "account");
        this.label = label;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.scopes = scopes.stream().sorted().map(Scope::name).collect(Collectors.joining(","));
    }

    /**
     * Issues a new token; the plain value is in the result and nowhere else. R-SEC.3: it expires at
     * {@code expiresAt} (none given: {@code now + validity}), which must be after {@code now} and at most
     * {@code validity} ahead; it carries {@code scopes} ({@link Scope#DEFAULT} when none are given).
     */
    public static Issued issue(
            UserAccount account,
            String label,
            Collection<Scope> scopes,
            Instant expiresAt,
            Duration validity,
            Instant now) {
        if (label == null || label.isBlank() || label.length() > 100) {
            throw new IllegalArgumentException("label must have 1 to 100 characters");
        }
        Instant latest = now.plus(validity);
        Instant expiry = expiresAt == null ? latest : expiresAt;
        if (!expiry.isAfter(now) || expiry.isAfter(latest)) {
            throw new RuleViolation("R-SEC.3", "/expiresAt", "rule.token.expiry", validity.toDays(), latest.toString());
        }
        Set<Scope> chosen = scopes == null || scopes.isEmpty() ? Scope.DEFAULT : EnumSet.copyOf(scopes);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String plain = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new ApiToken(account, label.strip(), hash(plain), now, expiry, chosen), plain);
    }

    /**
     * A demo account's token (demo data only, README): its value is published, so that a newcomer's script calls the
     * API of the embedded run at once. It carries every scope and expires {@code validity} after {@code now}, like any
     * other token; its value must start with {@link #DEMO_PREFIX}, so that nobody mistakes it for a secret.
     */
    public static Issued demo(UserAccount account, String plainValue, Duration validity, Instant now) {
        if (!plainValue.startsWith(DEMO_PREFIX)) {
            throw new IllegalArgumentException("a demo token's value starts with " + DEMO_PREFIX);
        }
        return new Issued(
                new ApiToken(
                        account,
                        "Demo (README)",
                        hash(plainValue),
                        now,
                        now.plus(validity),
                        EnumSet.allOf(Scope.class)),
                plainValue);
    }

    /** The stored form of a presented token. */
    public static String hash(String plainToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plainToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /** R-SEC.3: past its expiry a token authenticates nothing. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Not revoked and not expired. */
    public boolean isUsableAt(Instant now) {
        return isActive() && !isExpiredAt(now);
    }

    /** R-SEC.3: whether the token was issued for {@code scope}. */
    public boolean allows(Scope scope) {
        return scopes().contains(scope);
    }

    public Set<Scope> scopes() {
        if (scopes == null || scopes.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(scopes.split(","))
                .map(Scope::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void recordUse(Instant now) {
        lastUsedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UserAccount account() {
        return account;
    }

    public String label() {
        return label;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    /** A freshly issued token with its one-time plain value. */
    public record Issued(ApiToken token, String plainValue) {}
}
