package org.concord.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.concord.domain.account.ClientAddress;
import org.concord.domain.account.PasswordHasher.Verification;
import org.concord.domain.account.SecondFactors;
import org.concord.domain.security.SecurityEvent;

/**
 * Sign-in with an e-mail address and a password, for the login form and HTTP Basic alike (the web module's identity
 * store asks this and nothing else). R-SEC.2, R-SEC.3: HTTP Basic signs in only an account without a second step
 * (neither a factor nor a role that requires one: administrators, staff and Neutrals use the form with its second
 * step, and API tokens for scripts); for the others it is refused after the password check, answered as a wrong
 * password so that an outsider learns neither whether the password was right nor whether the account has a factor.
 * <ul>
 * <li>R-SEC.1: failures are counted per login name (whether or not an account has it) and per client address, in the
 * database that every instance shares ({@link SignInThrottles}); while a delay or a lock runs, an attempt is refused
 * without looking at the password, right or wrong, counted as a failure, and answered as a wrong password is. The
 * holder of a locked account is told by mail, once per lock.</li>
 * <li>R-SEC.2: the password is checked with {@link PasswordHashing}; an unknown, unconfirmed, disabled or closed
 * account costs one check against a fixed hash, so that neither the answer nor its time says which case it was; an
 * older hash is replaced at a successful sign-in; a password checked a moment ago is remembered
 * ({@link VerifiedCredentials}), so that a script using HTTP Basic does not pay for a check on every call.</li>
 * <li>R-SEC.7: each checked sign-in, success or failure, and each lock is written to the security log with the
 * account's id (none for an unknown name), the client's network and how the password came (form or Basic); Basic
 * with the right password for an account with a second step as {@code SIGN_IN_FAILED}, reason
 * {@code second-step-required}, not counted as a failure (R-SEC.1: the right password is not a guess, and a script
 * must not lock its holder's account).</li>
 * </ul>
 * The check runs outside any transaction: the slow part holds no database lock.
 */
@Stateless
@PermitAll
public class SignInService {

    @EJB
    private SignInRecords records;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private VerifiedCredentials verified;

    @Inject
    private Clock clock;

    /**
     * How the sign-in came: a password by the login form or HTTP Basic, or a passkey without a password (the security
     * log says which, R-SEC.7).
     */
    public enum Via {
        FORM,
        BASIC,
        PASSKEY
    }

    /**
     * Who signs in with this address and password from {@code clientAddress} (an IP literal; {@code null} when
     * unknown), if anyone.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<CallerIdentity> signIn(String login, String password, String clientAddress, Via via) {
        Instant now = clock.instant();
        String email = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        String secret = password == null ? "" : password;
        SignInRecords.Origin origin = origin(clientAddress, via);
        SignInRecords.Attempt attempt = records.open(email, origin, now);
        Optional<SignInRecords.Candidate> found = attempt.candidate();
        UUID accountId = found.map(SignInRecords.Candidate::id).orElse(null);
        if (attempt.refused()) {
            // The password is not looked at; the attempt counts, so that hammering brings the lock sooner.
            fail(email, accountId, origin, "throttled", now);
            return Optional.empty();
        }
        if (found.isEmpty() || !found.get().usable()) {
            hashing.verifyDummy(secret);
            fail(email, accountId, origin, found.isEmpty() ? "unknown-name" : "not-usable", now);
            return Optional.empty();
        }
        SignInRecords.Candidate candidate = found.get();
        // R-SEC.2: Basic for an account with a second step is refused whatever the password; it is always checked
        // (never answered from memory), so that the refusal costs what a wrong password costs.
        boolean basicWithSecondStep = via == Via.BASIC && candidate.secondStep();
        boolean remembered = !basicWithSecondStep && verified.contains(email, secret, candidate.passwordHash(), now);
        Verification verification =
                remembered ? new Verification(true, false) : hashing.verify(secret, candidate.passwordHash());
        if (!verification.matches()) {
            fail(email, accountId, origin, "wrong-password", now);
            return Optional.empty();
        }
        if (basicWithSecondStep) {
            // R-SEC.2: the password alone never signs in such an account, and Basic has no second step. The answer
            // is a wrong password's; the right password is no guess, so no failure is counted (a staff member's
            // script must not lock the account), but R-SEC.7 the refusal is logged. Nothing is remembered.
            records.refusedForSecondStep(candidate.id(), origin);
            return Optional.empty();
        }
        String rehashed = verification.needsRehash() ? hashing.hash(secret) : null;
        // R-SEC.7: a form sign-in, or a password actually checked, is logged; Basic answered from memory is not.
        boolean logged = !remembered || via == Via.FORM;
        // R-SEC.2: a form sign-in of an account with a second step (Basic never gets here for one) is not over yet:
        // its failures stay counted.
        boolean secondStep = candidate.secondStep();
        if (logged || attempt.failuresCounted()) {
            records.succeeded(email, candidate.id(), candidate.passwordHash(), rehashed, origin, logged, secondStep);
        }
        verified.remember(email, secret, rehashed != null ? rehashed : candidate.passwordHash(), now);
        return Optional.of(candidate.identity());
    }

    /**
     * R-SEC.2: the second step of a form sign-in whose password was right a moment ago: whether {@code code} is a
     * current TOTP code not used before or an unused recovery code of the account. R-SEC.1: a wrong code counts as a
     * sign-in failure (reason {@code wrong-code}, logged as {@code SECOND_FACTOR_FAILED}), and while the account or
     * the address is throttled no code is looked at.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean passSecondStep(String login, String code, String clientAddress) {
        // The authenticator app counts real time: concord.clock.offset (test systems) must not move the steps.
        return passSecondStep(
                login, clientAddress, "wrong-code", email -> records.acceptSecondFactor(email, code, Instant.now()));
    }

    /**
     * R-SEC.2: the second step of a form sign-in by a passkey: whether {@code response} (WebAuthn's assertion JSON,
     * for {@code challenge}) is an assertion of one of the account's passkeys. Throttled and counted as a code is
     * ({@link #passSecondStep}): a refused assertion is a {@code SECOND_FACTOR_FAILED}, reason {@code wrong-passkey}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean passSecondStepWithPasskey(String login, String response, byte[] challenge, String clientAddress) {
        Instant now = clock.instant();
        return passSecondStep(
                login, clientAddress, "wrong-passkey", email -> records.acceptPasskey(email, response, challenge, now));
    }

    /**
     * The second step of a form sign-in, whichever factor {@code accept} checks: nothing is looked at while the account
     * or the address is throttled (R-SEC.1); a refusal is a counted {@code SECOND_FACTOR_FAILED} with
     * {@code refusal} as its reason; a pass clears the account's failures and is logged (R-SEC.7).
     */
    private boolean passSecondStep(
            String login, String clientAddress, String refusal, Function<String, Optional<SecondFactors.Use>> accept) {
        Instant now = clock.instant();
        String email = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        SignInRecords.Origin origin = origin(clientAddress, Via.FORM);
        SignInRecords.Attempt attempt = records.open(email, origin, now);
        UUID accountId = attempt.candidate().map(SignInRecords.Candidate::id).orElse(null);
        if (attempt.refused()) {
            fail(SecurityEvent.Type.SECOND_FACTOR_FAILED, email, accountId, origin, "throttled", now);
            return false;
        }
        Optional<SecondFactors.Use> use = accept.apply(email);
        if (use.isEmpty()) {
            fail(SecurityEvent.Type.SECOND_FACTOR_FAILED, email, accountId, origin, refusal, now);
            return false;
        }
        records.secondFactorPassed(email, accountId, origin, use.get());
        return true;
    }

    /**
     * R-SEC.2: a sign-in without a password: who, if anyone, {@code response} (an assertion for {@code challenge},
     * verified by the authenticator's PIN or biometrics) signs in. The account is the passkey's; its throttle applies
     * (R-SEC.1: while it or the address is throttled nothing is looked at) and a refused assertion counts as a failure
     * ({@code SIGN_IN_FAILED}, reason {@code wrong-passkey}); an unknown passkey counts for the address only.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<CallerIdentity> signInWithPasskey(String response, byte[] challenge, String clientAddress) {
        Instant now = clock.instant();
        SignInRecords.Origin origin = origin(clientAddress, Via.PASSKEY);
        String email = records.nameOfPasskey(response).orElse("");
        SignInRecords.Attempt attempt = records.open(email, origin, now);
        Optional<SignInRecords.Candidate> found = attempt.candidate();
        UUID accountId = found.map(SignInRecords.Candidate::id).orElse(null);
        if (attempt.refused()) {
            fail(email, accountId, origin, "throttled", now);
            return Optional.empty();
        }
        if (found.isEmpty() || !records.passkeySignIn(email, origin, response, challenge, now)) {
            fail(email, accountId, origin, found.isEmpty() ? "unknown-passkey" : "wrong-passkey", now);
            return Optional.empty();
        }
        return Optional.of(found.get().identity());
    }

    private static SignInRecords.Origin origin(String clientAddress, Via via) {
        return new SignInRecords.Origin(
                clientAddress,
                ClientAddress.parse(clientAddress)
                        .map(ClientAddress::throttleSubject)
                        .orElse(null),
                via.name().toLowerCase(Locale.ROOT));
    }

    private void fail(String email, UUID accountId, SignInRecords.Origin origin, String reason, Instant now) {
        fail(SecurityEvent.Type.SIGN_IN_FAILED, email, accountId, origin, reason, now);
    }

    private void fail(
            SecurityEvent.Type type,
            String email,
            UUID accountId,
            SignInRecords.Origin origin,
            String reason,
            Instant now) {
        try {
            records.failed(type, email, accountId, origin, reason, now);
        } catch (EJBException firstFailuresCollided) {
            // Two first failures of one key at the same moment both inserted its row; the loser counts again.
            records.failed(type, email, accountId, origin, reason, now);
        }
    }
}
