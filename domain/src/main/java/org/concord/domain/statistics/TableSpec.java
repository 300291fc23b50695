package org.concord.domain.statistics;

import java.util.ArrayList;
import java.util.List;
import org.concord.domain.RuleViolation;

/** A 1-D ({@code columns == null}) or 2-D table over whitelisted dimensions (R-STAT.1). */
public record TableSpec(Dimension rows, Dimension columns) {

    public TableSpec {
        if (rows == null) {
            throw new RuleViolation("R-STAT.1", "/rows", "statistics.rows.required");
        }
        if (rows == columns) {
            throw new RuleViolation("R-STAT.1", "/columns", "statistics.columns.same");
        }
    }

    public static TableSpec of(Dimension rows) {
        return new TableSpec(rows, null);
    }

    public List<Dimension> dimensions() {
        List<Dimension> result = new ArrayList<>(List.of(rows));
        if (columns != null) {
            result.add(columns);
        }
        return result;
    }

    /** A total: the grand total, and in a 2-D table the row and column totals too. */
    public boolean isMargin(CellRef ref) {
        boolean rowTotal = Dimension.TOTAL.equals(ref.row());
        return columns == null ? rowTotal : rowTotal || Dimension.TOTAL.equals(ref.column());
    }

    /** Every table a publication may print: each whitelisted dimension alone, then every ordered pair (R-STAT.1). */
    public static List<TableSpec> all() {
        List<TableSpec> all = new ArrayList<>();
        for (Dimension rows : Dimension.values()) {
            all.add(of(rows));
        }
        for (Dimension rows : Dimension.values()) {
            for (Dimension columns : Dimension.values()) {
                if (rows != columns) {
                    all.add(new TableSpec(rows, columns));
                }
            }
        }
        return all;
    }

    /** The table of a {@link #code()}; a clear error for anything else (R-STAT.1: whitelisted dimensions only). */
    public static TableSpec parse(String code) {
        String[] parts = code == null ? new String[0] : code.strip().split("×");
        try {
            if (parts.length == 1) {
                return of(Dimension.valueOf(parts[0]));
            }
            if (parts.length == 2) {
                return new TableSpec(Dimension.valueOf(parts[0]), Dimension.valueOf(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the rule's message
        }
        throw new RuleViolation(
                "R-STAT.1", "/tables", "statistics.table.unknown", code, java.util.Arrays.toString(Dimension.values()));
    }

    /** "COUNTRY×MATTER" or "OUTCOME": how a definition is written and stored. */
    public String code() {
        return columns == null ? rows.name() : rows.name() + "×" + columns.name();
    }
}
