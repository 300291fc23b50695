package org.concord.service.mail;

import java.time.Instant;
import java.util.UUID;
import org.concord.domain.mail.InboxEntry;

/**
 * Issue 24: an entry of the caller's inbox, built inside the transaction: the mail's subject and text as sent, when it
 * was queued, and when the owner first read it ({@code null} while unread).
 */
public record InboxEntryView(UUID id, String subject, String body, Instant createdAt, Instant readAt) {

    /** Whether the owner read it. */
    public boolean read() {
        return readAt != null;
    }

    static InboxEntryView of(InboxEntry entry) {
        return new InboxEntryView(entry.id(), entry.subject(), entry.body(), entry.createdAt(), entry.readAt());
    }
}
