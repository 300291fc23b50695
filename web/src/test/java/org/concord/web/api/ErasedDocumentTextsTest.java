package org.concord.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.concord.domain.document.DocumentKind;
import org.concord.service.mediation.MediationView;
import org.concord.service.procedure.ProcedureView;
import org.junit.jupiter.api.Test;

/**
 * Issue 25, R-OPS.3: an erased document is said to be erased, with the Geneva date of its erasure, in the caller's
 * language: in the API's listings (a Procedure's documents, a mediation's agreements) and in the 410 a download of it
 * answers. A kept document is written as before, without either.
 */
class ErasedDocumentTextsTest {

    /** 23:30 UTC on 5 December 2026: already 6 December in Geneva. */
    private static final Instant ERASED = Instant.parse("2026-12-05T23:30:00Z");

    private static MessageResolver in(Locale language) {
        return MessageResolver.of(List.of(language));
    }

    private static ProcedureView.DocumentView document(Instant erasedAt) {
        return new ProcedureView.DocumentView(
                UUID.randomUUID(),
                DocumentKind.STATEMENT_OF_REASONS,
                "erased",
                "text/plain",
                36,
                "ab".repeat(32),
                Instant.parse("2026-01-05T09:00:00Z"),
                erasedAt);
    }

    @Test
    void theListingSaysWhenADocumentWasErasedInTheCallersLanguage_ROPS3() {
        assertEquals(
                "erased on 6 Dec 2026 under the retention rules (R-OPS.3)",
                new JsonbConfiguration.Documents(() -> in(Locale.ENGLISH))
                        .adaptToJson(document(ERASED))
                        .erasure());
        assertEquals(
                "effacé le 6 déc. 2026 selon les règles de conservation (R-OPS.3)",
                new JsonbConfiguration.Documents(() -> in(Locale.FRENCH))
                        .adaptToJson(document(ERASED))
                        .erasure());
        JsonbConfiguration.DocumentJson german =
                new JsonbConfiguration.Documents(() -> in(Locale.GERMAN)).adaptToJson(document(ERASED));
        assertEquals("am 06.12.2026 nach den Aufbewahrungsregeln gelöscht (R-OPS.3)", german.erasure());
        assertEquals(ERASED, german.erasedAt());
        assertEquals("ab".repeat(32), german.sha256(), "the original's hash, as the audit trail names it");
    }

    @Test
    void aKeptDocumentOrAgreementIsWrittenWithoutAnErasure_ROPS3() {
        JsonbConfiguration.DocumentJson kept =
                new JsonbConfiguration.Documents(() -> in(Locale.FRENCH)).adaptToJson(document(null));
        assertNull(kept.erasedAt());
        assertNull(kept.erasure());
        MediationView.AgreementView agreement = new MediationView.AgreementView(
                2, "agreement.pdf", 100, "cd".repeat(32), "m@example.org", ERASED, null, null, true, null);
        assertNull(new JsonbConfiguration.Agreements(() -> in(Locale.ENGLISH))
                .adaptToJson(agreement)
                .erasure());
        assertEquals(
                "erased on 6 Dec 2026 under the retention rules (R-OPS.3)",
                new JsonbConfiguration.Agreements(() -> in(Locale.ENGLISH))
                        .adaptToJson(new MediationView.AgreementView(
                                2, "erased", 100, "cd".repeat(32), "", ERASED, null, null, false, ERASED))
                        .erasure());
    }

    @Test
    void aDownloadOfAnErasedDocumentIsGoneSayingOnWhichDate_ROPS3() {
        JsonObject problem = Problems.erased(ERASED, in(Locale.FRENCH));
        assertEquals(410, problem.getInt("status"));
        assertEquals("urn:concord:problem:erased", problem.getString("type"));
        assertEquals("R-OPS.3", problem.getString("rule"));
        assertEquals(ERASED.toString(), problem.getString("erasedAt"));
        assertEquals(
                "Ce document a été effacé le 6 déc. 2026 selon les règles de conservation (R-OPS.3) ; son contenu"
                        + " n'est plus conservé.",
                problem.getString("detail"));
        assertEquals(
                "This document was erased on 6 Dec 2026 under the retention rules (R-OPS.3); its content is no longer"
                        + " kept.",
                Problems.erased(ERASED, in(Locale.ENGLISH)).getString("detail"));
    }
}
