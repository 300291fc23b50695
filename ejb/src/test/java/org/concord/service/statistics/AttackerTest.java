package org.concord.service.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
                cells.add(new Cell(new CellRef(countries[c], m == 0 ? "COPYRIGHT" : "TRADEMARK"), counts[c][m],
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
                .filter(t -> t.name().endsWith("FR × COPYRIGHT")).findFirst().orElseThrow();
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
                    facts.add(fact(LocalDate.of(YEAR, 5, 2), LocalDate.of(YEAR, 5, 2), countries[c],
                            m == 0 ? "COPYRIGHT" : "TRADEMARK", "p" + party++));
                }
            }
        }
        LocalDate cutoff = LocalDate.of(2027, 1, 31);
        GateDecision decision = GATE.decide(Facts.of(YEAR, List.of(cutoff), EnumSet.of(Dimension.COUNTRY,
                Dimension.MATTER), facts), List.of(), List.of(COUNTRY_MATTER), Period.year(YEAR), cutoff);
        assertTrue(decision.published());
        assertAttackFails(List.of(csv(decision.tables())), facts);
    }

    /**
     * Every target whose true count is between 1 and k−1 keeps an upper bound of at least k: for an outsider, and for
     * each party, once its own Procedures are subtracted.
     */
    private static void assertAttackFails(List<byte[]> published, List<Fact> facts) throws IOException {
        Attacker attacker = new Attacker(published, PENDING);
        Map<String, Map<Integer, Long>> own = new HashMap<>();
        long[] truth = new long[attacker.unknowns().size()];
        for (Fact fact : facts) {
            int index = indexOf(attacker, fact);
            if (index >= 0) {
                truth[index]++;
                own.computeIfAbsent(fact.party(), p -> new HashMap<>()).merge(index, 1L, Long::sum);
            }
        }
        for (Attacker.Target target : attacker.targets()) {
            long value = target.unknowns().stream().mapToLong(i -> truth[i]).sum();
            if (value >= 1 && value < K) {
                double upper = attacker.upper(target, Map.of());
                assertTrue(upper >= K - 1e-6, "an outsider pins down " + target.name() + " = " + value
                        + " to at most " + upper);
            }
            for (Map.Entry<String, Map<Integer, Long>> party : own.entrySet()) {
                long mine = target.unknowns().stream().mapToLong(i -> party.getValue().getOrDefault(i, 0L)).sum();
                long others = value - mine;
                if (mine > 0 && others >= 1 && others < K) {
                    double upper = attacker.upper(target, party.getValue()) - mine;
                    assertTrue(upper >= K - 1e-6, "party " + party.getKey() + " pins down the others in "
                            + target.name() + " = " + others + " to at most " + upper);
                }
            }
        }
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
            if (u.quarter() == quarter && u.known() == known && u.ended() == ended
                    && u.values().entrySet().stream().allMatch(e ->
                            e.getValue().equals(fact.values().get(Dimension.valueOf(e.getKey()))))) {
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
