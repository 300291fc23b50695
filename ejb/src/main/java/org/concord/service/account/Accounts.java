package org.concord.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import org.concord.domain.account.UserAccount;
import org.concord.service.security.SecurityLog;

/** Repository of accounts; joins the caller's transaction. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private SecurityLog securityLog;

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

    // --- R-ACC.5, R-ACC.6: administration and one's own account (issue 21) ---

    /** R-ACC.5: how many CENTER_ADMINs can still sign in, for showing what may be done (no lock). */
    public long countUsableAdministrators() {
        return em.createNamedQuery("UserAccount.countUsableWithRole", Long.class)
                .setParameter("role", org.concord.domain.account.Role.CENTER_ADMIN)
                .getSingleResult();
    }

    /**
     * R-ACC.5: the CENTER_ADMINs who can still sign in, before a change that may leave fewer; the last of them is never removed or disabled. Their rows are
     * locked until the transaction ends, so that two administrators disabling each other at the same moment cannot
     * both see a colleague left and leave none.
     */
    public long lockUsableAdministrators() {
        return em.createQuery(
                        "select a from UserAccount a where :role member of a.roles and a.emailConfirmedAt is not null"
                                + " and a.disabledAt is null and a.closedAt is null",
                        UserAccount.class)
                .setParameter("role", org.concord.domain.account.Role.CENTER_ADMIN)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .size();
    }

    public Optional<UserAccount> find(java.util.UUID id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    /**
     * R-ACC.5: the names of the organisations each of these accounts is an active member of, by name; one query (an
     * account without any has no entry).
     */
    public java.util.Map<java.util.UUID, java.util.List<String>> activeOrganisationNames(
            java.util.Collection<java.util.UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<java.util.UUID, java.util.List<String>> names = new java.util.HashMap<>();
        em.createNamedQuery("Membership.activeOrganisationNames", Object[].class)
                .setParameter("accounts", accountIds)
                .getResultStream()
                .forEach(row -> names.computeIfAbsent((java.util.UUID) row[0], id -> new java.util.ArrayList<>())
                        .add((String) row[1]));
        return names;
    }

    /**
     * Accounts whose name or address contains {@code query} (case-insensitive), or that are active members of an
     * organisation whose name contains it (R-ACC.5), by name; page {@code page} from 0.
     */
    public org.concord.service.Page<UserAccount> search(String query, int page, int size) {
        if (query == null || query.isBlank()) {
            // The whole list in name order, read from the index on (sort_name, email, id).
            java.util.List<UserAccount> items = em.createNamedQuery("UserAccount.byName", UserAccount.class)
                    .setFirstResult(page * size)
                    .setMaxResults(size)
                    .getResultList();
            return org.concord.service.Page.numbered(items, page, size, count());
        }
        String pattern = "%" + query.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        // The members of the matching organisations first (few), then the accounts by name, address or that list:
        // every condition can then be read from an index (the trigram indexes of V27_1 on PostgreSQL), where a
        // subquery among the conditions makes PostgreSQL scan every account. Many members: the subquery after all.
        java.util.List<java.util.UUID> members = em.createNamedQuery(
                        "Membership.activeMembersOfOrganisationsNamed", java.util.UUID.class)
                .setParameter("pattern", pattern)
                .setMaxResults(MEMBERS_LISTED + 1)
                .getResultList();
        boolean listed = members.size() <= MEMBERS_LISTED;
        var count = em.createNamedQuery(
                        listed ? "UserAccount.countSearchWithMembers" : "UserAccount.countSearch", Long.class)
                .setParameter("pattern", pattern);
        if (listed) {
            count.setParameter("members", members);
        }
        long total = count.getSingleResult();
        // Few matches are read from the indexes and sorted (UserAccount.searchFewWithMembers orders by an expression
        // that no index holds); many are read in name order until the page is full, which finds them soon.
        String search = !listed
                ? "UserAccount.search"
                : total <= FEW ? "UserAccount.searchFewWithMembers" : "UserAccount.searchWithMembers";
        var found = em.createNamedQuery(search, UserAccount.class).setParameter("pattern", pattern);
        if (listed) {
            found.setParameter("members", members);
        }
        java.util.List<UserAccount> items =
                found.setFirstResult(page * size).setMaxResults(size).getResultList();
        return org.concord.service.Page.numbered(items, page, size, total);
    }

    /** The most members of matching organisations a search names one by one (a list of parameters). */
    private static final int MEMBERS_LISTED = 1_000;

    /**
     * Up to this many matches a page is found by sorting them (on PostgreSQL from the trigram indexes, a few
     * milliseconds); PostgreSQL would otherwise walk the name index from "a" until the page is full, however far the
     * matches lie (docs/benchmarks.md).
     */
    private static final long FEW = 5_000;

    public java.util.List<org.concord.domain.account.AccountChange> changesOf(UserAccount account) {
        return em.createNamedQuery("AccountChange.ofAccount", org.concord.domain.account.AccountChange.class)
                .setParameter("account", account)
                .getResultList();
    }

    /** A change of the account is recorded with it, and in the security log (R-ACC.5, R-SEC.7). */
    public void record(org.concord.domain.account.AccountChange change) {
        em.persist(change);
        securityLog.accountChanged(change);
    }

    /** As {@link #record(org.concord.domain.account.AccountChange)}, its security log entry with {@code detail}. */
    public void record(org.concord.domain.account.AccountChange change, String detail) {
        em.persist(change);
        securityLog.accountChanged(change, detail);
    }

    /** R-ACC.5, R-SEC.3: every API token of the account stops working at once; how many were still active. */
    public int revokeTokens(UserAccount account, java.time.Instant at) {
        return em.createQuery(
                        "update ApiToken t set t.revokedAt = :at where t.account = :account and t.revokedAt is null")
                .setParameter("at", at)
                .setParameter("account", account)
                .executeUpdate();
    }

    /** R-OPS.3: the account signed in at {@code at}; its inactivity period starts again (a bulk update, no version). */
    public void markActive(java.util.UUID id, java.time.Instant at) {
        em.createQuery("update UserAccount a set a.lastActiveAt = :at where a.id = :id")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }
}
