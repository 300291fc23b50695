package org.concord.service.mail;

import java.time.Instant;
import java.util.UUID;
import org.concord.domain.mail.InboxEntry;

/** Issue 24: one line of the caller's inbox, built inside the transaction: the mail's subject, when, and whether read. */
public record InboxItem(UUID id, String subject, Instant createdAt, boolean read) {

    static InboxItem of(InboxEntry entry) {
        return new InboxItem(entry.id(), entry.subject(), entry.createdAt(), entry.isRead());
    }
}
