package org.concord.domain.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cover model of statistics.md over one year's {@link Facts}: the strata are the unknowns, numbered, and every
 * cell of every table (at its cut-off) is the set of strata it sums. Only strata that exist are unknowns: an
 * attacker is granted knowledge of which combinations are empty, so the audit errs on the safe side.
 */
final class CoverModel {

    private final Facts facts;
    private final List<Stratum> strata;
    private final long[] counts;

    CoverModel(Facts facts) {
        this.facts = facts;
        this.strata = facts.strata();
        this.counts = strata.stream().mapToLong(facts::count).toArray();
    }

    Facts facts() {
        return facts;
    }

    int size() {
        return strata.size();
    }

    Stratum stratum(int index) {
        return strata.get(index);
    }

    long count(int index) {
        return counts[index];
    }

    long value(int[] members) {
        long sum = 0;
        for (int member : members) {
            sum += counts[member];
        }
        return sum;
    }

    /**
     * Every cell of a table at a cut-off, margins included, in print order: categories of closed dimensions all,
     * of open ones those that occur, then the totals.
     */
    Map<CellRef, int[]> cells(TableSpec spec, Period period, int vintage) {
        List<String> rows = categories(spec.rows(), period, vintage);
        List<String> columns = spec.columns() == null ? List.of() : categories(spec.columns(), period, vintage);
        return cells(spec, period, vintage, rows, columns);
    }

    /** The cells of an already published table: its own categories, whatever the facts say now. */
    Map<CellRef, int[]> cells(PublishedTable table, int vintage) {
        Set<String> rows = new java.util.LinkedHashSet<>();
        Set<String> columns = new java.util.LinkedHashSet<>();
        for (Cell cell : table.cells()) {
            if (!Dimension.TOTAL.equals(cell.ref().row())) {
                rows.add(cell.ref().row());
            }
            if (!Dimension.TOTAL.equals(cell.ref().column())) {
                columns.add(cell.ref().column());
            }
        }
        return cells(table.spec(), table.period(), vintage, List.copyOf(rows), List.copyOf(columns));
    }

    private Map<CellRef, int[]> cells(
            TableSpec spec, Period period, int vintage, List<String> rows, List<String> columns) {
        Map<CellRef, List<Integer>> members = new LinkedHashMap<>();
        List<String> rowKeys = new ArrayList<>(rows);
        rowKeys.add(Dimension.TOTAL);
        List<String> columnKeys = new ArrayList<>(columns);
        columnKeys.add(Dimension.TOTAL);
        for (String row : rowKeys) {
            for (String column : columnKeys) {
                members.put(new CellRef(row, column), new ArrayList<>());
            }
        }
        for (int i = 0; i < strata.size(); i++) {
            Stratum stratum = strata.get(i);
            if (!stratum.knownAt(vintage) || !period.covers(stratum.quarter())) {
                continue;
            }
            String row = stratum.valueAt(spec.rows(), vintage);
            String column = spec.columns() == null ? Dimension.TOTAL : stratum.valueAt(spec.columns(), vintage);
            Set<CellRef> refs = new HashSet<>(List.of(
                    new CellRef(row, column),
                    new CellRef(row, Dimension.TOTAL),
                    new CellRef(Dimension.TOTAL, column),
                    new CellRef(Dimension.TOTAL, Dimension.TOTAL)));
            for (CellRef ref : refs) {
                List<Integer> list = members.get(ref);
                if (list != null) {
                    list.add(i);
                }
            }
        }
        Map<CellRef, int[]> result = new LinkedHashMap<>();
        members.forEach((ref, list) ->
                result.put(ref, list.stream().mapToInt(Integer::intValue).toArray()));
        return result;
    }

    private List<String> categories(Dimension dimension, Period period, int vintage) {
        if (dimension.closedCategories().isPresent()) {
            return dimension.closedCategories().get();
        }
        Set<String> present = new TreeSet<>();
        for (Stratum stratum : strata) {
            if (stratum.knownAt(vintage) && period.covers(stratum.quarter())) {
                present.add(stratum.valueAt(dimension, vintage));
            }
        }
        return List.copyOf(present);
    }

    /**
     * The groups of a cell an attacker might isolate by differences (statistics.md, implicit targets): its
     * Procedures split by quarter, by the cut-off by which Concord knew them and, for the dimensions that change, by
     * the cut-off by which they ended and by which their implementation was reported (R-PLAT.4).
     */
    List<int[]> slices(int[] members, boolean changesOverTime) {
        Map<List<Integer>, List<Integer>> groups = new LinkedHashMap<>();
        for (int member : members) {
            Stratum s = strata.get(member);
            List<Integer> key = List.of(
                    s.quarter(), s.recorded(), changesOverTime ? s.ended() : -1, changesOverTime ? s.reported() : -1);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
        }
        List<int[]> result = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            if (group.size() < members.length) {
                result.add(group.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return result;
    }

    /** Distinct Requesting Parties of a cell: parties that filed once count one each, the others once each. */
    long parties(int[] members) {
        long once = 0;
        Set<Stratum> inCell = new HashSet<>();
        for (int member : members) {
            once += facts.filedOnce(strata.get(member));
            inCell.add(strata.get(member));
        }
        long repeat = facts.repeatFilers().values().stream()
                .filter(own -> own.keySet().stream().anyMatch(inCell::contains))
                .count();
        return once + repeat;
    }

    static String key(int[] members) {
        int[] sorted = members.clone();
        Arrays.sort(sorted);
        return Arrays.toString(sorted);
    }
}
