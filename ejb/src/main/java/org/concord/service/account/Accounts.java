package org.concord.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import org.concord.domain.account.UserAccount;

/** Repository of accounts; joins the caller's transaction. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    public Optional<UserAccount> findByEmail(String email) {
        String normalised;
        try {
            normalised = UserAccount.normaliseEmail(email);
        } catch (IllegalArgumentException notAnEmail) {
            return Optional.empty();
        }
        return em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                .setParameter("email", normalised)
                .getResultStream()
                .findFirst();
    }

    /** The signed-in account behind a caller principal; empty for the anonymous caller. */
    public Optional<UserAccount> caller(Principal principal) {
        return principal == null ? Optional.empty() : findByEmail(principal.getName());
    }

    /** The display names of the accounts with these (normalised) addresses, by address; one query. */
    public java.util.Map<String, String> displayNames(java.util.Collection<String> emails) {
        if (emails.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createNamedQuery("UserAccount.byEmails", UserAccount.class)
                .setParameter("emails", emails)
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(UserAccount::email, UserAccount::displayName));
    }

    public java.util.List<UserAccount> withRole(org.concord.domain.account.Role role) {
        return em.createNamedQuery("UserAccount.withRole", UserAccount.class)
                .setParameter("role", role)
                .getResultList();
    }

    public long countWithRole(org.concord.domain.account.Role role) {
        return em.createNamedQuery("UserAccount.countWithRole", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    public long count() {
        return em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
    }

    public void add(UserAccount account) {
        em.persist(account);
    }
}
