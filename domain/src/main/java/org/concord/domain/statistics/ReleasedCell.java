package org.concord.domain.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A cell of a release as the ledger keeps it: its table, row, column, true value and status (statistics.md). */
@Embeddable
public class ReleasedCell {

    @Column(name = "table_code", nullable = false, length = 40)
    private String table;

    @Column(name = "row_key", nullable = false, length = 60)
    private String row;

    @Column(name = "column_key", nullable = false, length = 60)
    private String column;

    @Column(name = "cell_value", nullable = false)
    private long value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CellStatus status;

    protected ReleasedCell() {}

    ReleasedCell(String table, Cell cell) {
        this.table = table;
        this.row = cell.ref().row();
        this.column = cell.ref().column();
        this.value = cell.value();
        this.status = cell.status();
    }

    String table() {
        return table;
    }

    Cell cell() {
        return new Cell(new CellRef(row, column), value, status);
    }
}
