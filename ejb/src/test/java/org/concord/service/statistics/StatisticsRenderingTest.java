package org.concord.service.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.concord.domain.statistics.Cell;
import org.concord.domain.statistics.Dimension;
import org.concord.domain.statistics.Fact;
import org.concord.domain.statistics.Facts;
import org.concord.domain.statistics.GateDecision;
import org.concord.domain.statistics.Period;
import org.concord.domain.statistics.PublicationGate;
import org.concord.domain.statistics.PublishedTable;
import org.concord.domain.statistics.TableSpec;
import org.concord.reports.StatisticsReport;
import org.concord.reports.StatisticsTable;
import org.junit.jupiter.api.Test;

/**
 * statistics.md 6 (R-13.3): a release's PDF and CSV are filled only from the audited cells. After rendering, every
 * number in the PDF text is a published value of the release (apart from titles, dates and labels, whose lines are
 * known), and re-running the gate gives byte-identical CSV.
 */
class StatisticsRenderingTest {

    private static final int K = 5;
    private static final LocalDate CUTOFF = LocalDate.of(2026, 12, 31);
    private static final PublicationGate GATE = new PublicationGate(PublicationGate.Settings.defaults());

    @Test
    void acceptedReleasesPrintOnlyPublishedValues() throws IOException {
        List<Fact> e1a = new ArrayList<>();
        add(e1a, 14, LocalDate.of(2026, 2, 2), Dimension.OUTCOME, Dimension.Outcome.FOR_REQUESTING_PARTY);
        add(e1a, 9, LocalDate.of(2026, 2, 2), Dimension.OUTCOME, Dimension.Outcome.FOR_RESPONDING_PARTY);
        add(e1a, 2, LocalDate.of(2026, 2, 2), Dimension.OUTCOME, Dimension.Outcome.TERMINATED_COURT_PROCEEDINGS);
        add(e1a, 6, LocalDate.of(2026, 2, 2), Dimension.OUTCOME, Dimension.Outcome.SETTLED);
        List<Fact> e2 = e2(LocalDate.of(2026, 5, 2));
        for (Object[] example : new Object[][] {
            {e1a, TableSpec.of(Dimension.OUTCOME)}, {e2, new TableSpec(Dimension.COUNTRY, Dimension.MATTER)}
        }) {
            @SuppressWarnings("unchecked")
            List<Fact> facts = (List<Fact>) example[0];
            Facts snapshot = Facts.of(
                    2026, List.of(CUTOFF), EnumSet.copyOf(facts.get(0).values().keySet()), facts);
            GateDecision decision =
                    GATE.decide(snapshot, List.of(), List.of((TableSpec) example[1]), Period.year(2026), CUTOFF);

            assertTrue(decision.published());
            assertEveryPdfNumberIsPublished(decision.tables());
            byte[] csv = StatisticsReport.csv(Rendering.tables(decision.tables()));
            assertArrayEquals(
                    csv,
                    StatisticsReport.csv(Rendering.tables(
                            GATE.decide(snapshot, List.of(), List.of((TableSpec) example[1]), Period.year(2026), CUTOFF)
                                    .tables())),
                    "re-running: the same bytes");
            for (Cell cell : decision.tables().get(0).cells()) {
                assertTrue(new String(csv, StandardCharsets.UTF_8).contains("," + cell.printed() + "\r\n"));
            }
        }
    }

    /**
     * statistics.md, "metamorphic": the order in which Procedures and their categories reach the gate changes nothing
     * published. E2's Procedures in five shuffled orders (so countries first appear in other orders) give the same
     * CSV bytes as in their first order.
     */
    @Test
    void reorderingCategoriesChangesNothingPublished() {
        List<Fact> e2 = e2(LocalDate.of(2026, 8, 3));
        List<TableSpec> tables = List.of(
                new TableSpec(Dimension.COUNTRY, Dimension.MATTER),
                new TableSpec(Dimension.MATTER, Dimension.COUNTRY),
                TableSpec.of(Dimension.COUNTRY));
        byte[] first = csv(e2, tables);
        for (long seed = 1; seed <= 5; seed++) {
            List<Fact> shuffled = new ArrayList<>(e2);
            java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
            assertArrayEquals(first, csv(shuffled, tables), "shuffled with seed " + seed);
        }
    }

    /**
     * R-PLAT.5: the annual report's tables in the DSA categories (platform decision, implemented) and the median time
     * to resolve beside the average, rendered from the audited values only, in the CSV and in the PDF.
     */
    @Test
    void theAnnualReportPrintsTheDsaCategoriesAndTheMedian_RPLAT5() throws IOException {
        List<Fact> facts = new ArrayList<>();
        LocalDate received = LocalDate.of(2026, 2, 2);
        add(facts, 9, received, Dimension.PLATFORM_DECISION, "REVERSED", Dimension.IMPLEMENTED, "YES");
        add(facts, 7, received, Dimension.PLATFORM_DECISION, "UPHELD", Dimension.IMPLEMENTED, "NOT_APPLICABLE");
        add(facts, 6, received, Dimension.PLATFORM_DECISION, "NOT_DECIDED", Dimension.IMPLEMENTED, "NOT_APPLICABLE");
        Facts snapshot =
                Facts.of(2026, List.of(CUTOFF), EnumSet.of(Dimension.PLATFORM_DECISION, Dimension.IMPLEMENTED), facts);
        GateDecision decision = GATE.decide(
                snapshot,
                List.of(),
                List.of(TableSpec.of(Dimension.PLATFORM_DECISION), TableSpec.of(Dimension.IMPLEMENTED)),
                Period.year(2026),
                CUTOFF);
        assertTrue(decision.published(), decision.refusals()::toString);
        assertEveryPdfNumberIsPublished(decision.tables());

        var average = org.concord.domain.statistics.AverageDuration.of(22, 22 * 31, List.of(), K);
        var median = org.concord.domain.statistics.MedianDuration.of(Map.of(28, 11L, 34, 11L), average);
        List<StatisticsTable> printed = new ArrayList<>(Rendering.tables(decision.tables()));
        printed.add(Rendering.average("2026", CUTOFF, average));
        printed.add(Rendering.median("2026", CUTOFF, median));
        String csv = new String(StatisticsReport.csv(printed), StandardCharsets.UTF_8);
        assertTrue(csv.contains("PLATFORM_DECISION,2026,2026-12-31,PLATFORM_DECISION,REVERSED,,TOTAL,9\r\n"), csv);
        assertTrue(
                csv.contains("PLATFORM_DECISION,2026,2026-12-31,PLATFORM_DECISION,PARTIALLY_REVERSED,,TOTAL,0"), csv);
        assertTrue(csv.contains("IMPLEMENTED,2026,2026-12-31,IMPLEMENTED,YES,,TOTAL,9\r\n"), csv);
        assertTrue(csv.contains("AVERAGE,2026,2026-12-31,AVERAGE,DAYS,,TOTAL,31\r\n"), csv);
        assertTrue(csv.contains("MEDIAN,2026,2026-12-31,MEDIAN,DAYS,,TOTAL,31\r\n"), "(28 + 34) / 2: " + csv);
        byte[] pdf =
                StatisticsReport.pdf("Annual report", true, LocalDate.of(2027, 1, 20), printed, null, Locale.ENGLISH);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("Median time to resolve"), text);
        assertTrue(text.contains("Partially reversed"), text);
        assertTrue(text.contains("Outcome implemented by the platform"), text);
    }

    /** statistics.md's E2: copyright and trademark disputes by country; the copyright ones received on 2 May. */
    private static List<Fact> e2(LocalDate trademarksReceived) {
        List<Fact> e2 = new ArrayList<>();
        int[][] counts = {{12, 20}, {3, 15}, {7, 9}, {6, 2}};
        String[] countries = {"DE", "FR", "IT", "ES"};
        for (int c = 0; c < 4; c++) {
            add(
                    e2,
                    counts[c][0],
                    LocalDate.of(2026, 5, 2),
                    Dimension.COUNTRY,
                    countries[c],
                    Dimension.MATTER,
                    "COPYRIGHT");
            add(e2, counts[c][1], trademarksReceived, Dimension.COUNTRY, countries[c], Dimension.MATTER, "TRADEMARK");
        }
        return e2;
    }

    private static byte[] csv(List<Fact> facts, List<TableSpec> tables) {
        Facts snapshot = Facts.of(2026, List.of(CUTOFF), EnumSet.of(Dimension.COUNTRY, Dimension.MATTER), facts);
        GateDecision decision = GATE.decide(snapshot, List.of(), tables, Period.year(2026), CUTOFF);
        assertTrue(decision.published(), decision.refusals().toString());
        return StatisticsReport.csv(Rendering.tables(decision.tables()));
    }

    /**
     * statistics.md 6: after rendering, every number in the PDF text is a published value of the release — apart from
     * the title, dates and period codes, whose lines are known, and category labels that carry numbers.
     */
    private static void assertEveryPdfNumberIsPublished(List<PublishedTable> tables) throws IOException {
        List<StatisticsTable> printed = Rendering.tables(tables);
        byte[] pdf =
                StatisticsReport.pdf("Statistics", false, LocalDate.of(2026, 11, 23), printed, null, Locale.ENGLISH);
        Set<String> published = new HashSet<>();
        for (PublishedTable table : tables) {
            for (Cell cell : table.cells()) {
                if (!cell.status().suppressed()) {
                    published.add(Long.toString(cell.value()));
                }
            }
        }
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        int cellsSeen = 0;
        for (String line : text.split("\\R")) {
            if (line.startsWith("Statistics")
                    || line.startsWith("Public statistics")
                    || line.startsWith("Page ")
                    || line.contains(" · ")
                    || line.startsWith("x: not published")
                    || line.contains("Article 13(b)")
                    || line.isBlank()) {
                continue;
            }
            String[] tokens = line.trim().split(" ");
            int first = tokens.length;
            while (first > 0 && tokens[first - 1].matches("\\d+|x")) {
                first--;
            }
            String label = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, first));
            assertFalse(
                    label.matches(".*\\d.*") && !label.matches(".*\\d+ (to|days).*|.*to \\d+ days.*"),
                    "a number outside a cell: " + line);
            for (int t = first; t < tokens.length; t++) {
                cellsSeen++;
                assertTrue(
                        tokens[t].equals("x") || published.contains(tokens[t]),
                        "not a published value: " + tokens[t] + " in " + line);
            }
        }
        assertTrue(cellsSeen >= published.size(), text);
    }

    private static void add(List<Fact> facts, int count, LocalDate received, Object... dimensionsAndValues) {
        for (int i = 0; i < count; i++) {
            Map<Dimension, String> values = new EnumMap<>(Dimension.class);
            for (int v = 0; v < dimensionsAndValues.length; v += 2) {
                values.put((Dimension) dimensionsAndValues[v], (String) dimensionsAndValues[v + 1]);
            }
            facts.add(new Fact(
                    received,
                    received,
                    received.plusMonths(1),
                    values,
                    UUID.randomUUID().toString()));
        }
    }
}
