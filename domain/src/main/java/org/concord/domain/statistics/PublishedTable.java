package org.concord.domain.statistics;

import java.time.LocalDate;
import java.util.List;

/** A table in the publication ledger: what was released, at which data cut-off, cell by cell (statistics.md). */
public record PublishedTable(TableSpec spec, Period period, LocalDate cutoff, List<Cell> cells) {

    public PublishedTable {
        cells = List.copyOf(cells);
    }

    public String code() {
        return spec.code() + " " + period.code() + " @" + cutoff;
    }
}
