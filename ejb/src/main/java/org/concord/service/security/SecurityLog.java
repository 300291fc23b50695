package org.concord.service.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.AccountChange;
import org.concord.domain.account.ClientAddress;
import org.concord.domain.account.UserAccount;
import org.concord.domain.security.SecurityEvent;
import org.concord.domain.security.SecurityEvent.Type;
import org.concord.service.Page;

/**
 * R-SEC.7: the security log. Services write to it in their own transaction, where the event happens (a rolled-back
 * change leaves no entry; a sign-in failure is written in its own), never from a page or a resource. Administrators
 * search it by account, type and time, page by page. Entries are only ever added.
 */
@Stateless
public class SecurityLog {

    /** Entries per page. */
    public static final int PAGE_SIZE = 50;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Instance<ClientOrigin> origin;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /**
     * An event about {@code account} done by {@code actor} (either may be {@code null}), from the network of the
     * current request's client.
     */
    @PermitAll
    public void record(Type type, UUID account, UUID actor, String detail) {
        em.persist(new SecurityEvent(type, account, actor, network(currentAddress()), detail, clock.instant()));
    }

    /**
     * A sign-in event about {@code account} (none for an unknown name), from the client address the authentication
     * mechanism saw; no actor, since who typed the password is what is unknown.
     */
    @PermitAll
    public void recordSignIn(Type type, UUID account, String clientAddress, String detail) {
        em.persist(new SecurityEvent(
                type, account, null, network(Optional.ofNullable(clientAddress)), detail, clock.instant()));
    }

    /** A recorded change of an account (R-ACC.5, R-ACC.6, R-SEC.1): its type, the role if any. */
    @PermitAll
    public void accountChanged(AccountChange change) {
        accountChanged(change, change.role().map(role -> "role=" + role.name()).orElse(null));
    }

    /** The same, with the entry's {@code detail} given (a count, say; never the reason, which stays with the change). */
    @PermitAll
    public void accountChanged(AccountChange change, String detail) {
        record(Type.of(change.kind()), change.account().id(), change.actor().id(), detail);
    }

    /** An administrator changed the Center's configuration: the caller is the actor; {@code detail} names the item. */
    @PermitAll
    public void configurationChanged(Type type, String detail) {
        record(type, null, callerId().orElse(null), detail);
    }

    /**
     * R-SEC.7, ASVS 16.3.2: the caller was refused {@code operation} (method and path with its ids left out, so that
     * the log names no Procedure), its role not granting it.
     */
    @PermitAll
    public void accessRefused(String operation) {
        // Only the characters an entry may hold (SecurityEvent): anything else in a path becomes "_".
        String detail = "op=" + operation.replaceAll("[^A-Za-z0-9/_.:+ -]", "_");
        callerId()
                .ifPresent(caller -> record(
                        Type.ACCESS_REFUSED, caller, caller, detail.substring(0, Math.min(detail.length(), 200))));
    }

    /**
     * Entries by time, newest first: those about or by {@code account} (an account id, or an address that an account
     * has now), of {@code type}, from {@code from} to {@code to} (UTC days, both included); each filter optional.
     */
    @RolesAllowed("CENTER_ADMIN")
    public Page<SecurityEventView> search(
            String account, Type type, LocalDate from, LocalDate to, @Min(0) @Max(1_000_000) int page) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolation("R-SEC.7", "/to", "rule.securityLog.range");
        }
        Optional<UUID> accountId = Optional.empty();
        if (account != null && !account.isBlank()) {
            accountId = accountIdOf(account.strip());
            if (accountId.isEmpty()) {
                return Page.numbered(List.of(), page, PAGE_SIZE, 0);
            }
        }
        List<String> where = new ArrayList<>();
        if (accountId.isPresent()) {
            where.add("(e.accountId = :account or e.actorId = :account)");
        }
        if (type != null) {
            where.add("e.type = :type");
        }
        if (from != null) {
            where.add("e.occurredAt >= :from");
        }
        if (to != null) {
            where.add("e.occurredAt < :to");
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<Long> count = em.createQuery("select count(e) from SecurityEvent e" + condition, Long.class);
        TypedQuery<SecurityEvent> items = em.createQuery(
                "select e from SecurityEvent e" + condition + " order by e.occurredAt desc, e.id", SecurityEvent.class);
        for (TypedQuery<?> query : List.of(count, items)) {
            accountId.ifPresent(id -> query.setParameter("account", id));
            if (type != null) {
                query.setParameter("type", type);
            }
            if (from != null) {
                query.setParameter("from", from.atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (to != null) {
                query.setParameter(
                        "to", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        }
        List<SecurityEventView> found = items.setFirstResult(page * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultStream()
                .map(SecurityEventView::of)
                .toList();
        return Page.numbered(found, page, PAGE_SIZE, count.getSingleResult());
    }

    private Optional<UUID> accountIdOf(String account) {
        if (account.contains("@")) {
            return em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                    .setParameter("email", account.toLowerCase(Locale.ROOT))
                    .getResultStream()
                    .findFirst()
                    .map(UserAccount::id);
        }
        try {
            return Optional.of(UUID.fromString(account));
        } catch (IllegalArgumentException notAnId) {
            throw new RuleViolation("R-SEC.7", "/account", "rule.securityLog.account");
        }
    }

    private Optional<UUID> callerId() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                .setParameter("email", principal.getName().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .map(UserAccount::id);
    }

    private Optional<String> currentAddress() {
        try {
            return origin.get().address();
        } catch (ContextNotActiveException noRequest) {
            return Optional.empty();
        }
    }

    private static String network(Optional<String> address) {
        return address.flatMap(ClientAddress::parse)
                .map(ClientAddress::truncated)
                .orElse(null);
    }
}
