package org.concord.domain.statistics;

/** A cell as decided: its true value (confidential when suppressed) and its status. */
public record Cell(CellRef ref, long value, CellStatus status) {

    /** What an outsider reads: the value, or the suppression symbol. */
    public String printed() {
        return status.suppressed() ? CellStatus.SUPPRESSED_SYMBOL : Long.toString(value);
    }
}
