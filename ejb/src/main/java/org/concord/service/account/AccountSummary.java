package org.concord.service.account;

import java.util.Set;
import java.util.UUID;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;

/** One row of the administrators' list of accounts (R-ACC.5). */
public record AccountSummary(UUID id, String email, String displayName, Set<Role> roles, State state) {

    /** Where an account stands. */
    public enum State {
        ACTIVE,
        UNCONFIRMED,
        DISABLED,
        CLOSED;

        static State of(UserAccount account) {
            if (account.closedAt().isPresent()) {
                return CLOSED;
            }
            if (account.disabledAt().isPresent()) {
                return DISABLED;
            }
            return account.isConfirmed() ? ACTIVE : UNCONFIRMED;
        }
    }

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(
                account.id(), account.email(), account.displayName(), Set.copyOf(account.roles()), State.of(account));
    }
}
