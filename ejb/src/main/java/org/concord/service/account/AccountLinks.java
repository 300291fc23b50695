package org.concord.service.account;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.concord.domain.account.AccountLink;
import org.concord.domain.account.UserAccount;

/** Looks e-mail links up by their token (only its hash is stored) and withdraws the open ones of an account. */
final class AccountLinks {

    private AccountLinks() {}

    static Optional<AccountLink> find(EntityManager em, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("AccountLink.byHash", AccountLink.class)
                .setParameter("hash", AccountLink.hash(token.strip()))
                .getResultStream()
                .findFirst();
    }

    /** A newer link was asked for: the older ones of the same purpose no longer work. */
    static void withdrawOpen(EntityManager em, UserAccount account, AccountLink.Purpose purpose, java.time.Instant at) {
        em.createNamedQuery("AccountLink.openOf", AccountLink.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .getResultStream()
                .forEach(link -> link.withdraw(at));
    }
}
