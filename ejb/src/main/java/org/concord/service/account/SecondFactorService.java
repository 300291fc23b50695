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
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Passkey;
import org.concord.domain.account.RecoveryCode;
import org.concord.domain.account.RelyingParty;
import org.concord.domain.account.SecondFactors;
import org.concord.domain.account.TotpFactor;
import org.concord.domain.account.UserAccount;
import org.concord.domain.security.SecurityEvent;
import org.concord.service.security.SecurityLog;

/**
 * R-SEC.2: second factors. The holder enrols a TOTP app, adds passkeys, replaces the recovery codes, removes a factor
 * with the password; an account whose role requires a factor and has none enrols one during its sign-in. The rules
 * are the domain's {@link SecondFactors}, the WebAuthn ceremonies {@link RelyingParty}'s; the checks of a sign-in are
 * {@link SignInService#passSecondStep}, {@link SignInService#passSecondStepWithPasskey} and
 * {@link SignInService#signInWithPasskey} (throttled, R-SEC.1). Every change is in the security log (R-SEC.7).
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

    /**
     * The holder's second factors as the account page shows them, with what may be done now: {@code enrolled} and
     * {@code enrolledAt} are the TOTP app's, {@code anyFactor} whether there is an app or a passkey.
     */
    public record FactorView(
            boolean enrolled,
            Instant enrolledAt,
            boolean anyFactor,
            long recoveryCodesLeft,
            boolean required,
            boolean mayEnrol,
            boolean mayRemove,
            boolean mayRegenerate,
            boolean mayReplace,
            List<PasskeyView> passkeys,
            boolean mayAddPasskey) {}

    /** One of the holder's passkeys: its name, when it was added and last used, whether it syncs, if it may go. */
    public record PasskeyView(
            UUID id, String name, Instant addedAt, Instant lastUsedAt, boolean synced, boolean mayRemove) {}

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

    @Inject
    private RelyingParty relyingParty;

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
                found.totp().isPresent(),
                found.totp().map(TotpFactor::enrolledAt).orElse(null),
                found.hasFactor(),
                found.recoveryCodesLeft(),
                account.requiresSecondFactor(),
                found.mayEnrol(),
                found.mayRemove(),
                found.mayRegenerateRecoveryCodes(),
                found.mayReplace(),
                found.passkeys().stream()
                        .map(passkey -> new PasskeyView(
                                passkey.id(),
                                passkey.name(),
                                passkey.enrolledAt(),
                                passkey.lastUsedAt().orElse(null),
                                passkey.backedUp(),
                                found.mayRemovePasskey(passkey.id())))
                        .toList(),
                found.mayAddPasskey());
    }

    /**
     * R-SEC.2: the options for the caller's browser to create a passkey ({@code navigator.credentials.create()}), for
     * {@code challenge} (the web keeps it until the answer comes).
     */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public String passkeyCreationOptions(byte[] challenge) {
        UserAccount account = caller();
        return relyingParty.creationOptions(account, factors.of(account).passkeys(), challenge);
    }

    /**
     * R-SEC.2: the caller adds the passkey that the browser created ({@code response}, WebAuthn's registration JSON)
     * for {@code challenge}, named {@code name}. Returns the recovery codes if it is the account's first factor (shown
     * once), else none.
     */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public List<String> addPasskey(String name, String response, byte[] challenge) {
        UserAccount account = caller();
        SecondFactors found = factors.ofForUpdate(account);
        Passkey passkey = relyingParty.register(account.id(), name, response, challenge, clock.instant());
        if (factors.accountOfPasskey(passkey.credentialId()).isPresent()) {
            // The browser excludes the account's own passkeys; a credential id already stored is a replayed answer.
            throw new RuleViolation("R-SEC.2", "/passkey", "rule.passkey.refused");
        }
        Optional<RecoveryCode.Issued> issued = found.addPasskey(passkey, clock.instant());
        factors.add(passkey);
        issued.ifPresent(codes -> factors.replaceRecoveryCodes(account, codes));
        securityLog.record(
                SecurityEvent.Type.SECOND_FACTOR_ENROLLED,
                account.id(),
                account.id(),
                "factor=passkey,passkey=" + passkey.id());
        return issued.map(RecoveryCode.Issued::plain).orElse(List.of());
    }

    /**
     * R-SEC.2: the caller removes the passkey {@code id}, re-authenticated by the current password; refused for the
     * last factor of a role that requires one.
     */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public void removePasskey(UUID id, String currentPassword) {
        UserAccount account = caller();
        SecondFactors found = factors.ofForUpdate(account);
        Passkey passkey = found.requirePasskeyRemoval(id, passwordConfirmed(account, currentPassword));
        factors.removePasskey(account, passkey, !found.isLastFactor());
        securityLog.record(
                SecurityEvent.Type.SECOND_FACTOR_REMOVED,
                account.id(),
                account.id(),
                "factor=passkey,passkey=" + passkey.id());
    }

    /**
     * R-SEC.2: the options for the second step of {@code email}'s sign-in by passkey ({@code navigator.credentials
     * .get()} with the account's passkeys), for {@code challenge}. Asked only by the web's second step, whose pending
     * sign-in had the right password. No passkey: empty.
     */
    @PermitAll
    public Optional<String> passkeyRequestOptions(String email, byte[] challenge) {
        return accounts.findByEmail(email)
                .map(factors::of)
                .map(SecondFactors::passkeys)
                .filter(passkeys -> !passkeys.isEmpty())
                .map(passkeys -> relyingParty.requestOptions(passkeys, challenge, false));
    }

    /**
     * R-SEC.2: the options for a sign-in without a password ({@code navigator.credentials.get()} without a list: the
     * browser offers the passkeys it holds for this host; user verification required), for {@code challenge}.
     */
    @PermitAll
    public String passwordlessRequestOptions(byte[] challenge) {
        return relyingParty.requestOptions(List.of(), challenge, true);
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
        SecondFactors found = factors.of(account);
        found.requireRemoval(passwordConfirmed(account, currentPassword));
        factors.removeTotp(account, !found.isLastFactor());
        securityLog.record(SecurityEvent.Type.SECOND_FACTOR_REMOVED, account.id(), account.id(), "factor=totp");
    }

    private List<String> enrol(UserAccount account, SecondFactors found, String secret, String code) {
        // The authenticator app counts real time: concord.clock.offset (test systems) must not move the steps.
        SecondFactors.Enrolment enrolment = found.enrol(secret, code, Instant.now());
        factors.add(enrolment.factor());
        enrolment.recoveryCodes().ifPresent(codes -> factors.replaceRecoveryCodes(account, codes));
        securityLog.record(SecurityEvent.Type.SECOND_FACTOR_ENROLLED, account.id(), account.id(), "factor=totp");
        return enrolment.recoveryCodes().map(RecoveryCode.Issued::plain).orElse(List.of());
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
