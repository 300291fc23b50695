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
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * A per-account API token for the REST API ({@code Authorization: Bearer …}). The token is 256 random bits, shown
 * once when issued; only its SHA-256 is stored, so a copy of the database does not let anyone call the API. A token
 * is revoked, never deleted, so the audit trail keeps what it did.
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

    private static final SecureRandom RANDOM = new SecureRandom();

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

    protected ApiToken() {}

    private ApiToken(UserAccount account, String label, String tokenHash, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.account = Objects.requireNonNull(account, "account");
        this.label = label;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** Issues a new token; the plain value is in the result and nowhere else. */
    public static Issued issue(UserAccount account, String label, Instant now) {
        if (label == null || label.isBlank() || label.length() > 100) {
            throw new IllegalArgumentException("label must have 1 to 100 characters");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String plain = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new ApiToken(account, label.strip(), hash(plain), now), plain);
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
