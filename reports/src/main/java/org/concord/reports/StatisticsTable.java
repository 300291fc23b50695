package org.concord.reports;

import java.util.List;

/**
 * A table of a statistics release as it is printed: category codes and printed cells only ({@code "x"} for a
 * suppressed cell, statistics.md 1 and 6). The layouts compute nothing from it: no sum, count or percentage.
 *
 * @param code             how the definition is written, e.g. {@code COUNTRY×MATTER}
 * @param rowsDimension    the rows' dimension, e.g. {@code COUNTRY}
 * @param columnsDimension the columns' dimension, or {@code null} for a 1-D table
 * @param period           the period code, e.g. {@code 2026-Q3}
 * @param cutoff           the data cut-off, ISO date
 * @param columns          column category codes, {@code TOTAL} last
 * @param rows             the rows, {@code TOTAL} last
 */
public record StatisticsTable(
        String code,
        String rowsDimension,
        String columnsDimension,
        String period,
        String cutoff,
        List<String> columns,
        List<Row> rows) {

    public static final String TOTAL = "TOTAL";

    public StatisticsTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A row: its category code and the printed cells, one per column. */
    public record Row(String category, List<String> printed) {
        public Row {
            printed = List.copyOf(printed);
        }
    }
}
