package org.concord.service.mail;

import java.time.Instant;
import java.util.UUID;
import org.concord.domain.mail.InboxEntry;

/** Issue 24: an entry of the caller's inbox as a whole, the mail's subject and text, built inside the transaction. */
public record InboxEntryView(UUID id, String subject, String body, Instant createdAt, Instant readAt) {

    static InboxEntryView of(InboxEntry entry) {
        return new InboxEntryView(entry.id(), entry.subject(), entry.body(), entry.createdAt(), entry.readAt());
    }
}
