package org.concord.service.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.mail.InboxEntry;
import org.concord.service.ListCursor;
import org.concord.service.Page;

/**
 * Issue 24 (R-C1): the caller's in-app inbox, the mails Concord sent to the caller's account ({@link MailOutbox}
 * copies each one here), newest first by keyset ({@link ListCursor} on the creation instant and id). An entry of
 * another account, a missing one and a malformed id are the one {@link NotFound}: the domain decides
 * ({@link InboxEntry#requireReadableBy}). The caller's account is read by its address, as the rest of the service
 * layer does; this context does not depend on the account context (which queues mails here).
 */
@Stateless
@RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
public class Inbox {

    /** Entries per page, unless fewer are asked for. */
    public static final int PAGE_SIZE = 25;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /**
     * The caller's entries, newest first, after the cursor {@code after} (optional), {@code size} a page (1 to
     * {@link #PAGE_SIZE}).
     *
     * @throws RuleViolation naming {@code /after} when the cursor is not one Concord made
     */
    public Page<InboxEntryView> mine(String after, int size) {
        UUID me = caller();
        int pageSize = Math.max(1, Math.min(size, PAGE_SIZE));
        ListCursor cursor = after == null || after.isBlank() ? null : ListCursor.decode(after.strip());
        String keyset =
                cursor == null ? "" : " and (e.createdAt < :createdAt or (e.createdAt = :createdAt and e.id < :id))";
        var query = em.createQuery(
                        "select e from InboxEntry e where e.owner = :owner" + keyset
                                + " order by e.createdAt desc, e.id desc",
                        InboxEntry.class)
                .setParameter("owner", me);
        if (cursor != null) {
            query.setParameter("createdAt", cursor.receivedAt()).setParameter("id", cursor.id());
        }
        List<InboxEntry> rows = query.setMaxResults(pageSize + 1).getResultList();
        List<InboxEntryView> items =
                rows.stream().limit(pageSize).map(InboxEntryView::of).toList();
        String next = null;
        if (rows.size() > pageSize) {
            InboxEntry last = rows.get(pageSize - 1);
            next = new ListCursor(last.createdAt(), last.id()).encode();
        }
        return Page.after(items, next);
    }

    /**
     * The caller's unread entries: one count on the index {@code (account_id, read_at)}, for the header of every page.
     * Open to every caller (an account without a role yet, the anonymous: 0), so that no page fails for it.
     */
    @PermitAll
    public long unreadCount() {
        Principal principal = context.getCallerPrincipal();
        String email;
        try {
            email = principal == null ? null : UserAccount.normaliseEmail(principal.getName());
        } catch (IllegalArgumentException notAnAccount) {
            email = null;
        }
        if (email == null) {
            return 0;
        }
        return em.createQuery(
                        "select count(e) from InboxEntry e, UserAccount a"
                                + " where a.email = :email and e.owner = a.id and e.readAt is null",
                        Long.class)
                .setParameter("email", email)
                .getSingleResult();
    }

    /** The caller opens the entry {@code id}: shown whole, and read from now on. */
    public InboxEntryView open(String id) {
        UUID me = caller();
        InboxEntry entry = entry(id, me);
        entry.markRead(me, clock.instant());
        return InboxEntryView.of(entry);
    }

    /** The caller marks every entry read. */
    public void markAllRead() {
        em.createNamedQuery("InboxEntry.markAllRead")
                .setParameter("now", clock.instant())
                .setParameter("owner", caller())
                .executeUpdate();
    }

    /** @throws NotFound for a malformed id, a missing entry and another account's entry alike */
    private InboxEntry entry(String id, UUID me) {
        UUID parsed;
        try {
            parsed = UUID.fromString(id == null ? "" : id.strip());
        } catch (IllegalArgumentException malformed) {
            throw new NotFound();
        }
        // R-SEC.6: one query by id and owner, so another account's entry loads nothing, as a missing one; the domain's
        // rule still decides on what it returns.
        InboxEntry entry = em.createNamedQuery("InboxEntry.ofOwner", InboxEntry.class)
                .setParameter("id", parsed)
                .setParameter("owner", me)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFound::new);
        entry.requireReadableBy(me);
        return entry;
    }

    private UUID caller() {
        return em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                .setParameter("email", email())
                .getResultStream()
                .findFirst()
                .map(UserAccount::id)
                .orElseThrow(NotFound::new);
    }

    private String email() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null) {
            throw new NotFound();
        }
        try {
            return UserAccount.normaliseEmail(principal.getName());
        } catch (IllegalArgumentException notAnAccount) {
            throw new NotFound();
        }
    }
}
