package org.concord.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.account.Role;
import org.concord.domain.account.SignInThrottle;
import org.concord.domain.account.SignInThrottle.Kind;
import org.concord.domain.account.SignInThrottle.Outcome;
import org.concord.domain.account.UserAccount;
import org.concord.service.Links;
import org.concord.service.mail.MailOutbox;

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
    public record Candidate(UUID id, String email, String passwordHash, boolean usable, Set<String> groups) {

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
    private SignInThrottles throttles;

    @Inject
    private MailOutbox mail;

    /**
     * R-SEC.1: the account of {@code email}, if any, and whether the account's or the address's throttle refuses an
     * attempt at {@code now} (a delay or a lock; the account's whether or not it exists).
     */
    public Attempt open(String email, String address, Instant now) {
        boolean refused = throttles.refuses(Kind.ACCOUNT, email, now) || throttles.refuses(Kind.ADDRESS, address, now);
        return new Attempt(
                accounts.findByEmail(email).map(SignInRecords::candidateOf),
                refused,
                throttles.find(Kind.ACCOUNT, email).isPresent());
    }

    /**
     * A sign-in succeeded: the account's count of failures starts again (the address's does not: one's own account
     * must not reset an address that tries others'), and R-SEC.2 an older hash is replaced by {@code rehashed} (if
     * the stored hash is still the one that was checked: a password changed meanwhile stays changed).
     */
    public void succeeded(String email, UUID accountId, String checkedHash, String rehashed) {
        throttles.clear(Kind.ACCOUNT, email);
        if (rehashed != null) {
            accounts.find(accountId)
                    .filter(account -> account.passwordHash().equals(checkedHash))
                    .filter(account -> account.closedAt().isEmpty())
                    .ifPresent(account -> account.upgradePasswordHash(rehashed));
        }
    }

    /**
     * R-SEC.1: a failure counted for the login name and the client address. When it locks the account's name and an
     * account has it, its holder is told once, in their language, until when (the same for a disabled account: it is
     * someone's). Rows that count nothing any more are deleted on the way.
     */
    public void failed(String email, String address, Instant now) {
        Outcome account =
                throttles.lockForFailure(Kind.ACCOUNT, email, now).recordFailure(throttles.policy(Kind.ACCOUNT), now);
        if (address != null) {
            throttles.lockForFailure(Kind.ADDRESS, address, now).recordFailure(throttles.policy(Kind.ADDRESS), now);
        }
        if (account == Outcome.LOCKED) {
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

    private static Candidate candidateOf(UserAccount account) {
        return new Candidate(
                account.id(),
                account.email(),
                account.passwordHash(),
                account.isUsable(),
                account.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
