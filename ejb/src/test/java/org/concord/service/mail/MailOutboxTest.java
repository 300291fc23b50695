package org.concord.service.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Issue 24, R-C3: a reminder's due date is written in the recipient's language, never as ISO. */
class MailOutboxTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 7);

    @Test
    void reminderMailsWriteTheDueDateInTheRecipientsLanguage_RC3() {
        Map<String, String[]> expected = Map.of(
                "en",
                        new String[] {
                            "the time limit for the Answer ends on 7 December 2026",
                            "ends on 7 December 2026 (Geneva date"
                        },
                "fr",
                        new String[] {
                            "le délai de réponse expire le 7 décembre 2026", "expire le 7 décembre 2026 (date de Genève"
                        },
                "de",
                        new String[] {
                            "Die Frist für die Antwort endet am 7. Dezember 2026", "am 7. Dezember 2026 (Genfer Datum"
                        });
        expected.forEach((language, texts) -> {
            Locale locale = Locale.forLanguageTag(language);
            ResourceBundle bundle = ResourceBundle.getBundle("org.concord.service.mail.mail", locale);
            Object[] args = {"DCTI-2026-0001", "https://concord.example/procedure.xhtml?id=1", DUE, 7};
            String subject = MailOutbox.text(bundle.getString("mail.reminder.ANSWER.subject"), locale, args);
            String body = MailOutbox.text(bundle.getString("mail.reminder.ANSWER.body"), locale, args);
            assertEquals("Concord DCTI-2026-0001" + (language.equals("fr") ? "\u00a0: " : ": ") + texts[0], subject);
            assertTrue(body.contains(texts[1]), body);
            assertFalse(subject.contains("2026-12-07") || body.contains("2026-12-07"), "no ISO date: " + body);
        });
    }

    @Test
    void oneDayIsWrittenInTheSingular_RC3() {
        Map<String, String> expected = Map.of(
                "en", "A reminder (1 day before)", "fr", "Rappel (1 jour avant)", "de", "Erinnerung (1 Tag vorher)");
        expected.forEach((language, start) -> {
            Locale locale = Locale.forLanguageTag(language);
            String pattern = ResourceBundle.getBundle("org.concord.service.mail.mail", locale)
                    .getString("mail.reminder.ANSWER.body");
            assertTrue(
                    MailOutbox.text(pattern, locale, "DCTI-2026-0001", "https://concord.example/", DUE, 1)
                            .startsWith(start),
                    language);
            assertTrue(MailOutbox.text(pattern, locale, "DCTI-2026-0001", "https://concord.example/", DUE, 5)
                    .startsWith(start.replace("1 day", "5 days")
                            .replace("1 jour", "5 jours")
                            .replace("1 Tag", "5 Tage")));
        });
    }

    @Test
    void theOverdueImplementationReportSaysTheDayItWasDue_RPLAT4() {
        Locale locale = Locale.ENGLISH;
        String subject = MailOutbox.text(
                ResourceBundle.getBundle("org.concord.service.mail.mail", locale)
                        .getString("mail.reminder.IMPLEMENTATION_REPORT.overdue.subject"),
                locale,
                "DCTI-2026-0001",
                "https://concord.example/",
                DUE,
                3);
        assertEquals(
                "Concord DCTI-2026-0001: the report on implementing the Resolution was due on 7 December 2026",
                subject);
    }
}
