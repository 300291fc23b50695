package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 24: the administrators' mail log (the outbox) lists the mails an act caused, newest first, with subject,
 * status in words and, in demo mode (the tests' server runs in it), the text; filters and the keyset cursor are in the
 * address; staff and Parties are refused.
 */
@ExtendWith(ArquillianExtension.class)
class MailLogIT {

    private static final String RESET_SUBJECT = "Concord: set a new password";
    private static final Pattern NEXT = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"");

    @ArquillianResource
    private URL base;

    @Test
    @DisplayName(
            "Issue 24: a password reset's mail is in the admin's mail log with subject, status and, in demo mode, text")
    void aMailCausedByAnActIsInTheLog_R_C1() throws InterruptedException {
        String email = "mail-log-" + System.nanoTime() + "@register.example";
        Registrations.confirmed(base, email, "en");
        new FacesClient(base).submit("/forgot-password.xhtml", "forgot", Map.of("email", email), "submit");
        Smtp.await(m -> Smtp.recipient(m).equals(email) && Smtp.subject(m).contains(RESET_SUBJECT), 30);

        // Filtered by the address in another case and by status: both mails (confirmation, reset) were sent.
        String sent = "/console/mail-log.xhtml?recipient=" + enc(email.toUpperCase(Locale.ROOT)) + "&status=SENT";
        String page = awaitPage(sent, RESET_SUBJECT);
        assertTrue(page.contains("id=\"nav-mail-log\""), "the admin's menu leads here");
        assertTrue(page.contains("id=\"bodies-shown\""), "demo mode says that texts are shown");
        assertFalse(page.contains("id=\"bodies-hidden\""));
        assertTrue(page.contains(">Sent</span>"), "the status in words");
        assertFalse(page.contains(">SENT<"), "no enum constant on the page");
        assertTrue(page.contains("<details>") && page.contains("Text of the mail"), "the text behind a disclosure");
        assertTrue(
                page.contains("Someone (we hope you) asked to reset the password of the Concord account"),
                "the reset mail's text");
        assertTrue(page.contains("/reset-password.xhtml?token="), "with its link");

        String queued = Http.as(base, ADMIN)
                .get("/console/mail-log.xhtml?recipient=" + enc(email) + "&status=QUEUED")
                .body();
        assertTrue(queued.contains("id=\"no-mail\""), "nothing of this address waits");
        assertFalse(queued.contains(RESET_SUBJECT));

        HttpResponse<String> wrong = Http.as(base, ADMIN).get("/console/mail-log.xhtml?status=LOST");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("id=\"filter-error\""), "a bad status is named at the filter");
        assertTrue(wrong.body().contains("Not a status of a mail"), wrong.body());
    }

    @Test
    @DisplayName("Issue 24: the log pages newest first by keyset; 'Next page' carries the filters and the cursor")
    void nextPageFollowsTheCursor() {
        String email = "mail-pages-" + System.nanoTime() + "@register.example";
        Registrations.confirmed(base, email, "en");
        new FacesClient(base).submit("/forgot-password.xhtml", "forgot", Map.of("email", email), "submit");
        Smtp.await(m -> Smtp.recipient(m).equals(email) && Smtp.subject(m).contains(RESET_SUBJECT), 30);

        String first = Http.as(base, ADMIN)
                .get("/console/mail-log.xhtml?size=1&recipient=" + enc(email))
                .body();
        assertTrue(first.contains(RESET_SUBJECT), "the newest mail first: the reset");
        assertEquals(1, count(first, "<tr class=\"mail\">"));
        Matcher next = NEXT.matcher(first);
        assertTrue(next.find(), "a second mail follows: " + first);
        String link = next.group(1).replace("&amp;", "&");
        assertTrue(link.contains("recipient=") && link.contains("size=1") && link.contains("after="), link);

        String second = Http.as(base, ADMIN)
                .get(link.substring(link.indexOf("/console/")))
                .body();
        assertEquals(1, count(second, "<tr class=\"mail\">"));
        assertFalse(second.contains(RESET_SUBJECT), "the older mail: the confirmation");
        assertTrue(second.contains("Concord: confirm your e-mail address"), "the older mail: the confirmation");
        assertFalse(NEXT.matcher(second).find(), "nothing older");
        assertTrue(second.contains("id=\"first-page\""), "a way back to the first page");

        HttpResponse<String> badCursor = Http.as(base, ADMIN).get("/console/mail-log.xhtml?after=nonsense");
        assertEquals(200, badCursor.statusCode());
        assertTrue(badCursor.body().contains("id=\"filter-error\""));
    }

    @Test
    @DisplayName("Issue 24, R-13.1: only administrators see the mail log; staff and Parties are refused")
    void onlyAdministratorsSeeTheMailLog_R_13_1() {
        assertEquals(200, Http.as(base, ADMIN).get("/console/mail-log.xhtml").statusCode());
        assertEquals(403, Http.as(base, STAFF).get("/console/mail-log.xhtml").statusCode());
        assertEquals(403, Http.as(base, ALICE).get("/console/mail-log.xhtml").statusCode());
        assertFalse(
                Http.as(base, STAFF).get("/console/procedures.xhtml").body().contains("nav-mail-log"),
                "no menu entry for staff");
        HttpResponse<String> anonymous = new FacesClient(base).get("/console/mail-log.xhtml");
        assertTrue(anonymous.statusCode() != 200, "anonymous: sign in first (" + anonymous.statusCode() + ")");
        assertFalse(anonymous.body().contains("id=\"mail-log\""));
    }

    /** The admin's page at {@code path} once it lists {@code text} (the dispatcher records a send after the relay took it). */
    private String awaitPage(String path, String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            HttpResponse<String> page = Http.as(base, ADMIN).get(path);
            assertEquals(200, page.statusCode(), page.body());
            if (page.body().contains(text)) {
                return page.body();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not listed within 30 s: " + text + "\n" + page.body());
            }
            Thread.sleep(200);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
