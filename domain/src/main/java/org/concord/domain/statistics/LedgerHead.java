package org.concord.domain.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import org.concord.domain.audit.AuditChain;
import org.concord.domain.audit.AuditEntry;

/**
 * The end of one year's publication ledger. Deciding a release locks it, so that two releases of the same year are
 * never audited without each other (statistics.md: the audit covers every earlier release); each published release
 * is chained to the previous one by its hash, as a Procedure's audit trail is (the same genesis, the same check).
 */
@Entity
@Table(name = "statistics_ledger")
@NamedQuery(name = "LedgerHead.newestFirst", query = "select h from LedgerHead h order by h.year desc")
public class LedgerHead {

    @Id
    @Column(name = "period_year")
    private int year;

    @Column(name = "sequence_number", nullable = false)
    private long sequence;

    @Column(nullable = false, length = 64)
    private String hash;

    protected LedgerHead() {}

    public LedgerHead(int year) {
        this.year = year;
        this.hash = AuditEntry.GENESIS;
    }

    /**
     * whether this year's ledger is intact: {@code releases} (its published releases, in sequence) numbered
     * without gaps, each unchanged since it was released, each chained to the one before it, the last one this head.
     */
    public Optional<AuditChain.Break> verify(List<Release> releases) {
        return AuditChain.verifyLinks(
                releases.stream().map(Release::link).toList(), new AuditEntry.Head(sequence, hash));
    }

    void advance(long newSequence, String newHash) {
        this.sequence = newSequence;
        this.hash = newHash;
    }

    public int year() {
        return year;
    }

    public long sequence() {
        return sequence;
    }

    public String hash() {
        return hash;
    }
}
