package org.concord.service.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.concord.domain.NotFound;
import org.concord.domain.account.RecoveryCode;
import org.concord.domain.account.SecondFactors;
import org.concord.domain.account.TotpFactor;
import org.concord.domain.account.UserAccount;
import org.concord.domain.security.SecurityEvent;
import org.concord.service.security.SecurityLog;

/**
 * R-SEC.2: second factors. The holder enrols a TOTP app, replaces the recovery codes, removes the factor with the
 * password; an account whose role requires a factor and has none enrols one during its sign-in. The rules are the
 * domain's {@link SecondFactors}; the code check of a sign-in is {@link SignInService#passSecondStep} (throttled, R-SEC.1).
 * Every change is in the security log (R-SEC.7).
 */
@Stateless
public class SecondFactorService {

    /** What follows a right password in a form sign-in. */
    public enum SecondStep {
        /** Nothing: signed in. */
        NONE,
        /** A code of the factor, or a recovery code. */
        CODE,
        /** The role requires a factor and there is none: enrol one now. */
        ENROL
    }

    /** The holder's second factor as the account page shows it, with what may be done now. */
    public record FactorView(
            boolean enrolled,
            Instant enrolledAt,
            long recoveryCodesLeft,
            boolean required,
            boolean mayEnrol,
            boolean mayRemove,
            boolean mayRegenerate,
            boolean mayReplace) {}

    @Inject
    private Accounts accounts;

    @Inject
    private SecondFactorStore factors;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /**
     * After the password of {@code email} was found right (the web's sign-in asks before it signs the caller in):
     * whether a second step follows, and which.
     */
    @PermitAll
    public SecondStep stepAfterPassword(String email) {
        return accounts.findByEmail(email)
                .map(factors::of)
                .map(found -> found.enrolmentRequired()
                        ? SecondStep.ENROL
                        : found.secondStepRequired() ? SecondStep.CODE : SecondStep.NONE)
                .orElse(SecondStep.NONE);
    }

    /**
     * R-SEC.2: the enrolment step of a sign-in: the account of {@code email}, whose password was right a moment ago,
     * whose role requires a factor and which has none, enrols the app holding {@code secret}. Returns the recovery
     * codes, to be shown once. Refused for an account that needs no enrolment (it has a factor, or needs none).
     */
    @PermitAll
    public List<String> enrolAtSignIn(String email, String secret, String code) {
        UserAccount account = accounts.findByEmail(email).orElseThrow(NotFound::new);
        SecondFactors found = factors.of(account);
        if (!found.enrolmentRequired() || !account.isUsable()) {
            throw new NotFound();
        }
        return enrol(account, found, secret, code);
    }

    /** The caller's second factor. */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public FactorView mine() {
        UserAccount account = caller();
        SecondFactors found = factors.of(account);
        return new FactorView(
                found.hasFactor(),
                found.totp().map(TotpFactor::enrolledAt).orElse(null),
                found.recoveryCodesLeft(),
                account.requiresSecondFactor(),
                found.mayEnrol(),
                found.mayRemove(),
                found.mayRegenerateRecoveryCodes(),
                found.mayReplace());
    }

    /** R-SEC.2: the caller enrols the app holding {@code secret}, proven by its current code; the recovery codes. */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public List<String> enrol(String secret, String code) {
        UserAccount account = caller();
        return enrol(account, factors.of(account), secret, code);
    }

    /**
     * R-SEC.2: the caller moves the factor to the app holding {@code secret} (a new phone), re-authenticated by the
     * current password and proven by the new app's code; returns the new recovery codes.
     */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public List<String> replace(String currentPassword, String secret, String code) {
        UserAccount account = caller();
        boolean confirmed = passwordConfirmed(account, currentPassword);
        // The authenticator app counts real time: concord.clock.offset (test systems) must not move the steps.
        RecoveryCode.Issued issued = factors.of(account).replace(secret, code, confirmed, Instant.now());
        factors.replaceRecoveryCodes(account, issued);
        securityLog.record(
                SecurityEvent.Type.SECOND_FACTOR_ENROLLED, account.id(), account.id(), "factor=totp,replaced");
        return issued.plain();
    }

    /** R-SEC.2: new recovery codes for the caller; the earlier ones stop working. */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public List<String> regenerateRecoveryCodes() {
        UserAccount account = caller();
        RecoveryCode.Issued issued = factors.of(account).regenerateRecoveryCodes(clock.instant());
        factors.replaceRecoveryCodes(account, issued);
        securityLog.record(
                SecurityEvent.Type.RECOVERY_CODES_REGENERATED,
                account.id(),
                account.id(),
                "count=" + issued.plain().size());
        return issued.plain();
    }

    /**
     * R-SEC.2: the caller removes the factor, re-authenticated by the current password; refused where the role
     * requires a factor.
     */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public void remove(String currentPassword) {
        UserAccount account = caller();
        factors.of(account).requireRemoval(passwordConfirmed(account, currentPassword));
        factors.removeAll(account);
        securityLog.record(SecurityEvent.Type.SECOND_FACTOR_REMOVED, account.id(), account.id(), "factor=totp");
    }

    private List<String> enrol(UserAccount account, SecondFactors found, String secret, String code) {
        // The authenticator app counts real time: concord.clock.offset (test systems) must not move the steps.
        SecondFactors.Enrolment enrolment = found.enrol(secret, code, Instant.now());
        factors.add(enrolment.factor());
        factors.replaceRecoveryCodes(account, enrolment.recoveryCodes());
        securityLog.record(SecurityEvent.Type.SECOND_FACTOR_ENROLLED, account.id(), account.id(), "factor=totp");
        return enrolment.recoveryCodes().plain();
    }

    private boolean passwordConfirmed(UserAccount account, String currentPassword) {
        return currentPassword != null
                && !currentPassword.isEmpty()
                && hashing.verify(currentPassword, account.passwordHash()).matches();
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
