package org.concord.service.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry was appended to the audit trail of {@code subject} (a Procedure or a mediation), in the transaction that
 * made the change. Every audited change of a Procedure passes here, so that whatever must follow each change
 * (the change feed of R-PLAT.1) observes one event, in the same transaction, without the audit context knowing it.
 */
public record AuditRecorded(UUID subject, Instant at) {}
