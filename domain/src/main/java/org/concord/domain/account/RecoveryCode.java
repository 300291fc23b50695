package org.concord.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * R-SEC.2: a recovery code, for the holder whose second factor is lost. An account with a factor has
 * {@value #COUNT}; each one works once. A code is 24 random Base32 characters (120 bits, more than the 112 ASVS 6.5.2
 * asks of a lookup secret), shown once, and kept only as its SHA-256 (a random secret of that strength needs no slow
 * hash).
 */
@Entity
@Table(name = "recovery_code")
@NamedQuery(name = "RecoveryCode.ofAccount", query = """
        select c from RecoveryCode c where c.accountId = :account order by c.id""")
@NamedQuery(name = "RecoveryCode.deleteOfAccount", query = "delete from RecoveryCode c where c.accountId = :account")
public class RecoveryCode {

    /** Codes per account. */
    public static final int COUNT = 10;

    /** Characters per code (Base32, 5 bits each). */
    static final int LENGTH = 24;

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    private RecoveryCode(UUID accountId, String plain, Instant at) {
        this.id = UUID.randomUUID();
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.codeHash = hash(plain);
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** New codes: what is stored, and the codes themselves, to be shown to the holder once. */
    public record Issued(List<RecoveryCode> stored, List<String> plain) {}

    /** {@value #COUNT} fresh codes for the account (the service deletes the earlier ones). */
    public static Issued issue(UUID accountId, Instant at) {
        List<RecoveryCode> stored = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = newCode();
            plain.add(code);
            stored.add(new RecoveryCode(accountId, code, at));
        }
        return new Issued(List.copyOf(stored), List.copyOf(plain));
    }

    /** Whether this unused code is {@code typed} (case, spaces and dashes ignored); if so it is used up. */
    public boolean use(String typed, Instant at) {
        if (usedAt != null || typed == null) {
            return false;
        }
        if (!MessageDigest.isEqual(
                codeHash.getBytes(StandardCharsets.US_ASCII), hash(typed).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        usedAt = Objects.requireNonNull(at, "at");
        return true;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public Optional<Instant> usedAt() {
        return Optional.ofNullable(usedAt);
    }

    public UUID accountId() {
        return accountId;
    }

    /** Groups of four, as shown: {@code abcd-efgh-…}. */
    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Whether {@code typed} has the shape of a recovery code (and not of a 6-digit TOTP code). */
    static boolean looksLikeRecoveryCode(String typed) {
        return typed != null && normalise(typed).length() == LENGTH;
    }

    private static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String hash(String typed) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(normalise(typed).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
