package org.concord.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.account.RelyingParty;
import org.concord.domain.account.Role;
import org.concord.domain.account.SecondFactors;
import org.concord.domain.account.SignInThrottle;
import org.concord.domain.account.SignInThrottle.Kind;
import org.concord.domain.account.SignInThrottle.Outcome;
import org.concord.domain.account.UserAccount;
import org.concord.domain.security.SecurityEvent;
import org.concord.service.Links;
import org.concord.service.mail.MailOutbox;
import org.concord.service.security.SecurityLog;

/**
 * The database side of a sign-in ({@link SignInService}), each step its own short transaction so that no lock is held
 * while a password is checked.
 */
@Stateless
@PermitAll
public class SignInRecords {

    private static final DateTimeFormatter LOCK_END =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** What a sign-in needs to know of an account, read in one transaction. */
    public record Candidate(
            UUID id, String email, String passwordHash, boolean usable, Set<String> groups, boolean secondStep) {

        CallerIdentity identity() {
            return new CallerIdentity(email, groups);
        }
    }

    /**
     * The account behind a login name (if any), whether the throttle refuses the attempt outright, and whether the
     * name has failures counted (which a success clears).
     */
    public record Attempt(Optional<Candidate> candidate, boolean refused, boolean failuresCounted) {}

    @Inject
    private Accounts accounts;

    @Inject
    private java.time.Clock clock;

    @Inject
    private SignInThrottles throttles;

    @Inject
    private MailOutbox mail;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private SecondFactorStore factors;

    @Inject
    private RelyingParty relyingParty;

    /**
     * Where an attempt came from: the client's address (an IP literal, for the log's network), the key the address
     * throttle counts ({@code null}: unknown), and how the password came ({@code form}, {@code basic}).
     */
    public record Origin(String clientAddress, String throttleSubject, String via) {}

    /**
     * R-SEC.1: the account of {@code email}, if any, and whether the account's or the address's throttle refuses an
     * attempt at {@code now} (a delay or a lock; the account's whether or not it exists).
     */
    public Attempt open(String email, Origin origin, Instant now) {
        boolean refused = throttles.refuses(Kind.ACCOUNT, email, now)
                || throttles.refuses(Kind.ADDRESS, origin.throttleSubject(), now);
        return new Attempt(
                accounts.findByEmail(email).map(this::candidateOf),
                refused,
                throttles.find(Kind.ACCOUNT, email).isPresent());
    }

    /**
     * A sign-in succeeded: the account's count of failures starts again (the address's does not: one's own account
     * must not reset an address that tries others'), and R-SEC.2 an older hash is replaced by {@code rehashed} (if
     * the stored hash is still the one that was checked: a password changed meanwhile stays changed). R-SEC.2: when
     * a second step follows ({@code secondStep}), the failures stay counted until it passes, so that whoever knows
     * the password cannot try codes for ever, clearing the count with the password between tries.
     */
    public void succeeded(
            String email,
            UUID accountId,
            String checkedHash,
            String rehashed,
            Origin origin,
            boolean checked,
            boolean secondStep) {
        if (!secondStep) {
            throttles.clear(Kind.ACCOUNT, email);
        }
        boolean upgraded = rehashed != null
                && accounts.find(accountId)
                        .filter(account -> account.passwordHash().equals(checkedHash))
                        .filter(account -> account.closedAt().isEmpty())
                        .map(account -> {
                            account.upgradePasswordHash(rehashed);
                            return true;
                        })
                        .orElse(false);
        if (checked) {
            accounts.markActive(accountId, clock.instant());
            securityLog.recordSignIn(
                    SecurityEvent.Type.SIGN_IN_SUCCEEDED,
                    accountId,
                    origin.clientAddress(),
                    "via=" + origin.via() + (upgraded ? ",hash=upgraded" : "") + (secondStep ? ",factor=pending" : ""));
        }
    }

    /**
     * R-SEC.2: whether {@code code} passes the second step of the account of {@code email}: a TOTP code not used
     * before, or an unused recovery code (either is used up). Empty: refused, or no such account or factor.
     */
    public Optional<SecondFactors.Use> acceptSecondFactor(String email, String code, Instant now) {
        return accounts.findByEmail(email)
                .filter(UserAccount::isUsable)
                .flatMap(account -> factors.ofForUpdate(account).accept(code, now));
    }

    /**
     * R-SEC.2: whether {@code response} (WebAuthn's assertion JSON) for {@code challenge} is an assertion of one of
     * the passkeys of the account of {@code email}, which passes its second step (the passkey's counter moves on).
     * Empty: refused, or no such account or passkey.
     */
    public Optional<SecondFactors.Use> acceptPasskey(String email, String response, byte[] challenge, Instant now) {
        return accounts.findByEmail(email)
                .filter(UserAccount::isUsable)
                .flatMap(account -> factors.ofForUpdate(account).acceptPasskey(relyingParty, response, challenge, now));
    }

    /**
     * R-SEC.2: the login name of the account holding the passkey that {@code response} claims to be (by its credential
     * id), if any: a sign-in without a password is throttled and logged under it like any other.
     */
    public Optional<String> nameOfPasskey(String response) {
        return RelyingParty.credentialIdOf(response)
                .flatMap(factors::accountOfPasskey)
                .flatMap(accounts::find)
                .map(UserAccount::email);
    }

    /**
     * R-SEC.2: whether {@code response} for {@code challenge} is an assertion, verified by the authenticator, of a
     * passkey of the account of {@code email}, which signs in without a password. If so the account's failures are
     * cleared and R-SEC.7 the sign-in is logged ({@code via=passkey}).
     */
    public boolean passkeySignIn(String email, Origin origin, String response, byte[] challenge, Instant now) {
        Optional<UserAccount> account = accounts.findByEmail(email);
        boolean accepted = account.map(found ->
                        factors.ofForUpdate(found).acceptPasskeyWithoutPassword(relyingParty, response, challenge, now))
                .orElse(false);
        if (accepted) {
            throttles.clear(Kind.ACCOUNT, email);
            securityLog.recordSignIn(
                    SecurityEvent.Type.SIGN_IN_SUCCEEDED,
                    account.get().id(),
                    origin.clientAddress(),
                    "via=" + origin.via());
        }
        return accepted;
    }

    /**
     * R-SEC.2, R-SEC.1: the second step passed: the account's count of failures starts again, and R-SEC.7 the factor
     * used is logged (a recovery code with how many are left).
     */
    public void secondFactorPassed(String email, UUID accountId, Origin origin, SecondFactors.Use use) {
        throttles.clear(Kind.ACCOUNT, email);
        if (use == SecondFactors.Use.RECOVERY_CODE) {
            long left = accounts.find(accountId)
                    .map(account -> factors.of(account).recoveryCodesLeft())
                    .orElse(0L);
            securityLog.recordSignIn(
                    SecurityEvent.Type.RECOVERY_CODE_USED, accountId, origin.clientAddress(), "left=" + left);
        } else {
            securityLog.recordSignIn(
                    SecurityEvent.Type.SECOND_FACTOR_ACCEPTED,
                    accountId,
                    origin.clientAddress(),
                    "factor=" + use.name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * R-SEC.2, R-SEC.7: HTTP Basic with the right password for an account with a second step, refused (Basic has no
     * second step): logged as a failed sign-in with reason {@code second-step-required}, but R-SEC.1 not counted (the
     * right password is not a guess; a script of a staff member must not lock the account) and clearing nothing.
     */
    public void refusedForSecondStep(UUID accountId, Origin origin) {
        securityLog.recordSignIn(
                SecurityEvent.Type.SIGN_IN_FAILED,
                accountId,
                origin.clientAddress(),
                "via=" + origin.via() + ",reason=second-step-required");
    }

    /**
     * R-SEC.1: a failure counted for the login name and the client address, and R-SEC.7 logged with its reason. When
     * it locks the account's name and an account has it, its holder is told once, in their language, until when (the
     * same for a disabled account: it is someone's). Rows that count nothing any more are deleted on the way.
     */
    public void failed(String email, UUID accountId, Origin origin, String reason, Instant now) {
        failed(SecurityEvent.Type.SIGN_IN_FAILED, email, accountId, origin, reason, now);
    }

    /**
     * As {@link #failed(String, UUID, Origin, String, Instant)}, logged as {@code type} (R-SEC.2: a wrong code at the
     * second step is {@code SECOND_FACTOR_FAILED}, counted as any failure).
     */
    public void failed(
            SecurityEvent.Type type, String email, UUID accountId, Origin origin, String reason, Instant now) {
        Outcome account =
                throttles.lockForFailure(Kind.ACCOUNT, email, now).recordFailure(throttles.policy(Kind.ACCOUNT), now);
        Outcome address = origin.throttleSubject() == null
                ? Outcome.COUNTED
                : throttles
                        .lockForFailure(Kind.ADDRESS, origin.throttleSubject(), now)
                        .recordFailure(throttles.policy(Kind.ADDRESS), now);
        // R-SEC.7: the attempted name is not logged; for an unknown one the entry names no account.
        securityLog.recordSignIn(type, accountId, origin.clientAddress(), "via=" + origin.via() + ",reason=" + reason);
        if (address == Outcome.LOCKED) {
            securityLog.recordSignIn(SecurityEvent.Type.SIGN_IN_LOCKED, null, origin.clientAddress(), "key=address");
        }
        if (account == Outcome.LOCKED) {
            securityLog.recordSignIn(
                    SecurityEvent.Type.SIGN_IN_LOCKED, accountId, origin.clientAddress(), "key=account");
            Optional<UserAccount> holder =
                    accounts.findByEmail(email).filter(found -> found.closedAt().isEmpty());
            holder.ifPresent(found -> {
                Instant until = throttles
                        .find(Kind.ACCOUNT, email)
                        .flatMap(SignInThrottle::lockedUntil)
                        .orElse(now);
                mail.enqueue(found, "mail.signInLocked", LOCK_END.format(until), Links.forgotPassword());
            });
        }
        throttles.forgetStale(now);
    }

    private Candidate candidateOf(UserAccount account) {
        return new Candidate(
                account.id(),
                account.email(),
                account.passwordHash(),
                account.isUsable(),
                account.roles().stream().map(Role::name).collect(Collectors.toSet()),
                factors.of(account).secondStepRequired());
    }
}
