package org.concord.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;

/**
 * The database side of a sign-in ({@link SignInService}), each step its own short transaction so that no lock is held
 * while a password is checked.
 */
@Stateless
@PermitAll
public class SignInRecords {

    /** What a sign-in needs to know of an account, read in one transaction. */
    public record Candidate(UUID id, String email, String passwordHash, boolean usable, Set<String> groups) {

        CallerIdentity identity() {
            return new CallerIdentity(email, groups);
        }
    }

    @Inject
    private Accounts accounts;

    public Optional<Candidate> candidate(String email) {
        return accounts.findByEmail(email).map(SignInRecords::candidateOf);
    }

    /**
     * R-SEC.2: the password just checked, hashed again with the current parameters; only if the stored hash is still
     * the one that was checked (a password changed meanwhile stays changed).
     */
    public void upgradeHash(UUID accountId, String checkedHash, String rehashed) {
        accounts.find(accountId)
                .filter(account -> account.passwordHash().equals(checkedHash))
                .filter(account -> account.closedAt().isEmpty())
                .ifPresent(account -> account.upgradePasswordHash(rehashed));
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
