package org.concord.web;

import static org.concord.web.DemoAccounts.PLATFORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-C3: before the Answer period ends, the Responding Party gets one e-mail per reminder — here the first reminder
 * of the demo procedure whose Answer is due within five days, one even when it was planned after two of its moments —
 * and sweeps every second never send it again. The
 * Responding Party is Streamly's platform organisation: each active member gets its own one (R-ACC.2).
 */
@ExtendWith(ArquillianExtension.class)
class ReminderIT {

    @ArquillianResource
    private URL base;

    /** The demo procedure commenced 19 days ago: its Answer is due within five days. */
    private JsonObject answerSoon() {
        return DemoProcedures.inState(base, "COMMENCED").stream()
                .filter(p -> p.getJsonArray("deadlines")
                                .getJsonObject(0)
                                .getJsonNumber("daysLeft")
                                .longValue()
                        < 5)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theRespondingPartyGetsOneMailPerReminderAndNeverTwo_RC3() throws MessagingException {
        JsonObject procedure = answerSoon();
        String reference = procedure.getString("reference");
        String due = procedure.getJsonArray("deadlines").getJsonObject(0).getString("due");
        // Issue 24: the demo planned its reminders when the 5-day moment had passed, and the 1-day one too when
        // the Answer is due tomorrow: only the nearest goes out, at once.
        Predicate<MimeMessage> anyReminder =
                m -> Smtp.subject(m).contains(reference) && Smtp.subject(m).contains("time limit for the Answer");
        Predicate<MimeMessage> reminder = anyReminder.and(m -> Smtp.recipient(m).equals(PLATFORM));

        MimeMessage mail = Smtp.await(reminder, 30);
        assertEquals(PLATFORM, mail.getAllRecipients()[0].toString(), "the one who must act");
        // Issue 24: the date as the recipient reads it, never ISO; the inbox's copy says the same.
        String written = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.UK)
                .format(LocalDate.parse(due));
        assertTrue(Smtp.subject(mail).endsWith("ends on " + written), Smtp.subject(mail));
        String body = InvitationMails.body(mail);
        assertTrue(body.matches("(?s)A reminder \\((5 days|1 day) before\\).*"), body);
        assertTrue(body.contains("ends on " + written + " (Geneva date"), body);
        assertFalse(Smtp.subject(mail).contains(due) || body.contains(due), "no ISO date: " + body);
        assertTrue(
                InboxIT.inbox(Http.as(base, PLATFORM))
                        .contains(new InboxIT.Mail(Smtp.subject(mail), InvitationMails.body(mail))),
                "the inbox's copy, same subject and text");
        assertFalse(body.contains("demonetised"), "no content of the filing (R-C1)");

        Smtp.allowFurtherMail(4);
        List<MimeMessage> all = Smtp.received(reminder);
        assertEquals(1, all.size(), "exactly one Answer reminder so far, after several sweeps");
        assertEquals(
                1,
                Smtp.received(anyReminder.and(m -> Smtp.recipient(m).equals(DemoAccounts.PLATFORM_COUNSEL)))
                        .size(),
                "the organisation's other member gets its own, once (R-ACC.2)");
    }
}
