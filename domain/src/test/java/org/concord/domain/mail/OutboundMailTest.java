package org.concord.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.concord.domain.mail.OutboundMail.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 24, R-C1: what the administrators' mail log says of a mail, and when it may show the text. */
class OutboundMailTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    private static OutboundMail mail() {
        return new OutboundMail("dora@concord.example", "Concord: set a new password", "Open this link", NOW);
    }

    @Test
    @DisplayName(
            "Issue 24: a mail is queued until tried, failed while its last attempt failed, sent once the relay took it")
    void statusFollowsTheAttempts_R_C1() {
        OutboundMail mail = mail();
        assertEquals(Status.QUEUED, mail.status());
        mail.markFailed("Connection refused", NOW);
        assertEquals(Status.FAILED, mail.status());
        assertEquals(1, mail.attempts());
        assertFalse(mail.givenUp(), "retried after a pause");
        mail.markSent(NOW.plusSeconds(2));
        assertEquals(Status.SENT, mail.status());
        assertEquals(NOW.plusSeconds(2), mail.sentAt());
        assertEquals(1, mail.attempts(), "the failed attempt stays counted");
    }

    @Test
    @DisplayName("Issue 24: after the last allowed attempt failed the mail is given up, and stays failed")
    void givenUpAfterTheLastAttempt_R_C1() {
        OutboundMail mail = mail();
        for (int i = 1; i < OutboundMail.MAX_ATTEMPTS; i++) {
            mail.markFailed("Connection refused", NOW);
            assertFalse(mail.givenUp(), "attempt " + i);
        }
        mail.markFailed(null, NOW);
        assertTrue(mail.givenUp());
        assertEquals(Status.FAILED, mail.status());
        assertEquals("unknown error", mail.lastError());
    }

    @Test
    @DisplayName("Issue 24: the log shows a mail's text in demo mode only, sent or not")
    void bodyShownInDemoModeOnly() {
        OutboundMail mail = mail();
        assertEquals(Optional.of("Open this link"), mail.bodyForLog(true));
        assertEquals(Optional.empty(), mail.bodyForLog(false));
        mail.markSent(NOW);
        assertEquals(Optional.of("Open this link"), mail.bodyForLog(true), "kept after sending");
        assertEquals(Optional.empty(), mail.bodyForLog(false));
    }

    @Test
    @DisplayName("Issue 25, R-OPS.3: once retention erased a mail's text, the log says when instead of an empty text")
    void anErasedTextIsNotShownEvenInDemoMode_ROPS3() throws Exception {
        OutboundMail mail = mail();
        mail.markSent(NOW);
        assertEquals(Optional.empty(), mail.erasedAt(), "kept until its period ends");
        java.lang.reflect.Field erasedAt = OutboundMail.class.getDeclaredField("erasedAt");
        erasedAt.setAccessible(true); // the erasure job's SQL writes it, nothing in Java does
        erasedAt.set(mail, NOW.plusSeconds(60));
        assertEquals(Optional.of(NOW.plusSeconds(60)), mail.erasedAt());
        assertEquals(Optional.empty(), mail.bodyForLog(true), "no empty text in its place");
        assertEquals(Status.SENT, mail.status(), "still sent");
    }

    @Test
    @DisplayName("Issue 24: the log's filter selects by the same rule as the status")
    void filterConditionsNameEachStatus() {
        assertEquals("m.sentAt is null and m.attempts = 0", Status.QUEUED.condition());
        assertEquals("m.sentAt is not null", Status.SENT.condition());
        assertEquals("m.sentAt is null and m.attempts > 0", Status.FAILED.condition());
    }
}
