package org.concord.domain.statistics;

/** A cell of a table by its row and column categories; {@link Dimension#TOTAL} marks a margin. */
public record CellRef(String row, String column) {

    @Override
    public String toString() {
        return row + " × " + column;
    }
}
