package org.concord.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.concord.domain.account.PasswordHasher.Verification;

/**
 * Sign-in with an e-mail address and a password, for the login form and HTTP Basic alike (the web module's identity
 * store asks this and nothing else).
 * <ul>
 * <li>R-SEC.2: the password is checked with {@link PasswordHashing}; an unknown, unconfirmed, disabled or closed
 * account costs one check against a fixed hash, so that neither the answer nor its time says which case it was; an
 * older hash is replaced at a successful sign-in; a password checked a moment ago is remembered
 * ({@link VerifiedCredentials}), so that a script using HTTP Basic does not pay for a check on every call.</li>
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

    /** Who signs in with this address and password, if anyone. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<CallerIdentity> signIn(String login, String password, String clientAddress) {
        Instant now = clock.instant();
        String email = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        String secret = password == null ? "" : password;
        Optional<SignInRecords.Candidate> found = records.candidate(email);
        if (found.isEmpty() || !found.get().usable()) {
            hashing.verifyDummy(secret);
            return Optional.empty();
        }
        SignInRecords.Candidate candidate = found.get();
        if (verified.contains(email, secret, candidate.passwordHash(), now)) {
            return Optional.of(candidate.identity());
        }
        Verification verification = hashing.verify(secret, candidate.passwordHash());
        if (!verification.matches()) {
            return Optional.empty();
        }
        String hash = candidate.passwordHash();
        if (verification.needsRehash()) {
            hash = hashing.hash(secret);
            records.upgradeHash(candidate.id(), candidate.passwordHash(), hash);
        }
        verified.remember(email, secret, hash, now);
        return Optional.of(candidate.identity());
    }
}
