package org.concord.domain.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of one year's publication ledger. Deciding a release locks it, so that two releases of the same year are
 * never audited without each other (statistics.md: the audit covers every earlier release); each published release
 * is chained to the previous one by its hash.
 */
@Entity
@Table(name = "statistics_ledger")
public class LedgerHead {

    /** The hash before the first release of a year. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @Column(name = "period_year")
    private int year;

    @Column(name = "sequence_number", nullable = false)
    private long sequence;

    @Column(nullable = false, length = 64)
    private String hash;

    protected LedgerHead() {
    }

    public LedgerHead(int year) {
        this.year = year;
        this.hash = GENESIS;
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
