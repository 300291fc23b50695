package org.concord.service.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.domain.RuleViolation;
import org.concord.domain.mail.OutboundMail;
import org.concord.service.ListCursor;
import org.concord.service.Page;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issue 24: the administrators' mail log, the outbox read newest first: recipient, subject, status and attempts of
 * every mail Concord queued, a page at a time by keyset ({@link ListCursor} on the creation instant and id). The text
 * of a mail is shown in demo mode only ({@code concord.demo.enabled}), where the log stands in for the mailboxes of
 * the demo accounts; the outbox keeps it after sending either way (R-C1).
 */
@Stateless
public class MailLog {

    /** Lines per page, unless fewer are asked for. */
    public static final int PAGE_SIZE = 50;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "concord.demo.enabled")
    private boolean demoMode;

    /** Whether the log shows the mails' text (demo mode). */
    @RolesAllowed("CENTER_ADMIN")
    public boolean showsBodies() {
        return demoMode;
    }

    /**
     * Mails to {@code recipient} (an address, any case; optional) in {@code status} (a {@link OutboundMail.Status}
     * name; optional), newest first, after the cursor {@code after} (optional), {@code size} a page (1 to
     * {@link #PAGE_SIZE}; optional).
     *
     * @throws RuleViolation naming {@code /status}, {@code /after} or {@code /size} when it is not one of this list
     */
    @RolesAllowed("CENTER_ADMIN")
    public Page<MailLogEntry> search(String recipient, String status, String after, String size) {
        OutboundMail.Status wanted = status(status);
        int pageSize = size(size);
        ListCursor cursor = blank(after) ? null : ListCursor.decode(after.strip());
        List<String> where = new ArrayList<>();
        if (!blank(recipient)) {
            where.add("lower(m.recipient) = :recipient");
        }
        if (wanted != null) {
            where.add("(" + wanted.condition() + ")");
        }
        if (cursor != null) {
            where.add("(m.createdAt < :createdAt or (m.createdAt = :createdAt and m.id < :id))");
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<OutboundMail> query = em.createQuery(
                "select m from OutboundMail m" + condition + " order by m.createdAt desc, m.id desc",
                OutboundMail.class);
        if (!blank(recipient)) {
            query.setParameter("recipient", recipient.strip().toLowerCase(Locale.ROOT));
        }
        if (cursor != null) {
            query.setParameter("createdAt", cursor.receivedAt()).setParameter("id", cursor.id());
        }
        List<OutboundMail> rows = query.setMaxResults(pageSize + 1).getResultList();
        List<MailLogEntry> items = rows.stream()
                .limit(pageSize)
                .map(mail -> MailLogEntry.of(mail, demoMode))
                .toList();
        String next = null;
        if (rows.size() > pageSize) {
            OutboundMail last = rows.get(pageSize - 1);
            next = new ListCursor(last.createdAt(), last.id()).encode();
        }
        return Page.after(items, next);
    }

    private static OutboundMail.Status status(String status) {
        if (blank(status)) {
            return null;
        }
        try {
            return OutboundMail.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notOne) {
            throw new RuleViolation("R-C1", "/status", "mailLog.status.invalid");
        }
    }

    private static int size(String size) {
        if (blank(size)) {
            return PAGE_SIZE;
        }
        try {
            int value = Integer.parseInt(size.strip());
            if (value >= 1 && value <= PAGE_SIZE) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new RuleViolation("R-C1", "/size", "mailLog.size.invalid", PAGE_SIZE);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
