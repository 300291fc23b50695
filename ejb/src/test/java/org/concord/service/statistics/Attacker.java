package org.concord.service.statistics;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * An attacker written apart from the publication gate (statistics.md, "tests that prove it"). It reads only what was
 * published — the CSV files, whose lines name the table, period, cut-off, categories and printed value — and the
 * published definitions (which dimensions change while a Procedure runs, and their "pending" category). It rebuilds
 * its own cover model: one unknown per quarter of receipt, cut-off by which a Procedure was known, cut-off by which it
 * ended, and category of every dimension; and bounds targets with the Apache Commons Math simplex, not the gate's
 * ojAlgo. A party attacks with its own Procedures as lower bounds.
 */
final class Attacker {

    /**
     * A group of unknowns an attacker would like to count: a cell, or a cell's slice by quarter and cut-offs;
     * {@code suppressed} when it is a cell printed as {@code x}.
     */
    record Target(String name, Set<Integer> unknowns, boolean suppressed) {}

    /** An unknown of the model: quarter of receipt, known by cut-off {@code known}, ended by {@code ended}. */
    record Unknown(int quarter, int known, int ended, Map<String, String> values) {}

    private final Map<String, String> pending;
    private final List<LocalDate> cutoffs;
    private final List<Unknown> unknowns = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final Map<Set<Integer>, Target> targets = new LinkedHashMap<>();
    /** Unknowns that appear in exactly the same published lines, grouped: see {@link #solve}. */
    private final List<List<Integer>> classes;

    /**
     * @param csvs    every release published for the year, in order
     * @param pending the dimensions whose category changes at the end, with their "pending" category
     */
    Attacker(List<byte[]> csvs, Map<String, String> pending) throws IOException {
        this.pending = pending;
        List<CSVRecord> lines = new ArrayList<>();
        for (byte[] csv : csvs) {
            lines.addAll(CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))
                    .getRecords());
        }
        Set<LocalDate> seenCutoffs = new TreeSet<>();
        Map<String, Set<String>> categories = new LinkedHashMap<>();
        for (CSVRecord line : lines) {
            if (line.get("rows").equals("AVERAGE")) {
                continue;
            }
            seenCutoffs.add(LocalDate.parse(line.get("data_cutoff")));
            category(categories, line.get("rows"), line.get("row"));
            if (!line.get("columns").isEmpty()) {
                category(categories, line.get("columns"), line.get("column"));
            }
        }
        cutoffs = List.copyOf(seenCutoffs);
        int v = cutoffs.size();
        List<Map<String, String>> combinations = combinations(categories);
        for (int q = 1; q <= 4; q++) {
            for (int known = 0; known < v; known++) {
                for (int ended = known; ended <= v; ended++) {
                    for (Map<String, String> combination : combinations) {
                        unknowns.add(new Unknown(q, known, ended, combination));
                    }
                }
            }
        }
        for (CSVRecord line : lines) {
            if (line.get("rows").equals("AVERAGE")) {
                continue;
            }
            Set<Integer> members = members(line);
            String name = line.get("table") + " " + line.get("period") + " @" + line.get("data_cutoff") + " "
                    + line.get("row") + " × " + line.get("column");
            if (line.get("value").equals("x")) {
                targets.put(members, new Target(name, members, true));
            } else {
                double[] row = new double[unknowns.size()];
                members.forEach(i -> row[i] = 1);
                rows.add(row);
                values.add(Double.parseDouble(line.get("value")));
            }
            // implicit targets (statistics.md, check 3): the cell's Procedures by quarter (a year-to-date less the
            // previous one), by the cut-off they were known by (a revised figure less its earlier vintage) and, where
            // a category changes when a Procedure ends, by the cut-off by which they ended
            boolean changing = pending.containsKey(line.get("rows")) || pending.containsKey(line.get("columns"));
            Map<List<Integer>, Set<Integer>> slices = new HashMap<>();
            for (int i : members) {
                Unknown u = unknowns.get(i);
                slices.computeIfAbsent(List.of(u.quarter(), u.known(), changing ? u.ended() : -1), s -> new TreeSet<>())
                        .add(i);
            }
            slices.forEach((key, slice) -> targets.putIfAbsent(
                    slice,
                    new Target(
                            name + " Q" + key.get(0) + " known@" + key.get(1)
                                    + (changing ? " ended@" + key.get(2) : ""),
                            slice,
                            false)));
        }
        classes = classes();
    }

    private List<List<Integer>> classes() {
        Map<List<Integer>, List<Integer>> bySignature = new LinkedHashMap<>();
        for (int i = 0; i < unknowns.size(); i++) {
            List<Integer> signature = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r)[i] != 0) {
                    signature.add(r);
                }
            }
            bySignature.computeIfAbsent(signature, s -> new ArrayList<>()).add(i);
        }
        return List.copyOf(bySignature.values());
    }

    private static void category(Map<String, Set<String>> categories, String dimension, String category) {
        Set<String> known = categories.computeIfAbsent(dimension, d -> new LinkedHashSet<>());
        if (!category.equals("TOTAL")) {
            known.add(category);
        }
    }

    private List<Map<String, String>> combinations(Map<String, Set<String>> categories) {
        List<Map<String, String>> result = new ArrayList<>(List.of(Map.of()));
        categories.forEach((dimension, all) -> {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : result) {
                for (String category : all) {
                    if (category.equals(pending.get(dimension))) {
                        continue; // a final category is never "pending"
                    }
                    Map<String, String> longer = new HashMap<>(partial);
                    longer.put(dimension, category);
                    next.add(longer);
                }
            }
            result.clear();
            result.addAll(next);
        });
        return result;
    }

    /** The unknowns a published line sums. */
    private Set<Integer> members(CSVRecord line) {
        int cutoff = cutoffs.indexOf(LocalDate.parse(line.get("data_cutoff")));
        Set<Integer> quarters = quarters(line.get("period"));
        Set<Integer> result = new TreeSet<>();
        for (int i = 0; i < unknowns.size(); i++) {
            Unknown u = unknowns.get(i);
            if (quarters.contains(u.quarter())
                    && u.known() <= cutoff
                    && matches(u, line.get("rows"), line.get("row"), cutoff)
                    && (line.get("columns").isEmpty() || matches(u, line.get("columns"), line.get("column"), cutoff))) {
                result.add(i);
            }
        }
        return result;
    }

    private boolean matches(Unknown u, String dimension, String category, int cutoff) {
        if (category.equals("TOTAL")) {
            return true;
        }
        String value = pending.containsKey(dimension) && u.ended() > cutoff
                ? pending.get(dimension)
                : u.values().get(dimension);
        return category.equals(value);
    }

    private static Set<Integer> quarters(String period) {
        Set<Integer> result = new TreeSet<>();
        if (period.contains("-YTD-Q")) {
            for (int q = 1; q <= Integer.parseInt(period.substring(period.length() - 1)); q++) {
                result.add(q);
            }
        } else if (period.contains("-Q")) {
            result.add(Integer.parseInt(period.substring(period.length() - 1)));
        } else {
            result.addAll(List.of(1, 2, 3, 4));
        }
        return result;
    }

    List<Unknown> unknowns() {
        return unknowns;
    }

    List<Target> targets() {
        return List.copyOf(targets.values());
    }

    /**
     * The largest count of {@code target} consistent with everything published and, for a party, with its own
     * Procedures ({@code own}: unknown → how many are its own) as lower bounds; {@link Double#POSITIVE_INFINITY} when
     * nothing bounds it.
     */
    double upper(Target target, Map<Integer, Long> own) {
        return solve(target, own, GoalType.MAXIMIZE);
    }

    double lower(Target target, Map<Integer, Long> own) {
        return solve(target, own, GoalType.MINIMIZE);
    }

    /**
     * Unknowns that appear in exactly the same published lines are indistinguishable: only their sum is constrained.
     * The LP is solved over these classes (the solver degenerates on identical columns otherwise): a target can take a
     * whole class it touches, less the party's own Procedures outside it, and must take only the own Procedures of a
     * class it does not cover.
     */
    private double solve(Target target, Map<Integer, Long> own, GoalType goal) {
        List<List<Integer>> members = classes;
        int n = members.size();
        double[] objective = new double[n];
        double constant = 0;
        double[] lower = new double[n];
        for (int c = 0; c < n; c++) {
            boolean touches = false;
            boolean covers = true;
            for (int i : members.get(c)) {
                lower[c] += own.getOrDefault(i, 0L);
                boolean in = target.unknowns().contains(i);
                touches |= in;
                covers &= in;
            }
            if (goal == GoalType.MAXIMIZE && touches) {
                objective[c] = 1;
                for (int i : members.get(c)) {
                    constant -= target.unknowns().contains(i) ? 0 : own.getOrDefault(i, 0L);
                }
            } else if (goal == GoalType.MINIMIZE) {
                if (covers) {
                    objective[c] = 1;
                } else {
                    for (int i : members.get(c)) {
                        constant += target.unknowns().contains(i) ? own.getOrDefault(i, 0L) : 0;
                    }
                }
            }
        }
        Collection<LinearConstraint> constraints = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            double[] row = new double[n];
            for (int c = 0; c < n; c++) {
                row[c] = rows.get(r)[members.get(c).get(0)];
            }
            constraints.add(new LinearConstraint(row, Relationship.EQ, values.get(r)));
        }
        for (int c = 0; c < n; c++) {
            if (lower[c] > 0) {
                double[] row = new double[n];
                row[c] = 1;
                constraints.add(new LinearConstraint(row, Relationship.GEQ, lower[c]));
            }
        }
        try {
            PointValuePair solution = new SimplexSolver()
                    .optimize(
                            new MaxIter(1_000_000),
                            new LinearObjectiveFunction(objective, constant),
                            new LinearConstraintSet(constraints),
                            goal,
                            new NonNegativeConstraint(true));
            return solution.getValue();
        } catch (UnboundedSolutionException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    List<LocalDate> cutoffs() {
        return cutoffs;
    }
}
