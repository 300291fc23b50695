package org.concord.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.concord.domain.RuleViolation;

/**
 * R-SEC.2: an account's second factors and recovery codes, and what may be done with them. CENTER_ADMIN,
 * CENTER_STAFF and NEUTRAL must have one ({@link UserAccount#requiresSecondFactor}); anyone may add one. Read from the
 * database per use case; the verbs change the {@link TotpFactor} and {@link RecoveryCode}s they were given, and the
 * service persists or deletes what they return.
 *
 * <ul>
 * <li>Sign-in: once the password is right, an account with a factor, or whose role requires one, is signed in only
 * after {@link #accept} took a code (or, lacking a factor, after enrolling one).</li>
 * <li>Enrol: only while the account has no TOTP factor (one app per account; to move it, remove or reset first).</li>
 * <li>Replace (a new phone): with the current password and a code of the new app; where the role requires a factor,
 * this is how it changes.</li>
 * <li>Remove: only with the current password (re-authentication), and never where the role requires a factor (it is
 * replaced instead).</li>
 * <li>Reset by an administrator (a lost device): recorded with a reason ({@link UserAccount#resetSecondFactor}).</li>
 * </ul>
 */
public final class SecondFactors {

    /** How a second step was passed. */
    public enum Use {
        TOTP,
        RECOVERY_CODE
    }

    private final UserAccount account;
    private final TotpFactor totp;
    private final List<RecoveryCode> recoveryCodes;

    public SecondFactors(UserAccount account, Optional<TotpFactor> totp, List<RecoveryCode> recoveryCodes) {
        this.account = Objects.requireNonNull(account, "account");
        this.totp = totp.orElse(null);
        this.recoveryCodes = List.copyOf(recoveryCodes);
    }

    public boolean hasFactor() {
        return totp != null;
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
        if (totp == null || typed == null) {
            return Optional.empty();
        }
        if (RecoveryCode.looksLikeRecoveryCode(typed)) {
            return recoveryCodes.stream()
                    .filter(code -> code.use(typed, at))
                    .findFirst()
                    .map(code -> Use.RECOVERY_CODE);
        }
        return totp.accept(typed, at) ? Optional.of(Use.TOTP) : Optional.empty();
    }

    /** Whether the holder may enrol a TOTP factor now. */
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
        return new Enrolment(factor, RecoveryCode.issue(account.id(), at));
    }

    /** An enrolled factor and its recovery codes (shown once). */
    public record Enrolment(TotpFactor factor, RecoveryCode.Issued recoveryCodes) {}

    /** Whether the holder may remove the factor: they have one and their role does not require one. */
    public boolean mayRemove() {
        return hasFactor()
                && !account.requiresSecondFactor()
                && account.closedAt().isEmpty();
    }

    /**
     * R-SEC.2: the holder removes the factor, re-authenticated by the current password ({@code passwordConfirmed}).
     * The service deletes the factor and the recovery codes.
     */
    public void requireRemoval(boolean passwordConfirmed) {
        if (!hasFactor()) {
            throw new RuleViolation("R-SEC.2", null, "rule.factor.none");
        }
        if (account.requiresSecondFactor()) {
            throw new RuleViolation("R-SEC.2", null, "rule.factor.required");
        }
        if (!passwordConfirmed) {
            throw new RuleViolation("R-SEC.2", "/password", "rule.factor.password");
        }
    }

    /** Whether the holder may move the factor to another app (a new phone): there is one to replace. */
    public boolean mayReplace() {
        return hasFactor() && account.closedAt().isEmpty();
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
