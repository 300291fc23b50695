package org.concord.service.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.account.AccountChange;
import org.concord.domain.account.Role;
import org.concord.domain.account.SecondFactors;
import org.concord.domain.account.UserAccount;

/**
 * One account as administrators see it (R-ACC.5): roles, state, the record of changes, and what may be done now
 * ({@code may}, asked of the account, never restated by the page).
 */
public record AccountDetail(
        UUID id,
        String email,
        String displayName,
        Set<Role> roles,
        AccountSummary.State state,
        String locale,
        String domicile,
        Instant createdAt,
        boolean passwordChangeRequired,
        Instant signInRefusedUntil,
        List<ChangeView> changes,
        Permissions may,
        boolean secondFactor)
        implements Serializable {

    /** One recorded change: what, which role, why, by whom, when. */
    public record ChangeView(AccountChange.Kind kind, Role role, String reason, String by, Instant at)
            implements Serializable {

        static ChangeView of(AccountChange change) {
            return new ChangeView(
                    change.kind(),
                    change.role().orElse(null),
                    change.reason().orElse(null),
                    change.actor().displayName(),
                    change.changedAt());
        }
    }

    /**
     * R-ACC.5: the roles that may be granted and withdrawn, and whether the account may be disabled, enabled, reset;
     * R-SEC.1: whether its sign-in delay or lock may be lifted.
     */
    public record Permissions(
            List<Role> grant,
            List<Role> withdraw,
            boolean disable,
            boolean enable,
            boolean forceReset,
            boolean unlock,
            boolean resetSecondFactor)
            implements Serializable {

        static Permissions of(
                UserAccount account, long usableAdministrators, boolean signInRefused, SecondFactors factors) {
            return new Permissions(
                    Arrays.stream(Role.values()).filter(account::mayGrant).toList(),
                    Arrays.stream(Role.values())
                            .filter(role -> account.mayWithdraw(role, usableAdministrators))
                            .toList(),
                    account.mayDisable(usableAdministrators),
                    account.mayEnable(),
                    account.mayForceReset(),
                    account.mayLiftSignInLock(signInRefused),
                    factors.mayReset());
        }
    }

    /** {@code signInRefusedUntil}: the end of the sign-in delay or lock running now (R-SEC.1), or {@code null}. */
    static AccountDetail of(
            UserAccount account,
            List<AccountChange> changes,
            long usableAdministrators,
            Instant signInRefusedUntil,
            SecondFactors factors) {
        return new AccountDetail(
                account.id(),
                account.email(),
                account.displayName(),
                Set.copyOf(account.roles()),
                AccountSummary.State.of(account),
                account.locale().toLanguageTag(),
                account.domicile().map(Object::toString).orElse(null),
                account.createdAt(),
                account.passwordChangeRequired(),
                signInRefusedUntil,
                changes.stream().map(ChangeView::of).toList(),
                Permissions.of(account, usableAdministrators, signInRefusedUntil != null, factors),
                factors.hasFactor());
    }
}
