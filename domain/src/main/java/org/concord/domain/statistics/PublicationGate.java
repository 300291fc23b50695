package org.concord.domain.statistics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.concord.domain.RuleViolation;

/**
 * The publication gate of statistics.md (R-13.3): primary suppression (k, and k_p distinct Requesting Parties),
 * secondary suppression, and the audit of every target over the whole publication history of the year — every
 * earlier release, period and cut-off — for outsiders and for each Requesting Party using its own Procedures.
 * It publishes, or refuses with the reasons. It fails closed: an inconsistent ledger or an audit that outruns its
 * time budget refuses.
 */
public final class PublicationGate {

    /**
     * @param k                 the threshold (default 5, never below 3)
     * @param kp                the least number of distinct Requesting Parties behind a published count (default 3)
     * @param marginsPublished  totals are never suppressed secondarily; a total below the threshold refuses
     * @param budget            the time the audit may take before the gate refuses
     */
    public record Settings(int k, int kp, boolean marginsPublished, Duration budget) {

        public static final int MINIMUM_K = 3;

        public Settings {
            if (k < MINIMUM_K) {
                throw new RuleViolation("R-13.3", "/k", "statistics.k.tooSmall", MINIMUM_K, k);
            }
            if (kp < 2 || kp > k) {
                throw new RuleViolation("R-13.3", "/kp", "statistics.kp.invalid", k, kp);
            }
        }

        public static Settings defaults() {
            return new Settings(5, 3, true, Duration.ofMinutes(2));
        }
    }

    private final Settings settings;

    /** Told the number of linear programs solved so far, after each one (progress of a background run). */
    private IntConsumer solved = programs -> {};

    private int programs;

    public PublicationGate(Settings settings) {
        this.settings = settings;
    }

    /**
     * The same gate, telling {@code listener} after each linear program of the audit how many it has solved: the
     * audit is most of a run's time, and how far it has come is what a background run shows (issue 24).
     */
    public PublicationGate reporting(IntConsumer listener) {
        this.solved = java.util.Objects.requireNonNull(listener);
        return this;
    }

    public Settings settings() {
        return settings;
    }

    /** Decides a release of {@code specs} over {@code period} at data cut-off {@code cutoff}. */
    public GateDecision decide(
            Facts facts, List<PublishedTable> ledger, List<TableSpec> specs, Period period, LocalDate cutoff) {
        if (specs.isEmpty()) {
            throw new RuleViolation("R-STAT.1", "/tables", "statistics.tables.required");
        }
        if (cutoff.isBefore(period.firstDay())) {
            throw new RuleViolation("R-STAT.1", "/cutoff", "statistics.cutoff.beforePeriod", cutoff, period.code());
        }
        for (PublishedTable earlier : ledger) {
            if (earlier.cutoff().isAfter(cutoff)) {
                throw new RuleViolation("R-13.3", "/cutoff", "statistics.cutoff.beforeLedger", earlier.cutoff());
            }
        }
        CoverModel model = new CoverModel(facts);
        int vintage = facts.vintageOf(cutoff);
        Map<String, Set<CellRef>> suppressedBefore = new HashMap<>();
        for (PublishedTable earlier : ledger) {
            for (Cell cell : earlier.cells()) {
                if (cell.status().suppressed()) {
                    suppressedBefore
                            .computeIfAbsent(
                                    earlier.spec().code() + " "
                                            + earlier.period().code(),
                                    key -> new java.util.HashSet<>())
                            .add(cell.ref());
                }
            }
        }
        List<String> refusals = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        for (TableSpec spec : specs) {
            Draft draft = new Draft(spec, period, cutoff);
            Set<CellRef> before = suppressedBefore.getOrDefault(spec.code() + " " + period.code(), Set.of());
            model.cells(spec, period, vintage).forEach((ref, members) -> {
                long value = model.value(members);
                boolean primary = value > 0 && (value < settings.k() || model.parties(members) < settings.kp());
                if (primary && spec.isMargin(ref) && settings.marginsPublished()) {
                    refusals.add(spec.code() + " " + period.code() + ": the total " + ref
                            + " is below the threshold and totals are published (R-13.3)");
                }
                CellStatus status = primary
                        ? CellStatus.PRIMARY
                        : before.contains(ref) && !(spec.isMargin(ref) && settings.marginsPublished()) && value > 0
                                ? CellStatus.SECONDARY
                                : CellStatus.PUBLISHED;
                draft.cells.put(ref, new DraftCell(ref, members, value, status));
            });
            drafts.add(draft);
        }
        if (!refusals.isEmpty()) {
            return new GateDecision(false, List.of(), refusals, List.of(), Audit.SOLVER);
        }
        long deadline = System.nanoTime() + settings.budget().toNanos();
        try {
            PublicationSystem system = new PublicationSystem(model, ledger, drafts, deadline);
            List<TargetCheck> failures = system.search();
            List<TargetCheck> evidence = system.evidence();
            if (!failures.isEmpty()) {
                return new GateDecision(
                        false,
                        List.of(),
                        failures.stream()
                                .map(f -> f.target() + ": "
                                        + f.outsider() + ", an insider's upper bound " + upper(f.insiderUpper())
                                        + ", below k (R-13.3)")
                                .toList(),
                        evidence,
                        Audit.SOLVER);
            }
            return new GateDecision(
                    true, drafts.stream().map(Draft::table).toList(), List.of(), evidence, Audit.SOLVER);
        } catch (Audit.InconsistentLedger e) {
            return new GateDecision(false, List.of(), List.of(e.getMessage()), List.of(), Audit.SOLVER);
        } catch (OutOfTime e) {
            return new GateDecision(
                    false,
                    List.of(),
                    List.of("The audit ran out of its time budget of "
                            + settings.budget().toSeconds() + " s (fail closed)"),
                    List.of(),
                    Audit.SOLVER);
        }
    }

    /**
     * Audits a given suppression pattern: the candidate tables with their statuses as they are (no search). The
     * worked examples of statistics.md check their refused patterns with this.
     */
    public GateDecision audit(Facts facts, List<PublishedTable> ledger, List<PublishedTable> candidate) {
        CoverModel model = new CoverModel(facts);
        List<Draft> drafts = new ArrayList<>();
        for (PublishedTable table : candidate) {
            Draft draft = new Draft(table.spec(), table.period(), table.cutoff());
            Map<CellRef, int[]> cells = model.cells(table, facts.vintageOf(table.cutoff()));
            for (Cell cell : table.cells()) {
                int[] members = cells.get(cell.ref());
                draft.cells.put(cell.ref(), new DraftCell(cell.ref(), members, model.value(members), cell.status()));
            }
            drafts.add(draft);
        }
        PublicationSystem system = new PublicationSystem(model, ledger, drafts, Long.MAX_VALUE);
        List<TargetCheck> evidence = system.evidence();
        List<String> failures = evidence.stream()
                .filter(c -> !c.passed())
                .map(TargetCheck::target)
                .toList();
        return new GateDecision(
                failures.isEmpty(), failures.isEmpty() ? candidate : List.of(), failures, evidence, Audit.SOLVER);
    }

    private static String upper(long value) {
        return value == Interval.UNBOUNDED ? "∞" : Long.toString(value);
    }

    private record DraftCell(CellRef ref, int[] members, long value, CellStatus status) {
        DraftCell with(CellStatus newStatus) {
            return new DraftCell(ref, members, value, newStatus);
        }
    }

    private static final class Draft {
        final TableSpec spec;
        final Period period;
        final LocalDate cutoff;
        final Map<CellRef, DraftCell> cells = new LinkedHashMap<>();

        Draft(TableSpec spec, Period period, LocalDate cutoff) {
            this.spec = spec;
            this.period = period;
            this.cutoff = cutoff;
        }

        String code() {
            return spec.code() + " " + period.code() + " @" + cutoff;
        }

        PublishedTable table() {
            return new PublishedTable(
                    spec,
                    period,
                    cutoff,
                    cells.values().stream()
                            .map(c -> new Cell(c.ref(), c.value(), c.status()))
                            .toList());
        }
    }

    private record Target(String description, int[] members, long value) {}

    /** A cell the search may suppress: its table's index among the candidate tables, its reference and value. */
    private record Candidate(int table, CellRef ref, long value) {}

    private record Insider(String description, Map<Integer, Long> own) {}

    private static final class OutOfTime extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The whole year's publication system: ledger, candidate, targets and insiders. */
    private final class PublicationSystem {
        private final CoverModel model;
        private final List<Draft> drafts;
        private final long deadline;
        private final List<int[]> ledgerEquations = new ArrayList<>();
        private final List<Long> ledgerValues = new ArrayList<>();
        private final List<Target> targets = new ArrayList<>();
        private final List<Insider> insiders = new ArrayList<>();
        private int lastFailed;

        PublicationSystem(CoverModel model, List<PublishedTable> ledger, List<Draft> drafts, long deadline) {
            this.model = model;
            this.drafts = drafts;
            this.deadline = deadline;
            Map<String, Target> byMembers = new LinkedHashMap<>();
            for (PublishedTable table : ledger) {
                Map<CellRef, int[]> cells = model.cells(table, model.facts().vintageOf(table.cutoff()));
                boolean changing = table.spec().dimensions().stream().anyMatch(Dimension::changesOverTime);
                for (Cell cell : table.cells()) {
                    int[] members = cells.get(cell.ref());
                    if (!cell.status().suppressed()) {
                        ledgerEquations.add(members);
                        ledgerValues.add(cell.value());
                    }
                    addTargets(
                            byMembers,
                            table.code() + " " + cell.ref(),
                            members,
                            changing,
                            cell.status() == CellStatus.PRIMARY);
                }
            }
            for (Draft draft : drafts) {
                boolean changing = draft.spec.dimensions().stream().anyMatch(Dimension::changesOverTime);
                for (DraftCell cell : draft.cells.values()) {
                    addTargets(
                            byMembers,
                            draft.code() + " " + cell.ref(),
                            cell.members(),
                            changing,
                            cell.status() == CellStatus.PRIMARY);
                }
            }
            targets.addAll(byMembers.values());
            Map<Stratum, Integer> index = new HashMap<>();
            for (int i = 0; i < model.size(); i++) {
                index.put(model.stratum(i), i);
                if (model.facts().filedOnce(model.stratum(i)) > 0) {
                    insiders.add(new Insider("a party that filed once", Map.of(i, 1L)));
                }
            }
            model.facts().repeatFilers().values().forEach(own -> {
                Map<Integer, Long> byIndex = new HashMap<>();
                own.forEach((stratum, count) -> {
                    Integer i = index.get(stratum);
                    if (i != null) {
                        byIndex.put(i, count);
                    }
                });
                long total =
                        byIndex.values().stream().mapToLong(Long::longValue).sum();
                insiders.add(new Insider("a party with " + total + " Procedures this year", byIndex));
            });
        }

        private void addTargets(
                Map<String, Target> byMembers, String description, int[] members, boolean changing, boolean primary) {
            long value = model.value(members);
            if (value > 0 && (value < settings.k() || primary)) {
                byMembers.putIfAbsent(CoverModel.key(members), new Target(description, members, value));
            }
            for (int[] slice : model.slices(members, changing)) {
                long sliceValue = model.value(slice);
                if (sliceValue > 0 && sliceValue < settings.k()) {
                    Stratum first = model.stratum(slice[0]);
                    byMembers.putIfAbsent(
                            CoverModel.key(slice),
                            new Target(
                                    description + ", received in Q"
                                            + first.quarter() + ", known by cut-off " + cutoffName(first.recorded())
                                            + (changing ? ", ended by cut-off " + cutoffName(first.ended()) : ""),
                                    slice,
                                    sliceValue));
                }
            }
        }

        private String cutoffName(int vintage) {
            List<LocalDate> cutoffs = model.facts().cutoffs();
            return vintage < cutoffs.size() ? cutoffs.get(vintage).toString() : "none";
        }

        private Audit auditOf(Set<CellRef>[] extra) {
            Audit audit = new Audit(model.size());
            for (int i = 0; i < ledgerEquations.size(); i++) {
                audit.know(ledgerEquations.get(i), ledgerValues.get(i));
            }
            for (int d = 0; d < drafts.size(); d++) {
                for (DraftCell cell : drafts.get(d).cells.values()) {
                    if (!cell.status().suppressed() && (extra == null || !extra[d].contains(cell.ref()))) {
                        audit.know(cell.members(), cell.value());
                    }
                }
            }
            return audit;
        }

        /**
         * Checks the targets under the current statuses plus {@code extra} suppressions, until {@code enough} have
         * failed. The search only asks whether a pattern passes, or whether it fails fewer targets than the best so
         * far, and needs no lower bounds; it starts with the target that failed last, as most patterns of a search
         * fail on the same target, so that a failing pattern costs one or two linear programs. The evidence checks
         * every target in order, with both bounds.
         */
        private List<TargetCheck> check(Set<CellRef>[] extra, int enough, boolean evidence) {
            Audit audit = auditOf(extra);
            List<TargetCheck> result = new ArrayList<>();
            int failed = 0;
            for (int n = 0; n < targets.size() && failed < enough; n++) {
                if (System.nanoTime() > deadline) {
                    throw new OutOfTime();
                }
                int t = evidence ? n : searchOrder(n);
                TargetCheck check = check(audit, targets.get(t), evidence);
                solved.accept(++programs);
                result.add(check);
                if (!check.passed()) {
                    failed++;
                    if (!evidence) {
                        lastFailed = t;
                    }
                }
            }
            return result;
        }

        /** The n-th target the search checks: the one that failed last, then the others in their order. */
        private int searchOrder(int n) {
            if (n == 0) {
                return lastFailed;
            }
            return n <= lastFailed ? n - 1 : n;
        }

        private TargetCheck check(Audit audit, Target target, boolean lowerToo) {
            int k = settings.k();
            Audit.Solved outsider = audit.solve(target.members(), lowerToo);
            boolean passed = target.value() >= k || outsider.interval().upper() >= k;
            long worstInsider = Interval.UNBOUNDED;
            for (Insider insider : insiders) {
                if (!passed) {
                    break;
                }
                long ownInTarget = 0;
                for (int member : target.members()) {
                    ownInTarget += insider.own().getOrDefault(member, 0L);
                }
                long others = target.value() - ownInTarget;
                if (others < 1 || others >= k) {
                    continue;
                }
                long upper = outsider.interval().upper();
                if (upper != Interval.UNBOUNDED && !reaches(outsider.atUpper(), insider.own())) {
                    upper = audit.insiderUpper(target.members(), insider.own());
                }
                long othersUpper = upper == Interval.UNBOUNDED ? upper : upper - ownInTarget;
                worstInsider = Math.min(worstInsider, othersUpper);
                if (othersUpper < k) {
                    passed = false;
                }
            }
            return new TargetCheck(target.description(), target.value(), outsider.interval(), worstInsider, passed);
        }

        private boolean reaches(double[] solution, Map<Integer, Long> own) {
            for (Map.Entry<Integer, Long> entry : own.entrySet()) {
                if (solution[entry.getKey()] < entry.getValue() - 1e-6) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Step 4: adds the fewest secondary suppressions, then the smallest total, then the first cells in print
         * order, that make every target pass. Exhaustive up to three cells among small tables, then greedy with a
         * final pass removing any addition no longer needed. Returns the targets still failing (none: publish).
         */
        List<TargetCheck> search() {
            List<TargetCheck> failures = failures(none());
            if (failures.isEmpty()) {
                return failures;
            }
            List<Candidate> pool = new ArrayList<>();
            for (int d = 0; d < drafts.size(); d++) {
                for (DraftCell cell : drafts.get(d).cells.values()) {
                    if (cell.status() == CellStatus.PUBLISHED
                            && cell.value() > 0
                            && !(drafts.get(d).spec.isMargin(cell.ref()) && settings.marginsPublished())) {
                        pool.add(new Candidate(d, cell.ref(), cell.value()));
                    }
                }
            }
            // print order: tables in order, cells in their order (a stable sort keeps it among equal values)
            pool.sort(Comparator.comparingLong(Candidate::value));
            for (int size = 1;
                    size <= 3 && pool.size() <= (size == 1 ? Integer.MAX_VALUE : size == 2 ? 60 : 30);
                    size++) {
                for (List<Candidate> combination : combinations(pool, size)) {
                    if (failures(of(combination)).isEmpty()) {
                        apply(combination);
                        return List.of();
                    }
                }
            }
            List<Candidate> added = new ArrayList<>();
            List<Candidate> remaining = new ArrayList<>(pool);
            while (!failures.isEmpty() && !remaining.isEmpty()) {
                Candidate best = null;
                int fewest = Integer.MAX_VALUE;
                for (Candidate cell : remaining) {
                    List<Candidate> trial = new ArrayList<>(added);
                    trial.add(cell);
                    int count = countFailures(of(trial), fewest);
                    if (count < fewest) {
                        fewest = count;
                        best = cell;
                    }
                }
                added.add(best);
                remaining.remove(best);
                failures = failures(of(added));
            }
            if (!failures.isEmpty()) {
                return check(none(), Integer.MAX_VALUE, true).stream()
                        .filter(c -> !c.passed())
                        .toList();
            }
            for (int i = added.size() - 1; i >= 0; i--) {
                List<Candidate> without = new ArrayList<>(added);
                without.remove(i);
                if (failures(of(without)).isEmpty()) {
                    added = without;
                }
            }
            apply(added);
            return List.of();
        }

        List<TargetCheck> evidence() {
            List<TargetCheck> result = new ArrayList<>(check(none(), Integer.MAX_VALUE, true));
            Audit audit = auditOf(none());
            Set<String> audited = new java.util.HashSet<>();
            targets.forEach(t -> audited.add(CoverModel.key(t.members())));
            for (Draft draft : drafts) {
                for (DraftCell cell : draft.cells.values()) {
                    if (cell.status().suppressed() && !audited.contains(CoverModel.key(cell.members()))) {
                        result.add(new TargetCheck(
                                draft.code() + " " + cell.ref(),
                                cell.value(),
                                audit.solve(cell.members(), true).interval(),
                                Interval.UNBOUNDED,
                                true));
                    }
                }
            }
            return result;
        }

        private List<TargetCheck> failures(Set<CellRef>[] extra) {
            return check(extra, 1, false).stream().filter(c -> !c.passed()).toList();
        }

        /** The failures of a pattern, counted up to {@code atMost}: the greedy step needs no more. */
        private int countFailures(Set<CellRef>[] extra, int atMost) {
            return (int) check(extra, atMost, false).stream()
                    .filter(c -> !c.passed())
                    .count();
        }

        @SuppressWarnings("unchecked")
        private Set<CellRef>[] none() {
            Set<CellRef>[] result = new Set[drafts.size()];
            for (int d = 0; d < result.length; d++) {
                result[d] = Set.of();
            }
            return result;
        }

        @SuppressWarnings("unchecked")
        private Set<CellRef>[] of(List<Candidate> cells) {
            Set<CellRef>[] result = new Set[drafts.size()];
            for (int d = 0; d < result.length; d++) {
                result[d] = new java.util.HashSet<>();
            }
            for (Candidate cell : cells) {
                result[cell.table()].add(cell.ref());
            }
            return result;
        }

        private void apply(List<Candidate> cells) {
            for (Candidate cell : cells) {
                Draft draft = drafts.get(cell.table());
                draft.cells.put(cell.ref(), draft.cells.get(cell.ref()).with(CellStatus.SECONDARY));
            }
        }

        /** Combinations of {@code size} cells, by smallest total first, then pool order. */
        private List<List<Candidate>> combinations(List<Candidate> pool, int size) {
            List<List<Candidate>> result = new ArrayList<>();
            collect(pool, size, 0, new ArrayList<>(), result);
            result.sort(Comparator.comparingLong(
                    c -> c.stream().mapToLong(Candidate::value).sum()));
            return result;
        }

        private void collect(
                List<Candidate> pool, int size, int from, List<Candidate> current, List<List<Candidate>> result) {
            if (current.size() == size) {
                result.add(List.copyOf(current));
                return;
            }
            for (int i = from; i < pool.size(); i++) {
                current.add(pool.get(i));
                collect(pool, size, i + 1, current, result);
                current.remove(current.size() - 1);
            }
        }
    }
}
