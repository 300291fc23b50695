package org.concord.service.account;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;

/**
 * One row of the administrators' list of accounts (R-ACC.5): who, roles, state, and the names of the organisations
 * the account is an active member of (R-ACC.2).
 */
public record AccountSummary(
        UUID id, String email, String displayName, Set<Role> roles, State state, List<String> organisations) {

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

    static AccountSummary of(UserAccount account, List<String> organisations) {
        return new AccountSummary(
                account.id(),
                account.email(),
                account.displayName(),
                Set.copyOf(account.roles()),
                State.of(account),
                List.copyOf(organisations));
    }

    /** The organisations, comma-separated (for the page). */
    public String organisationsText() {
        return String.join(", ", organisations);
    }
}
