package org.concord.domain.account;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.concord.domain.RuleViolation;

/**
 * R-SEC.2: an account's TOTP factor (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps, as every authenticator app
 * reads an {@code otpauth://} QR code). A code is accepted in the current step or one step either side
 * ({@link #ALLOWED_STEPS}: clocks drift and people type slowly), and only once (ASVS 6.5.1): the last step used is
 * kept, and a code of that step or an earlier one is refused. The secret is kept as the app holds it (Base32): the
 * server must compute the codes, so it cannot be hashed.
 */
@Entity
@Table(name = "totp_factor")
public class TotpFactor implements SecondFactor {

    /** Seconds per step (RFC 6238's default, the only value apps agree on). */
    public static final int PERIOD_SECONDS = 30;

    /** Digits per code. */
    public static final int DIGITS = 6;

    /** Steps accepted either side of the current one. */
    public static final int ALLOWED_STEPS = 1;

    private static final Pattern CODE = Pattern.compile("^[0-9]{" + DIGITS + "}$");

    private static final Pattern SECRET = Pattern.compile("^[A-Z2-7]{16,64}$");

    private static final CodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    /** The last time-step whose code was accepted; {@code null} before the first use. */
    @Column(name = "last_used_step")
    private Long lastUsedStep;

    protected TotpFactor() {}

    private TotpFactor(UUID accountId, String secret, Instant enrolledAt) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.secret = requireSecret(secret);
        this.enrolledAt = Objects.requireNonNull(enrolledAt, "enrolledAt");
    }

    /**
     * The demo data's factor (demo mode only, {@code concord.demo.enabled}): the README publishes its secret so that
     * whoever tries Concord out can compute the codes; no code proves it at enrolment.
     */
    public static TotpFactor forDemo(UUID accountId, String secret, Instant at) {
        return new TotpFactor(accountId, secret, at);
    }

    /** A fresh random secret: 32 Base32 characters, 160 bits (RFC 4226 recommends 160). */
    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /**
     * R-SEC.2: the holder proves the app holds {@code secret} by typing its current code; the factor is enrolled and
     * that code's step is used up. A wrong code, or no secret offered: refused, nothing enrolled.
     */
    public static TotpFactor enrol(UUID accountId, String secret, String code, Instant at) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            // The secret the page offered is gone (the page was left open too long): no code can prove it.
            throw new RuleViolation("R-SEC.2", "/code", "rule.factor.wrongCode");
        }
        TotpFactor factor = new TotpFactor(accountId, secret, at);
        if (!factor.accept(code, at)) {
            throw new RuleViolation("R-SEC.2", "/code", "rule.factor.wrongCode");
        }
        return factor;
    }

    /**
     * R-SEC.2: the holder moves to another app (a new phone) holding {@code newSecret}, proven by its current code;
     * the former app's codes stop working at once.
     */
    void replace(String newSecret, String code, Instant at) {
        TotpFactor proven = enrol(accountId, newSecret, code, at);
        this.secret = proven.secret;
        this.enrolledAt = proven.enrolledAt;
        this.lastUsedStep = proven.lastUsedStep;
    }

    /**
     * Whether {@code code} (spaces allowed) is the code of a step within {@link #ALLOWED_STEPS} of {@code at} that was
     * not used yet; if so, that step and every earlier one are used up.
     */
    public boolean accept(String code, Instant at) {
        String typed = normalise(code);
        if (!CODE.matcher(typed).matches()) {
            return false;
        }
        long current = stepAt(at);
        for (long step = current - ALLOWED_STEPS; step <= current + ALLOWED_STEPS; step++) {
            if (lastUsedStep != null && step <= lastUsedStep) {
                continue;
            }
            if (MessageDigest.isEqual(
                    codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                lastUsedStep = step;
                return true;
            }
        }
        return false;
    }

    /** The time-step of {@code at} (RFC 6238: seconds since the epoch divided by the period). */
    public static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code of {@code secret} in time-step {@code step}. */
    public static String codeAt(String secret, long step) {
        try {
            return GENERATOR.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalArgumentException("not a TOTP secret", e);
        }
    }

    private static String requireSecret(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            throw new IllegalArgumentException("a TOTP secret is 16 to 64 Base32 characters");
        }
        return secret;
    }

    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    @Override
    public Kind kind() {
        return Kind.TOTP;
    }

    @Override
    public UUID accountId() {
        return accountId;
    }

    @Override
    public Instant enrolledAt() {
        return enrolledAt;
    }

    /** The secret, for the QR code at enrolment and for nothing else. */
    public String secret() {
        return secret;
    }
}
