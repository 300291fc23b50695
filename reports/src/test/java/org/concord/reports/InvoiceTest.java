package org.concord.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF invoice: each fee with its RF reference, what is outstanding, and where to pay. */
class InvoiceTest {

    private static final Invoice.BankDetails BANK = new Invoice.BankDetails(
            "Geneva Dispute Center",
            "Rue de la Paix 1, 1202 Genève",
            "Geneva Dispute Center",
            "CH9300762011623852957",
            "POFICHBEXXX");

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void listsEachFeeWithItsReferenceAndTheBankDetails() throws IOException {
        List<InvoiceLine> lines = List.of(
                new InvoiceLine(
                        "ADMINISTRATION",
                        new BigDecimal("300.00"),
                        "EUR",
                        "RF18539007547034",
                        new BigDecimal("300.00")),
                new InvoiceLine(
                        "NEUTRAL", new BigDecimal("700.00"), "EUR", "RF18539007547034", new BigDecimal("200.00")));
        String text = text(Invoice.pdf(
                BANK, header(BigDecimal.ZERO, "", ""), "Streamly Ltd", "DCTI-2026-ABCD", lines, Locale.ENGLISH));
        assertTrue(text.contains("Administration fee (Art. 17)"), text);
        assertTrue(text.contains("RF18 5390 0754 7034"), text);
        assertTrue(text.contains("IBAN CH93 0076 2011 6238 5295 7"), text);
        assertTrue(text.contains("500.00"), "total outstanding: " + text);
        assertTrue(text.contains("Streamly Ltd") && text.contains("DCTI-2026-ABCD"), text);
        assertTrue(text.contains("November 23, 2026"), text);
        assertTrue(text.contains("Invoice no. INV-2026-00007"), text);
        assertTrue(text.contains("Due by: December 14, 2026"), text);
        assertTrue(text.contains("VAT not applicable."), text);
    }

    private static Invoice.Header header(BigDecimal rate, String note, String vatNumber) {
        return new Invoice.Header(
                "INV-2026-00007",
                LocalDate.parse("2026-11-23"),
                LocalDate.parse("2026-12-14"),
                rate,
                new BigDecimal("74.93"),
                note,
                vatNumber);
    }

    @Test
    void saysTheVatTheTotalIncludesAsConfigured() throws IOException {
        List<InvoiceLine> lines = List.of(new InvoiceLine(
                "ADMINISTRATION", new BigDecimal("1000.00"), "EUR", "RF18539007547034", new BigDecimal("1000.00")));
        String text = text(Invoice.pdf(
                        BANK,
                        header(new BigDecimal("8.1"), "Swiss VAT.", "CHE-123.456.789 MWST"),
                        "Streamly Ltd",
                        "X",
                        lines,
                        Locale.ENGLISH))
                .replaceAll("\\s+", " ");
        assertTrue(
                text.contains("The fees include VAT at 8.1 %: 74.93 EUR. Swiss VAT. VAT no.: CHE-123.456.789 MWST"),
                text);
        String german = text(Invoice.pdf(BANK, header(new BigDecimal("8.1"), "", ""), "Bob", "X", lines, Locale.GERMAN))
                .replaceAll("\\s+", " ");
        assertTrue(german.contains("Mehrwertsteuer von 8,1 %: 74,93 EUR"), german);
        assertTrue(german.contains("Zahlbar bis: 14. Dezember 2026"), german);
    }

    @Test
    void speaksThePartysLanguage() throws IOException {
        List<InvoiceLine> lines = List.of(
                new InvoiceLine("FILING", new BigDecimal("50.00"), "EUR", "RF18539007547034", new BigDecimal("50.00")));
        assertTrue(text(Invoice.pdf(BANK, header(BigDecimal.ZERO, "", ""), "Alice", "X", lines, Locale.FRENCH))
                .contains("Frais de dépôt"));
        assertTrue(text(Invoice.pdf(BANK, header(BigDecimal.ZERO, "", ""), "Bob", "X", lines, Locale.GERMAN))
                .contains("Einreichungsgebühr"));
    }
}
