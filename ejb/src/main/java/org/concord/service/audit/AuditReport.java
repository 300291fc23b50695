package org.concord.service.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A Procedure's audit trail for CENTER_ADMIN: the entries, newest last, and whether the hash chain holds;
 * if not, where it first breaks and why.
 */
public record AuditReport(String reference, List<Entry> entries, boolean intact, Long brokenAt, String breakReason)
        implements Serializable {

    /** One entry as shown. */
    public record Entry(long sequence, Instant at, String actor, String what, String hash) implements Serializable {}
}
