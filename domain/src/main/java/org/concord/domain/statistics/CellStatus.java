package org.concord.domain.statistics;

/** What the gate decided for a cell. PRIMARY and SECONDARY print alike ({@link #SUPPRESSED_SYMBOL}, statistics.md 1). */
public enum CellStatus {
    PUBLISHED,
    PRIMARY,
    SECONDARY;

    public static final String SUPPRESSED_SYMBOL = "x";

    public boolean suppressed() {
        return this != PUBLISHED;
    }
}
