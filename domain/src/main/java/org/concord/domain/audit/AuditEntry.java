package org.concord.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.concord.domain.document.Document;

/**
 * one read or change of a Procedure's file, by whom and when. Entries of a Procedure form a hash chain: each
 * holds the SHA-256 of its own content and of the entry before it, so that changing, removing or reordering an entry
 * breaks every hash after it ({@link AuditChain#verify}). Entries are only ever added.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.ofProcedure", query = """
        select e from AuditEntry e where e.procedureId = :procedureId order by e.sequence""")
public class AuditEntry {

    /** The hash before the first entry of a chain. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    private UUID id;

    @Column(name = "procedure_id", nullable = false, updatable = false)
    private UUID procedureId;

    /** The position in the Procedure's chain, from 1. */
    @Column(name = "sequence_number", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 254, updatable = false)
    private String actor;

    @Column(name = "what", nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "previous_hash", nullable = false, length = 64, updatable = false)
    private String previousHash;

    @Column(nullable = false, length = 64, updatable = false)
    private String hash;

    /**
     * R-OPS.3: erased past its retention period: who and what are gone (set to empty by the erasure job in SQL); the
     * time, hash and place stay, so that the chain still verifies by this entry's stored hash.
     */
    @Column(nullable = false, updatable = false)
    private boolean erased;

    protected AuditEntry() {}

    /** The entry that follows {@code previous} (or starts the chain when it is {@code null}). */
    public static AuditEntry after(
            AuditEntry.Head previous, UUID procedureId, Instant at, String actor, String action) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.procedureId = Objects.requireNonNull(procedureId);
        entry.sequence = previous == null ? 1 : previous.sequence() + 1;
        // Stored as timestamp(6): the hash covers the instant as the database keeps it.
        entry.at = Objects.requireNonNull(at).truncatedTo(ChronoUnit.MICROS);
        entry.actor = Objects.requireNonNull(actor);
        entry.action = Objects.requireNonNull(action);
        entry.previousHash = previous == null ? GENESIS : previous.hash();
        entry.hash = entry.computeHash();
        return entry;
    }

    /** The last entry of a chain, as far as the next one needs it. */
    public record Head(long sequence, String hash) {}

    /** This entry as a link of its trail's hash chain. */
    AuditChain.Link link() {
        return erased
                ? AuditChain.Link.erased(sequence, previousHash, hash)
                : new AuditChain.Link(sequence, previousHash, hash, computeHash());
    }

    /** R-OPS.3: whether what this entry said was erased (its hash and place are kept). */
    public boolean erased() {
        return erased;
    }

    String computeHash() {
        String content = String.join(
                "\n", previousHash, procedureId.toString(), Long.toString(sequence), at.toString(), actor, action);
        return Document.sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    public Head head() {
        return new Head(sequence, hash);
    }

    public UUID procedureId() {
        return procedureId;
    }

    public long sequence() {
        return sequence;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
