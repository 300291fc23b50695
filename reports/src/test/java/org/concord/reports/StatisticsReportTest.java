package org.concord.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** R-STAT.1, R-STAT.2: the release as PDF (fonts embedded, labels in three languages) and as byte-stable CSV. */
class StatisticsReportTest {

    private static final StatisticsTable OUTCOMES = new StatisticsTable(
            "OUTCOME",
            "OUTCOME",
            null,
            "2026",
            "2026-12-31",
            List.of("TOTAL"),
            List.of(
                    new StatisticsTable.Row("FOR_REQUESTING_PARTY", List.of("14")),
                    new StatisticsTable.Row("FOR_RESPONDING_PARTY", List.of("9")),
                    new StatisticsTable.Row("SETTLED", List.of("x")),
                    new StatisticsTable.Row("TOTAL", List.of("31"))));
    private static final StatisticsTable COUNTRIES = new StatisticsTable(
            "COUNTRY×MATTER",
            "COUNTRY",
            "MATTER",
            "2026",
            "2026-12-31",
            List.of("COPYRIGHT", "TRADEMARK", "TOTAL"),
            List.of(
                    new StatisticsTable.Row("DE", List.of("12", "20", "32")),
                    new StatisticsTable.Row("GR", List.of("x", "x", "18")),
                    new StatisticsTable.Row("TOTAL", List.of("28", "46", "74"))));

    @Test
    void pdfPrintsTheTablesInTheReadersLanguageWithFontsEmbedded() throws IOException {
        String greekAndBulgarian = "Δυσκολίες με τις μεταφράσεις; трудности с преводите.";
        byte[] pdf = StatisticsReport.pdf(
                "Statistiques 2026",
                true,
                LocalDate.of(2027, 1, 15),
                List.of(OUTCOMES, COUNTRIES),
                greekAndBulgarian,
                Locale.FRENCH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("En faveur de la Partie requérante 14"), text);
            assertTrue(text.contains("Transaction x"), text);
            assertTrue(text.contains("Allemagne 12 20 32"), text);
            assertTrue(text.contains("Grèce x x 18"), text);
            assertTrue(text.contains(greekAndBulgarian), "any EU language's characters: " + text);
            assertTrue(text.contains("article 21(4)"), text);
            assertFalse(text.contains(" 5 ") || text.contains("k ="), "k is not printed: " + text);
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                }
            }
        }
    }

    @Test
    void csvIsCodesOnlyAndByteIdenticalOnEveryRun() {
        byte[] first = StatisticsReport.csv(List.of(OUTCOMES, COUNTRIES));
        byte[] second = StatisticsReport.csv(List.of(OUTCOMES, COUNTRIES));

        assertArrayEquals(first, second);
        String csv = new String(first, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("table,period,data_cutoff,rows,row,columns,column,value\r\n"), csv);
        assertTrue(csv.contains("OUTCOME,2026,2026-12-31,OUTCOME,SETTLED,,TOTAL,x\r\n"), csv);
        assertTrue(csv.contains("COUNTRY×MATTER,2026,2026-12-31,COUNTRY,GR,MATTER,TRADEMARK,x\r\n"), csv);
        assertEquals(1 + 4 + 9, csv.split("\r\n").length);
    }
}
