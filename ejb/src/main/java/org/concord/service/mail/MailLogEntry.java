package org.concord.service.mail;

import java.time.Instant;
import java.util.UUID;
import org.concord.domain.mail.OutboundMail;

/**
 * Issue 24: one line of the administrators' mail log, built inside the transaction. {@code body} is {@code null}
 * outside demo mode ({@link OutboundMail#bodyForLog(boolean)} decides) and once retention erased it, {@code erasedAt}
 * saying when then (R-OPS.3); {@code nextAttemptAt} only while a failed mail is still retried.
 */
public record MailLogEntry(
        UUID id,
        String recipient,
        String subject,
        OutboundMail.Status status,
        int attempts,
        boolean givenUp,
        Instant createdAt,
        Instant sentAt,
        Instant nextAttemptAt,
        String body,
        Instant erasedAt) {

    static MailLogEntry of(OutboundMail mail, boolean demoMode) {
        boolean retried = mail.status() == OutboundMail.Status.FAILED && !mail.givenUp();
        return new MailLogEntry(
                mail.id(),
                mail.recipient(),
                mail.subject(),
                mail.status(),
                mail.attempts(),
                mail.givenUp(),
                mail.createdAt(),
                mail.sentAt(),
                retried ? mail.nextAttemptAt() : null,
                mail.bodyForLog(demoMode).orElse(null),
                mail.erasedAt().orElse(null));
    }
}
