package org.concord.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CaseloadReportTest {

    private static final List<CaseloadRow> ROWS = List.of(
            new CaseloadRow(YearMonth.of(2026, 10), "REQUEST_FILED", 3),
            new CaseloadRow(YearMonth.of(2026, 11), "COMMENCED", 12));

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void rendersEveryRowAndTheTotalMarkedInternal_RSTAT3() throws IOException {
        byte[] pdf = CaseloadReport.pdf(
                ROWS, Locale.ENGLISH, Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Zurich"));
        String text = text(pdf);
        assertTrue(text.contains("Caseload by month and state"), text);
        assertTrue(text.contains("2026-10") && text.contains("Request filed") && text.contains("3"), text);
        assertTrue(text.contains("2026-11") && text.contains("Commenced") && text.contains("12"), text);
        assertTrue(text.contains("Total") && text.contains("15"), text);
        assertTrue(text.contains("R-STAT.3"), text);
    }

    @Test
    void speaksTheReadersLanguageIncludingAccents() throws IOException {
        String fr = text(CaseloadReport.pdf(ROWS, Locale.FRENCH, Instant.now(), ZoneId.of("Europe/Zurich")));
        assertTrue(fr.contains("Volume d'affaires par mois et par état"), fr);
        assertTrue(fr.contains("Procédure ouverte"), fr);
        String de = text(CaseloadReport.pdf(ROWS, Locale.GERMAN, Instant.now(), ZoneId.of("Europe/Zurich")));
        assertTrue(de.contains("Fallaufkommen nach Monat und Stand"), de);
    }

    @Test
    void anEmptyCaseloadStillGivesAReport() throws IOException {
        String text = text(CaseloadReport.pdf(List.of(), Locale.ENGLISH, Instant.now(), ZoneId.of("Europe/Zurich")));
        assertTrue(text.contains("Total") && text.contains("0"), text);
    }
}
