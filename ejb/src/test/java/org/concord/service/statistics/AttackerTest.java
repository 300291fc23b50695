package org.concord.service.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.concord.domain.statistics.Cell;
import org.concord.domain.statistics.CellRef;
import org.concord.domain.statistics.CellStatus;
import org.concord.domain.statistics.Dimension;
import org.concord.domain.statistics.Fact;
import org.concord.domain.statistics.Facts;
import org.concord.domain.statistics.GateDecision;
import org.concord.domain.statistics.Period;
import org.concord.domain.statistics.PublicationGate;
import org.concord.domain.statistics.PublishedTable;
import org.concord.domain.statistics.TableSpec;
import org.concord.reports.StatisticsReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * statistics.md, "tests that prove it": the {@link Attacker}, apart from the gate and with another solver,
 * reads only the CSV actually produced. It must succeed on the known-bad patterns of the worked examples (so it is not
 * a no-op) and fail on the release the gate accepts, as an outsider and as each Requesting Party.
 */
class AttackerTest {

    private static final int K = 5;
    private static final int YEAR = 2026;
    private static final Map<String, String> PENDING = Map.of("OUTCOME", "PENDING", "DURATION", "ONGOING");
    private static final PublicationGate GATE = new PublicationGate(PublicationGate.Settings.defaults());
    private static final TableSpec COUNTRY_MATTER = new TableSpec(Dimension.COUNTRY, Dimension.MATTER);

    @Test
    void succeedsOnTheNegativeControlOfE2() throws IOException {
        String[] countries = {"DE", "FR", "IT", "ES"};
        long[][] counts = {{12, 20}, {3, 15}, {7, 9}, {6, 2}};
        List<Cell> cells = new ArrayList<>();
        long[] columnTotals = new long[2];
        for (int c = 0; c < countries.length; c++) {
            for (int m = 0; m < 2; m++) {
                boolean suppressed = countries[c].equals("FR") || countries[c].equals("ES") && m == 1;
                cells.add(new Cell(
                        new CellRef(countries[c], m == 0 ? "COPYRIGHT" : "TRADEMARK"),
                        counts[c][m],
                        suppressed ? CellStatus.PRIMARY : CellStatus.PUBLISHED));
                columnTotals[m] += counts[c][m];
            }
            cells.add(new Cell(new CellRef(countries[c], "TOTAL"), counts[c][0] + counts[c][1], CellStatus.PUBLISHED));
        }
        cells.add(new Cell(new CellRef("TOTAL", "COPYRIGHT"), columnTotals[0], CellStatus.PUBLISHED));
        cells.add(new Cell(new CellRef("TOTAL", "TRADEMARK"), columnTotals[1], CellStatus.PUBLISHED));
        cells.add(new Cell(new CellRef("TOTAL", "TOTAL"), 74, CellStatus.PUBLISHED));
        PublishedTable bad = new PublishedTable(COUNTRY_MATTER, Period.year(YEAR), LocalDate.of(2027, 1, 31), cells);

        Attacker attacker = new Attacker(List.of(csv(List.of(bad))), PENDING);
        Attacker.Target frCopyright = attacker.targets().stream()
                .filter(t -> t.name().endsWith("FR × COPYRIGHT"))
                .findFirst()
                .orElseThrow();
        assertEquals(3, attacker.upper(frCopyright, Map.of()), 1e-6, "FR-C disclosed through the Copyright column");
        assertEquals(3, attacker.lower(frCopyright, Map.of()), 1e-6);
    }

    @Test
    void failsOnTheReleaseTheGateMakesOfE2() throws IOException {
        List<Fact> facts = new ArrayList<>();
        String[] countries = {"DE", "FR", "IT", "ES"};
        long[][] counts = {{12, 20}, {3, 15}, {7, 9}, {6, 2}};
        int party = 0;
        for (int c = 0; c < countries.length; c++) {
            for (int m = 0; m < 2; m++) {
                for (int i = 0; i < counts[c][m]; i++) {
                    facts.add(fact(
                            LocalDate.of(YEAR, 5, 2),
                            LocalDate.of(YEAR, 5, 2),
                            countries[c],
                            m == 0 ? "COPYRIGHT" : "TRADEMARK",
                            "p" + party++));
                }
            }
        }
        LocalDate cutoff = LocalDate.of(2027, 1, 31);
        GateDecision decision = GATE.decide(
                Facts.of(YEAR, List.of(cutoff), EnumSet.of(Dimension.COUNTRY, Dimension.MATTER), facts),
                List.of(),
                List.of(COUNTRY_MATTER),
                Period.year(YEAR),
                cutoff);
        assertTrue(decision.published());
        assertAttackFails(List.of(csv(decision.tables())), facts);
    }

    /**
     * statistics.md, "seeded random histories": a year of quarterly, year-to-date and annual releases over random
     * Procedures, with late filings that revise figures already published and frequent filers. After each release the
     * gate accepts, the attacker attacks the whole ledger as published so far. Refusals are part of a history: the
     * Center then publishes nothing and the next release comes.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void failsAfterEveryAcceptedReleaseOfARandomHistory(long seed) throws IOException {
        List<Fact> facts = randomYear(new Random(seed));
        List<PublishedTable> ledger = new ArrayList<>();
        List<byte[]> published = new ArrayList<>();
        int accepted = 0;
        int checked = 0;
        for (Step step : PLAN) {
            List<LocalDate> cutoffs =
                    new ArrayList<>(ledger.stream().map(PublishedTable::cutoff).toList());
            cutoffs.add(step.cutoff());
            GateDecision decision = GATE.decide(
                    Facts.of(YEAR, cutoffs, EnumSet.of(Dimension.COUNTRY, Dimension.MATTER, Dimension.OUTCOME), facts),
                    ledger,
                    step.tables(),
                    step.period(),
                    step.cutoff());
            if (decision.published()) {
                accepted++;
                ledger.addAll(decision.tables());
                published.add(csv(decision.tables()));
                checked += assertAttackFails(published, facts);
            }
        }
        assertTrue(accepted >= 2, "seed " + seed + ": only " + accepted + " of " + PLAN.size() + " releases accepted");
        assertTrue(checked > 0, "seed " + seed + ": no sensitive target was attacked");
    }

    private record Step(LocalDate cutoff, Period period, List<TableSpec> tables) {}

    private static final List<Step> PLAN = List.of(
            new Step(LocalDate.of(YEAR, 4, 10), Period.quarter(YEAR, 1), List.of(TableSpec.of(Dimension.MATTER))),
            new Step(LocalDate.of(YEAR, 7, 10), Period.yearToDate(YEAR, 2), List.of(COUNTRY_MATTER)),
            new Step(
                    LocalDate.of(YEAR, 10, 10),
                    Period.quarter(YEAR, 3),
                    List.of(TableSpec.of(Dimension.COUNTRY), TableSpec.of(Dimension.MATTER))),
            new Step(LocalDate.of(YEAR, 10, 20), Period.yearToDate(YEAR, 3), List.of(TableSpec.of(Dimension.OUTCOME))),
            new Step(
                    LocalDate.of(YEAR + 1, 1, 31),
                    Period.year(YEAR),
                    List.of(COUNTRY_MATTER, TableSpec.of(Dimension.OUTCOME))));

    private static final List<String> OUTCOMES = List.of(
            Dimension.Outcome.FOR_REQUESTING_PARTY,
            Dimension.Outcome.FOR_RESPONDING_PARTY,
            Dimension.Outcome.SETTLED,
            Dimension.Outcome.TERMINATED_OUT_OF_SCOPE,
            Dimension.Outcome.TERMINATED_UNNECESSARY_OR_IMPOSSIBLE);

    /**
     * 40 to 100 Procedures over the year: most from Germany, fewer from France and Spain; about one in six filed late
     * (recorded 20 to 100 days after receipt, so often after a cut-off that already counted its quarter); a third from
     * three frequent filers; four in five ended by 10 to 120 days after they were recorded.
     */
    private static List<Fact> randomYear(Random random) {
        int count = 40 + random.nextInt(61);
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate received = LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365));
            LocalDate recorded = random.nextInt(6) == 0 ? received.plusDays(20 + random.nextInt(81)) : received;
            LocalDate ended = random.nextInt(5) == 0 ? null : recorded.plusDays(10 + random.nextInt(111));
            int country = random.nextInt(10);
            Map<Dimension, String> values = new EnumMap<>(Dimension.class);
            values.put(Dimension.COUNTRY, country < 5 ? "DE" : country < 8 ? "FR" : "ES");
            values.put(Dimension.MATTER, random.nextInt(3) == 0 ? "TRADEMARK" : "COPYRIGHT");
            values.put(Dimension.OUTCOME, OUTCOMES.get(random.nextInt(OUTCOMES.size())));
            String party = random.nextInt(3) == 0 ? "frequent" + random.nextInt(3) : "p" + i;
            facts.add(new Fact(received, recorded, ended, values, party));
        }
        return facts;
    }

    /**
     * Every sensitive target keeps an upper bound of at least k, as statistics.md's audit requires: for an outsider,
     * every target whose true count is between 1 and k−1; for each party, with its own Procedures as lower bounds,
     * every such target and every cell printed as {@code x} because fewer than k_p parties are behind it, whenever the
     * others' Procedures in it number between 1 and k−1. Returns how many targets were attacked.
     */
    private static int assertAttackFails(List<byte[]> published, List<Fact> facts) throws IOException {
        Attacker attacker = new Attacker(published, PENDING);
        Map<String, Map<Integer, Long>> own = new HashMap<>();
        long[] truth = new long[attacker.unknowns().size()];
        Map<Integer, Set<String>> parties = new HashMap<>();
        for (Fact fact : facts) {
            int index = indexOf(attacker, fact);
            if (index >= 0) {
                truth[index]++;
                own.computeIfAbsent(fact.party(), p -> new HashMap<>()).merge(index, 1L, Long::sum);
                parties.computeIfAbsent(index, i -> new HashSet<>()).add(fact.party());
            }
        }
        int attacked = 0;
        for (Attacker.Target target : attacker.targets()) {
            long value = target.unknowns().stream().mapToLong(i -> truth[i]).sum();
            long distinct = target.unknowns().stream()
                    .flatMap(i -> parties.getOrDefault(i, Set.of()).stream())
                    .distinct()
                    .count();
            boolean small = value >= 1 && value < K;
            if (!small
                    && !(target.suppressed()
                            && value > 0
                            && distinct < GATE.settings().kp())) {
                continue;
            }
            attacked++;
            if (small) {
                double upper = attacker.upper(target, Map.of());
                assertTrue(
                        upper >= K - 1e-6,
                        "an outsider pins down " + target.name() + " = " + value + " to at most " + upper);
            }
            for (Map.Entry<String, Map<Integer, Long>> party : own.entrySet()) {
                long mine = target.unknowns().stream()
                        .mapToLong(i -> party.getValue().getOrDefault(i, 0L))
                        .sum();
                long others = value - mine;
                if (mine > 0 && others >= 1 && others < K) {
                    double upper = attacker.upper(target, party.getValue()) - mine;
                    assertTrue(
                            upper >= K - 1e-6,
                            "party " + party.getKey() + " pins down the others in " + target.name() + " = " + others
                                    + " to at most " + upper);
                }
            }
        }
        return attacked;
    }

    /** The attacker's unknown a Procedure falls in, or −1 when no release of the history could count it yet. */
    private static int indexOf(Attacker attacker, Fact fact) {
        List<LocalDate> cutoffs = attacker.cutoffs();
        int known = firstOnOrAfter(cutoffs, fact.recorded());
        if (known == cutoffs.size()) {
            return -1;
        }
        int ended = Math.max(known, fact.ended() == null ? cutoffs.size() : firstOnOrAfter(cutoffs, fact.ended()));
        int quarter = Period.quarterOf(fact.received());
        for (int i = 0; i < attacker.unknowns().size(); i++) {
            Attacker.Unknown u = attacker.unknowns().get(i);
            if (u.quarter() == quarter
                    && u.known() == known
                    && u.ended() == ended
                    && u.values().entrySet().stream()
                            .allMatch(e -> e.getValue().equals(fact.values().get(Dimension.valueOf(e.getKey()))))) {
                return i;
            }
        }
        throw new AssertionError("no unknown for " + fact);
    }

    private static int firstOnOrAfter(List<LocalDate> cutoffs, LocalDate date) {
        for (int i = 0; i < cutoffs.size(); i++) {
            if (!date.isAfter(cutoffs.get(i))) {
                return i;
            }
        }
        return cutoffs.size();
    }

    private static Fact fact(LocalDate received, LocalDate recorded, String country, String matter, String party) {
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        values.put(Dimension.COUNTRY, country);
        values.put(Dimension.MATTER, matter);
        return new Fact(received, recorded, recorded.plusDays(40), values, party);
    }

    private static byte[] csv(List<PublishedTable> tables) {
        return StatisticsReport.csv(Rendering.tables(tables));
    }
}
