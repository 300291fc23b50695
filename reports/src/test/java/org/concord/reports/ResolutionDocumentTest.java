package org.concord.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The Resolution (R-14.1, items (i)–(vi)) and the certificate as PDF. */
class ResolutionDocumentTest {

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static ResolutionDocument.Content content(String reasons) {
        return new ResolutionDocument.Content(
                "Geneva Dispute Center",
                "DCTI-AB12-CD34",
                "COPYRIGHT",
                "Alice Martin",
                "Streamly Ltd",
                "Dr. Nora Expert",
                "expert@concord.example",
                Instant.parse("2027-02-15T14:30:00Z"),
                "The platform removed a cover of a public-domain song.",
                "Reinstate the recording.",
                reasons,
                "FOR_REQUESTING_PARTY");
    }

    @Test
    void holdsEveryItemOfArticle14bAndTheSignature_R14_1() throws IOException {
        String text = text(ResolutionDocument.pdf(content("The song is in the public domain."), Locale.ENGLISH));
        for (String expected : new String[] {
            "Resolution",
            "DCTI-AB12-CD34",
            "Copyright infringement",
            "Alice Martin",
            "Streamly Ltd",
            "Made on (Art. 14(b)(v)): February 15, 2027",
            "Brief description of the dispute",
            "Non-binding recommendation",
            "Reinstate the recording.",
            "Reasons (Art. 14(b)(iv))",
            "The song is in the public domain.",
            "In favour of the Requesting Party.",
            "Signed by the Neutral (Art. 14(b)(vi)): Dr. Nora Expert, authenticated in the Concord Portal as "
                    + "expert@concord.example",
            "2027-02-15T14:30:00Z",
            "not binding"
        }) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
    }

    @Test
    void longReasonsFlowOntoFurtherPagesAndOtherScriptsRender() throws IOException {
        String reasons = "Ελληνικά και 中文 ".repeat(10) + "word ".repeat(3000);
        byte[] pdf = ResolutionDocument.pdf(content(reasons), Locale.GERMAN);
        assertTrue(pages(pdf) > 1, "3,000 words take more than a page");
        String text = text(pdf);
        assertTrue(text.contains("Entscheidung") && text.contains("Ελληνικά"), text.substring(0, 400));
    }

    @Test
    void theCertificateStatesCommencementAndCompletionOrTermination_R20() throws IOException {
        String completed = text(Certificate.pdf(
                "Geneva Dispute Center",
                "DCTI-AB12-CD34",
                "TRADEMARK",
                "Bob Becker Records GmbH, Streamly Ltd",
                LocalDate.parse("2027-01-04"),
                Certificate.Ending.COMPLETED,
                LocalDate.parse("2027-02-16"),
                LocalDate.parse("2027-03-01"),
                Locale.ENGLISH));
        assertTrue(completed.contains("Date of commencement (Art. 6): January 4, 2027"), completed);
        assertTrue(
                completed.contains("Date of completion (Resolution effective, Art. 14(d)): February 16, 2027"),
                completed);
        assertTrue(completed.contains("Article 20"), completed);
        String terminated = text(Certificate.pdf(
                "C",
                "X",
                "COPYRIGHT",
                "A, B",
                LocalDate.parse("2027-01-04"),
                Certificate.Ending.TERMINATED,
                LocalDate.parse("2027-01-10"),
                LocalDate.parse("2027-01-11"),
                Locale.FRENCH));
        assertTrue(terminated.contains("Date de clôture (art. 15) : 10 janvier 2027"), terminated);
        assertTrue(terminated.contains("Date d'ouverture"), terminated);
        String pending = text(Certificate.pdf(
                "C",
                "X",
                "COPYRIGHT",
                "A, B",
                LocalDate.parse("2027-01-04"),
                Certificate.Ending.PENDING,
                null,
                LocalDate.parse("2027-01-11"),
                Locale.ENGLISH));
        assertTrue(pending.contains("pending on January 11, 2027"), pending);
        assertEquals(
                1,
                pages(Certificate.pdf(
                        "C",
                        "X",
                        "COPYRIGHT",
                        "A, B",
                        LocalDate.parse("2027-01-04"),
                        Certificate.Ending.PENDING,
                        null,
                        LocalDate.parse("2027-01-11"),
                        Locale.ENGLISH)));
    }
}
