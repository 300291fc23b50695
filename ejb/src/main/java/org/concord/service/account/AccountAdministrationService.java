package org.concord.service.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.account.AccountChange;
import org.concord.domain.account.Role;
import org.concord.domain.account.SignInThrottle;
import org.concord.domain.account.UserAccount;
import org.concord.service.Links;
import org.concord.service.Page;
import org.concord.service.mail.MailOutbox;

/**
 * R-ACC.5: the Center's administrators manage accounts: list and search, grant and withdraw roles, disable and enable,
 * force a password reset, each with a reason that the account records (who, what, when, why) and a mail to the
 * holder. The rules (a reason, the last administrator) are the account's; this service counts the usable
 * administrators, revokes API tokens on disabling and mails the holder.
 */
@Stateless
@RolesAllowed("CENTER_ADMIN")
public class AccountAdministrationService {

    /** Rows of the account list per page. */
    public static final int PAGE_SIZE = 25;

    @Inject
    private Accounts accounts;

    @Inject
    private MailOutbox mail;

    @Inject
    private SignInThrottles throttles;

    @Inject
    private Clock clock;

    @Inject
    private SecondFactorStore factors;

    @Resource
    private SessionContext context;

    /**
     * Accounts whose name or address contains {@code query}, or that are active members of an organisation whose name
     * contains it, by name, page {@code page} from 0; each with its organisations.
     */
    public Page<AccountSummary> search(String query, @Min(0) @Max(1_000_000) int page) {
        Page<UserAccount> found = accounts.search(query, page, PAGE_SIZE);
        Map<UUID, List<String>> organisations = accounts.activeOrganisationNames(
                found.items().stream().map(UserAccount::id).toList());
        return new Page<>(
                found.items().stream()
                        .map(a -> AccountSummary.of(a, organisations.getOrDefault(a.id(), List.of())))
                        .toList(),
                null,
                found.page(),
                found.size(),
                found.more(),
                found.total());
    }

    public AccountDetail account(@NotNull UUID id) {
        UserAccount account = get(id);
        return AccountDetail.of(
                account,
                accounts.changesOf(account),
                accounts.countUsableAdministrators(),
                signInRefusedUntil(account, clock.instant()).orElse(null),
                factors.of(account));
    }

    public AccountDetail grantRole(@NotNull UUID id, @NotNull Role role, String reason) {
        UserAccount account = get(id);
        record(account.grantRole(role, admin(), reason, clock.instant()));
        mail.enqueue(account, "mail.roleGranted", mail.label(account, role), Links.profile());
        return account(id);
    }

    public AccountDetail withdrawRole(@NotNull UUID id, @NotNull Role role, String reason) {
        UserAccount account = get(id);
        record(account.withdrawRole(role, admin(), reason, accounts.lockUsableAdministrators(), clock.instant()));
        mail.enqueue(account, "mail.roleWithdrawn", mail.label(account, role), Links.login());
        return account(id);
    }

    /** Disabled: its sessions end and its API tokens are revoked in the same transaction. */
    public AccountDetail disable(@NotNull UUID id, String reason) {
        UserAccount account = get(id);
        Instant now = clock.instant();
        record(account.disable(admin(), reason, accounts.lockUsableAdministrators(), now));
        accounts.revokeTokens(account, now);
        mail.enqueue(account, "mail.accountDisabled", "", Links.home());
        return account(id);
    }

    public AccountDetail enable(@NotNull UUID id, String reason) {
        UserAccount account = get(id);
        record(account.enable(admin(), reason, clock.instant()));
        mail.enqueue(account, "mail.accountEnabled", "", Links.login());
        return account(id);
    }

    /** The holder must set a new password ("forgot password" or at the next sign-in); the sessions end. */
    public AccountDetail forceReset(@NotNull UUID id, String reason) {
        UserAccount account = get(id);
        record(account.forceReset(admin(), reason, clock.instant()));
        mail.enqueue(account, "mail.resetForced", "", Links.login());
        return account(id);
    }

    /**
     * R-SEC.1: the account's sign-in delay or lock is lifted (the holder called, say), with a reason; the count of
     * failures starts again. Client addresses stay throttled.
     */
    public AccountDetail unlock(@NotNull UUID id, String reason) {
        UserAccount account = get(id);
        Instant now = clock.instant();
        record(account.liftSignInLock(
                admin(), reason, signInRefusedUntil(account, now).isPresent(), now));
        throttles.clear(SignInThrottle.Kind.ACCOUNT, account.email());
        return account(id);
    }

    private java.util.Optional<Instant> signInRefusedUntil(UserAccount account, Instant now) {
        return throttles
                .find(SignInThrottle.Kind.ACCOUNT, account.email())
                .flatMap(throttle -> throttle.refusedUntil(throttles.policy(SignInThrottle.Kind.ACCOUNT), now));
    }

    /**
     * R-SEC.2: the holder lost the device of their second factor: an administrator removes it and its recovery codes,
     * with a reason (recorded and in the security log); the holder's sessions end, and an account whose role
     * requires a factor enrols a new one at its next sign-in.
     */
    public AccountDetail resetSecondFactor(@NotNull UUID id, String reason) {
        UserAccount account = get(id);
        record(account.resetSecondFactor(admin(), reason, factors.of(account), clock.instant()));
        factors.removeAll(account);
        mail.enqueue(account, "mail.secondFactorReset", "", Links.login());
        return account(id);
    }

    private void record(AccountChange change) {
        accounts.record(change);
    }

    /**
     * R-SEC.3: every API token of the account stops working now (a token leaked, a script retired); the account and
     * its sessions are untouched. Recorded with the reason among the account's changes (R-ACC.5) and logged with the
     * administrator as the actor and the number of tokens revoked.
     */
    public int revokeTokens(@NotNull UUID id, String reason) {
        UserAccount account = get(id);
        Instant now = clock.instant();
        AccountChange change = account.revokeTokens(admin(), reason, now);
        int revoked = accounts.revokeTokens(account, now);
        accounts.record(change, "all count=" + revoked);
        return revoked;
    }

    private UserAccount get(UUID id) {
        return accounts.find(id).orElseThrow(NotFound::new);
    }

    private UserAccount admin() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
