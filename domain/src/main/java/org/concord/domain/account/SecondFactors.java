package org.concord.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;

/**
 * R-SEC.2: an account's second factors and recovery codes, and what may be done with them. CENTER_ADMIN,
 * CENTER_STAFF and NEUTRAL must have one ({@link UserAccount#requiresSecondFactor}); anyone may add one. Read from the
 * database per use case; the verbs change the {@link TotpFactor} and {@link RecoveryCode}s they were given, and the
 * service persists or deletes what they return.
 *
 * <ul>
 * <li>Sign-in: once the password is right, an account with a factor, or whose role requires one, is signed in only
 * after {@link #accept} took a code or {@link #acceptPasskey} an assertion of one of its passkeys (or, lacking a
 * factor, after enrolling one). A passkey verified by the authenticator's PIN or biometrics also signs in without a
 * password ({@link #acceptPasskeyWithoutPassword}): it is two factors in one.</li>
 * <li>Passkeys: up to {@value #PASSKEYS_MAX}, added by the holder; the first factor of an account brings its recovery
 * codes, whichever kind it is.</li>
 * <li>Enrol: only while the account has no TOTP factor (one app per account; to move it, remove or reset first).</li>
 * <li>Replace (a new phone): with the current password and a code of the new app; where the role requires a factor,
 * this is how it changes.</li>
 * <li>Remove (the TOTP app or a passkey): only with the current password (re-authentication), and never the last
 * factor where the role requires one (it is replaced, or another one added first). The recovery codes go with the
 * last factor.</li>
 * <li>Reset by an administrator (a lost device): recorded with a reason ({@link UserAccount#resetSecondFactor}).</li>
 * </ul>
 */
public final class SecondFactors {

    /** How a second step was passed. */
    public enum Use {
        TOTP,
        RECOVERY_CODE,
        PASSKEY
    }

    /** The most passkeys an account may have (a handful of devices and keys; a bound on what a sign-in offers). */
    public static final int PASSKEYS_MAX = 10;

    private final UserAccount account;
    private final TotpFactor totp;
    private final List<Passkey> passkeys;
    private final List<RecoveryCode> recoveryCodes;

    public SecondFactors(
            UserAccount account, Optional<TotpFactor> totp, List<Passkey> passkeys, List<RecoveryCode> recoveryCodes) {
        this.account = Objects.requireNonNull(account, "account");
        this.totp = totp.orElse(null);
        this.passkeys = List.copyOf(passkeys);
        this.recoveryCodes = List.copyOf(recoveryCodes);
    }

    /** An account without passkeys (a TOTP app at most). */
    public SecondFactors(UserAccount account, Optional<TotpFactor> totp, List<RecoveryCode> recoveryCodes) {
        this(account, totp, List.of(), recoveryCodes);
    }

    public boolean hasFactor() {
        return totp != null || !passkeys.isEmpty();
    }

    /** The account's passkeys, the oldest first. */
    public List<Passkey> passkeys() {
        return passkeys;
    }

    private int factorCount() {
        return (totp == null ? 0 : 1) + passkeys.size();
    }

    public Optional<TotpFactor> totp() {
        return Optional.ofNullable(totp);
    }

    /** Whether a sign-in with the right password must go on to a second step (a code, or an enrolment). */
    public boolean secondStepRequired() {
        return hasFactor() || account.requiresSecondFactor();
    }

    /** Whether the second step is an enrolment: the role requires a factor and the account has none. */
    public boolean enrolmentRequired() {
        return !hasFactor() && account.requiresSecondFactor();
    }

    /** Unused recovery codes left. */
    public long recoveryCodesLeft() {
        return recoveryCodes.stream().filter(code -> !code.isUsed()).count();
    }

    /**
     * R-SEC.2, ASVS 6.5.1: {@code typed} is a current code of the TOTP factor not used before, or an unused recovery
     * code; whichever it was is used up. Empty: refused (the caller counts a failure, R-SEC.1).
     */
    public Optional<Use> accept(String typed, Instant at) {
        if (!hasFactor() || typed == null) {
            return Optional.empty();
        }
        if (RecoveryCode.looksLikeRecoveryCode(typed)) {
            return recoveryCodes.stream()
                    .filter(code -> code.use(typed, at))
                    .findFirst()
                    .map(code -> Use.RECOVERY_CODE);
        }
        return totp != null && totp.accept(typed, at) ? Optional.of(Use.TOTP) : Optional.empty();
    }

    /**
     * R-SEC.2: the second step by a passkey: {@code response} is an assertion, for {@code challenge}, of one of this
     * account's passkeys (user verification not required: the password was the first factor). The passkey's counter
     * moves on. Empty: refused (the caller counts a failure, R-SEC.1).
     */
    public Optional<Use> acceptPasskey(RelyingParty party, String response, byte[] challenge, Instant at) {
        return passkeyAnswering(response)
                .filter(passkey -> party.accept(passkey, response, challenge, false, at))
                .map(passkey -> Use.PASSKEY);
    }

    /**
     * R-SEC.2: a sign-in without a password: {@code response} is an assertion of one of this account's passkeys,
     * verified by the authenticator (its PIN or biometrics: something the holder has and something they know or are).
     * Refused for an account that cannot sign in (unconfirmed, disabled, closed).
     */
    public boolean acceptPasskeyWithoutPassword(RelyingParty party, String response, byte[] challenge, Instant at) {
        return account.isUsable()
                && passkeyAnswering(response)
                        .filter(passkey -> party.accept(passkey, response, challenge, true, at))
                        .isPresent();
    }

    private Optional<Passkey> passkeyAnswering(String response) {
        return RelyingParty.credentialIdOf(response)
                .flatMap(id -> passkeys.stream()
                        .filter(passkey -> passkey.credentialId().equals(id))
                        .findFirst());
    }

    /** Whether the holder may add a passkey now: the account is open and has fewer than {@value #PASSKEYS_MAX}. */
    public boolean mayAddPasskey() {
        return account.closedAt().isEmpty() && passkeys.size() < PASSKEYS_MAX;
    }

    /**
     * R-SEC.2: the holder adds {@code passkey} (registered by {@link RelyingParty#register}); if it is the account's
     * first factor, its recovery codes come with it (to persist, and to show once).
     */
    public Optional<RecoveryCode.Issued> addPasskey(Passkey passkey, Instant at) {
        if (account.closedAt().isPresent()) {
            throw new RuleViolation("R-SEC.2", null, "rule.factor.none");
        }
        if (passkeys.size() >= PASSKEYS_MAX) {
            throw new RuleViolation("R-SEC.2", "/passkeyName", "rule.passkey.tooMany", PASSKEYS_MAX);
        }
        if (passkeys.stream().anyMatch(p -> p.name().equalsIgnoreCase(passkey.name()))) {
            throw new RuleViolation("R-SEC.2", "/passkeyName", "rule.passkey.nameTaken");
        }
        return hasFactor() ? Optional.empty() : Optional.of(RecoveryCode.issue(account.id(), at));
    }

    /**
     * Whether the holder may remove the passkey {@code id}: it is theirs, and it is not the last factor of a role
     * that requires one.
     */
    public boolean mayRemovePasskey(UUID id) {
        return passkeys.stream().anyMatch(p -> p.id().equals(id))
                && account.closedAt().isEmpty()
                && (!account.requiresSecondFactor() || factorCount() > 1);
    }

    /**
     * R-SEC.2: the holder removes the passkey {@code id}, re-authenticated by the current password; returns it (the
     * service deletes it, with the recovery codes when it was the last factor: {@link #isLastFactor}). Another
     * account's passkey is not found.
     */
    public Passkey requirePasskeyRemoval(UUID id, boolean passwordConfirmed) {
        Passkey passkey =
                passkeys.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(NotFound::new);
        if (account.requiresSecondFactor() && factorCount() == 1) {
            throw new RuleViolation("R-SEC.2", null, "rule.factor.required");
        }
        if (!passwordConfirmed) {
            throw new RuleViolation("R-SEC.2", "/password", "rule.factor.password");
        }
        return passkey;
    }

    /** Whether the account has exactly one factor (removing it removes the recovery codes too). */
    public boolean isLastFactor() {
        return factorCount() == 1;
    }

    /** Whether the holder may enrol a TOTP app now (one per account). */
    public boolean mayEnrol() {
        return account.closedAt().isEmpty() && totp == null;
    }

    /**
     * R-SEC.2: the holder enrols the app holding {@code secret}, proving it with a current code; returns the factor
     * (to persist) with a first set of recovery codes.
     */
    public Enrolment enrol(String secret, String code, Instant at) {
        if (!mayEnrol()) {
            throw new RuleViolation("R-SEC.2", null, "rule.factor.alreadyEnrolled");
        }
        TotpFactor factor = TotpFactor.enrol(account.id(), secret, code, at);
        return new Enrolment(
                factor, hasFactor() ? Optional.empty() : Optional.of(RecoveryCode.issue(account.id(), at)));
    }

    /** An enrolled app and, if it is the account's first factor, its recovery codes (shown once). */
    public record Enrolment(TotpFactor factor, Optional<RecoveryCode.Issued> recoveryCodes) {}

    /**
     * Whether the holder may remove the TOTP app: there is one, and it is not the last factor of a role that requires
     * one.
     */
    public boolean mayRemove() {
        return totp != null
                && (!account.requiresSecondFactor() || factorCount() > 1)
                && account.closedAt().isEmpty();
    }

    /**
     * R-SEC.2: the holder removes the TOTP app, re-authenticated by the current password ({@code passwordConfirmed}).
     * The service deletes it, and the recovery codes when it was the last factor ({@link #isLastFactor}).
     */
    public void requireRemoval(boolean passwordConfirmed) {
        if (totp == null) {
            throw new RuleViolation("R-SEC.2", null, "rule.factor.none");
        }
        if (account.requiresSecondFactor() && factorCount() == 1) {
            throw new RuleViolation("R-SEC.2", null, "rule.factor.required");
        }
        if (!passwordConfirmed) {
            throw new RuleViolation("R-SEC.2", "/password", "rule.factor.password");
        }
    }

    /** Whether the holder may move the factor to another app (a new phone): there is one to replace. */
    public boolean mayReplace() {
        return totp != null && account.closedAt().isEmpty();
    }

    /**
     * R-SEC.2: the holder replaces the app by the one holding {@code secret}, re-authenticated by the current password
     * ({@code passwordConfirmed}) and proven by the new app's code; the old app's codes stop working and a new set of
     * recovery codes replaces the old one (the service deletes the old codes). Where a role requires a factor, this
     * is how it changes: it is never removed.
     */
    public RecoveryCode.Issued replace(String secret, String code, boolean passwordConfirmed, Instant at) {
        if (!mayReplace()) {
            throw new RuleViolation("R-SEC.2", null, "rule.factor.none");
        }
        if (!passwordConfirmed) {
            throw new RuleViolation("R-SEC.2", "/password", "rule.factor.password");
        }
        totp.replace(secret, code, at);
        return RecoveryCode.issue(account.id(), at);
    }

    /** Whether the holder may replace the recovery codes (the old ones stop working). */
    public boolean mayRegenerateRecoveryCodes() {
        return hasFactor() && account.closedAt().isEmpty();
    }

    /** R-SEC.2: a new set of recovery codes (the service deletes the old ones). */
    public RecoveryCode.Issued regenerateRecoveryCodes(Instant at) {
        if (!mayRegenerateRecoveryCodes()) {
            throw new RuleViolation("R-SEC.2", null, "rule.factor.none");
        }
        return RecoveryCode.issue(account.id(), at);
    }

    /** Whether an administrator may reset the factor (a lost device): there is one to reset. */
    public boolean mayReset() {
        return hasFactor() && account.closedAt().isEmpty();
    }
}
