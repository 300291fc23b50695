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
                BANK, "Streamly Ltd", "DCTI-2026-ABCD", lines, Locale.ENGLISH, LocalDate.parse("2026-11-23")));
        assertTrue(text.contains("Administration fee (Art. 17)"), text);
        assertTrue(text.contains("RF18 5390 0754 7034"), text);
        assertTrue(text.contains("IBAN CH93 0076 2011 6238 5295 7"), text);
        assertTrue(text.contains("500.00"), "total outstanding: " + text);
        assertTrue(text.contains("Streamly Ltd") && text.contains("DCTI-2026-ABCD"), text);
        assertTrue(text.contains("November 23, 2026"), text);
    }

    @Test
    void speaksThePartysLanguage() throws IOException {
        List<InvoiceLine> lines = List.of(
                new InvoiceLine("FILING", new BigDecimal("50.00"), "EUR", "RF18539007547034", new BigDecimal("50.00")));
        assertTrue(text(Invoice.pdf(BANK, "Alice", "X", lines, Locale.FRENCH, LocalDate.parse("2026-11-23")))
                .contains("Frais de dépôt"));
        assertTrue(text(Invoice.pdf(BANK, "Bob", "X", lines, Locale.GERMAN, LocalDate.parse("2026-11-23")))
                .contains("Einreichungsgebühr"));
    }
}
