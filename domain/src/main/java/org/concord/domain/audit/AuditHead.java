package org.concord.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The last entry of a Procedure's audit chain, kept apart: appending locks it (one writer per Procedure at a time,
 * other Procedures unaffected), and verification compares the chain's end with it.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    @Id
    @Column(name = "procedure_id")
    private UUID procedureId;

    @Column(name = "sequence_number", nullable = false)
    private long sequence;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditHead() {}

    public AuditHead(UUID procedureId) {
        this.procedureId = procedureId;
        this.hash = AuditEntry.GENESIS;
    }

    /** Appends an entry after this head and moves the head to it. */
    public AuditEntry append(java.time.Instant at, String actor, String action) {
        AuditEntry entry = AuditEntry.after(
                sequence == 0 ? null : new AuditEntry.Head(sequence, hash), procedureId, at, actor, action);
        this.sequence = entry.sequence();
        this.hash = entry.hash();
        return entry;
    }

    public AuditEntry.Head head() {
        return sequence == 0 ? null : new AuditEntry.Head(sequence, hash);
    }
}
