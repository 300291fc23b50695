package org.concord.service.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.concord.domain.document.Document;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.service.procedure.ProcedureView;
import org.junit.jupiter.api.Test;

/**
 * Issue 25, R-OPS.3, R-C2: a document is served with its content while it is kept; once retention erased it, with no
 * bytes and the date of its erasure (a Geneva date), never as an empty body under the original hash, and its listing
 * says it was erased while keeping the original's hash (the audit trail names it).
 */
class DocumentDownloadTest {

    private static final byte[] CONTENT = "Statement of Reasons of the platform".getBytes(StandardCharsets.UTF_8);

    private static Document document() {
        return new Document(
                new Upload(DocumentKind.STATEMENT_OF_REASONS, "statement.txt", "text/plain", CONTENT),
                "alice@concord.example",
                Instant.parse("2026-01-05T09:00:00Z"));
    }

    @Test
    void aKeptDocumentIsServedWithItsContent_RC2() {
        DocumentDownload download = DocumentDownload.of(document());
        assertFalse(download.erased());
        assertArrayEquals(CONTENT, download.bytes());
        assertEquals(Document.sha256(CONTENT), download.sha256());
        assertEquals(Optional.empty(), download.erasedOn());
    }

    @Test
    void anErasedDocumentHasNoBytesAndSaysOnWhichGenevaDateItWasErased_ROPS3() throws Exception {
        Document d = document();
        // 23:30 UTC on 5 December is already 6 December in Geneva.
        erase(d, Instant.parse("2026-12-05T23:30:00Z"));
        DocumentDownload download = DocumentDownload.of(d);
        assertTrue(download.erased());
        assertEquals(0, download.bytes().length);
        assertEquals(Optional.of(LocalDate.of(2026, 12, 6)), download.erasedOn());

        ProcedureView.DocumentView listed = ProcedureView.DocumentView.of(d);
        assertEquals(Instant.parse("2026-12-05T23:30:00Z"), listed.erasedAt());
        assertEquals(Document.sha256(CONTENT), listed.sha256(), "the hash the audit trail names stays");
        assertEquals(null, ProcedureView.DocumentView.of(document()).erasedAt());
    }

    /** What the erasure job's SQL writes (nothing in Java may). */
    private static void erase(Document d, Instant at) throws ReflectiveOperationException {
        java.lang.reflect.Field erasedAt = Document.class.getDeclaredField("erasedAt");
        erasedAt.setAccessible(true);
        erasedAt.set(d, at);
    }
}
