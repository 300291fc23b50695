package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 24 (R-C1, R-13.1): every mail Concord sends to an address of an account is also in that account's in-app
 * inbox, with the same subject and text. The mails are the ones the relay (GreenMail) received; the inbox is read
 * through {@code GET /api/v1/me/inbox}. Kinds triggered here: the registration's confirmation, the password reset, the
 * Request's receipt, the fees paid, the commencement, the invitation to act as Neutral, the appointment, a new filing
 * (the Answer), the termination and a role granted by an administrator; for the Responding Party and the Neutral, the
 * commencement and the invitation to act. A mail to an address without an account (the new address of an e-mail
 * change, until confirmed) is a mail only.
 */
@ExtendWith(ArquillianExtension.class)
class InboxIT {

    private static final Pattern UNREAD = Pattern.compile("id=\"inbox-unread\"[^>]*>(\\d+)<");

    @ArquillianResource
    private URL base;

    @Test
    @DisplayName(
            "Issue 24, R-C1: every kind of mail a Party's account is sent along a Procedure is in its inbox, same subject and text")
    void everyMailToAnAccountIsInItsInbox_R_C1() {
        String email = "inbox-" + System.nanoTime() + "@register.example";
        Registrations.confirmed(base, email, "en", "Ines Inbox");
        new FacesClient(base).submit("/forgot-password.xhtml", "forgot", Map.of("email", email), "submit");
        Http ines = Http.basic(base, email, Registrations.STRONG);
        // Her inbox is read with a token of hers: once a Neutral (the role granted below), Basic is refused (R-SEC.2).
        HttpResponse<String> token = ines.postJson("/api/v1/tokens", "{\"label\":\"inbox test\"}");
        assertEquals(201, token.statusCode(), token.body());
        Http inesToken = Http.bearer(base, Http.json(token).getString("token"));

        Lifecycle life = new Lifecycle(base);
        HttpResponse<String> filed =
                ines.postJson("/api/v1/requests", RequestBodies.complete("COPYRIGHT", "Streamly", "Inbox test."));
        assertEquals(201, filed.statusCode(), filed.body());
        String id = Http.json(filed).getString("id");
        String reference = Http.json(filed).getString("reference");
        life.commence(id);
        life.pay(id, "ADMINISTRATION");
        life.pay(id, "NEUTRAL");
        life.appoint(id, NEUTRAL);
        life.fileAnswer(id);
        HttpResponse<String> ended = Http.as(base, NEUTRAL)
                .postJson("/api/v1/procedures/" + id + "/termination", "{\"ground\":\"UNNECESSARY_OR_IMPOSSIBLE\"}");
        assertEquals(200, ended.statusCode(), ended.body());
        String account = Http.json(Http.as(base, ADMIN).get("/api/v1/accounts?q=" + enc(email)))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
        HttpResponse<String> granted = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/accounts/" + account + "/roles/grant",
                        "{\"role\":\"NEUTRAL\",\"reason\":\"Inbox test: a role granted\"}");
        assertEquals(200, granted.statusCode(), granted.body());

        // Each kind reached the relay; each mail to Ines is in her inbox, and her inbox holds nothing else.
        List<String> kinds = List.of(
                "Concord: confirm your e-mail address",
                "Concord: set a new password",
                "Concord " + reference + ": your Request was received",
                "Concord " + reference + ": your fees are paid",
                "Concord " + reference + ": the Neutral is appointed",
                "Concord " + reference + ": a new filing in your procedure",
                "Concord " + reference + ": the procedure has ended",
                // The role by its name, not its code (issue 24: no raw codes).
                "Concord: the Center gave your account the role Neutral");
        for (String kind : kinds) {
            Smtp.await(m -> Smtp.recipient(m).equals(email) && Smtp.subject(m).startsWith(kind), 30);
        }
        List<Mail> mails = mails(m -> Smtp.recipient(m).equals(email));
        List<Mail> inbox = inbox(inesToken);
        assertEquals(mails.size(), inbox.size(), "one entry per mail: " + mails + " / " + inbox);
        for (Mail mail : mails) {
            assertTrue(inbox.contains(mail), "in the inbox with the same subject and text: " + mail);
        }
        for (String kind : kinds) {
            assertTrue(inbox.stream().anyMatch(e -> e.subject().startsWith(kind)), kind);
        }

        // The other side and the Neutral: each mail about this Procedure is in their inbox too (invited, commenced…).
        // (The commencement is told to the Responding Party; the demo Neutral reads French.)
        for (String subject : List.of(
                "Concord " + reference + ": a procedure under the DCTI Rules has commenced",
                "Concord " + reference + ": the procedure has ended")) {
            Smtp.await(
                    m -> Smtp.recipient(m).equals(PLATFORM) && Smtp.subject(m).equals(subject), 30);
        }
        for (String subject : List.of(
                "Concord " + reference + "\u00a0: le Centre vous invite à agir comme Neutre",
                "Concord " + reference + "\u00a0: la procédure a pris fin")) {
            Smtp.await(m -> Smtp.recipient(m).equals(NEUTRAL) && Smtp.subject(m).equals(subject), 30);
        }
        for (String who : List.of(NEUTRAL, PLATFORM)) {
            List<Mail> about =
                    mails(m -> Smtp.recipient(m).equals(who) && Smtp.subject(m).contains(reference));
            assertFalse(about.isEmpty(), who);
            List<Mail> theirs = inbox(Http.as(base, who));
            for (Mail mail : about) {
                assertTrue(theirs.contains(mail), who + ": " + mail);
            }
        }
    }

    @Test
    @DisplayName("Issue 24: a mail to an address without an account (a new address to confirm) is a mail only")
    void anAddressWithoutAccountGetsMailOnly_R_C1() {
        String email = "inbox-change-" + System.nanoTime() + "@register.example";
        String wanted = "inbox-new-" + System.nanoTime() + "@register.example";
        Registrations.confirmed(base, email, "en", "Carl Change");
        Http carl = Http.basic(base, email, Registrations.STRONG);
        HttpResponse<String> asked = carl.postJson("/api/v1/accounts/me/email", "{\"email\":\"" + wanted + "\"}");
        assertEquals(202, asked.statusCode(), asked.body());
        MimeMessage toConfirm = Smtp.await(m -> Smtp.recipient(m).equals(wanted), 30);
        List<Mail> inbox = inbox(carl);
        assertEquals(
                List.of("Concord: confirm your e-mail address"),
                inbox.stream().map(Mail::subject).toList());
        assertFalse(inbox.contains(new Mail(Smtp.subject(toConfirm), InvitationMails.body(toConfirm))));
    }

    @Test
    @DisplayName(
            "Issue 24: opening an entry reads it and the header's count goes down; 'mark all as read' redirects to the inbox")
    void readingLowersTheUnreadCount() {
        String email = "inbox-read-" + System.nanoTime() + "@register.example";
        Registrations.confirmed(base, email, "en", "Rita Reader");
        new FacesClient(base).submit("/forgot-password.xhtml", "forgot", Map.of("email", email), "submit");
        Http rita = Http.basic(base, email, Registrations.STRONG);
        HttpResponse<String> filed =
                rita.postJson("/api/v1/requests", RequestBodies.complete("COPYRIGHT", "Streamly", "Inbox: reading."));
        assertEquals(201, filed.statusCode(), filed.body());
        FacesClient page = new FacesClient(base);
        assertTrue(page.signIn(email, Registrations.STRONG));

        String list = page.get("/inbox.xhtml").body();
        assertEquals(3, unread(list), "the confirmation, the reset and the Request's receipt, unread");
        assertTrue(list.contains("aria-label=\"Inbox, 3 unread\""), "the count in words for a screen reader");
        assertTrue(list.contains("id=\"nav-inbox\""));
        assertFalse(list.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:.*"), "no ISO instant on the page");

        JsonObject newest = Http.json(rita.get("/api/v1/me/inbox?size=1"));
        assertEquals(1, newest.getJsonArray("items").size());
        JsonObject first = newest.getJsonArray("items").getJsonObject(0);
        assertTrue(!first.containsKey("readAt") || first.isNull("readAt"), "unread: " + first);
        JsonObject older = Http.json(rita.get("/api/v1/me/inbox?size=1&after=" + enc(newest.getString("next"))));
        assertNotEquals(
                first.getString("id"),
                older.getJsonArray("items").getJsonObject(0).getString("id"),
                "keyset paging");

        HttpResponse<String> read = rita.postJson("/api/v1/me/inbox/" + first.getString("id") + "/read", "");
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(Http.json(read).getString("subject").endsWith(": your Request was received"), read.body());
        assertTrue(Http.json(read).getString("body").contains(Http.json(filed).getString("reference")));
        assertFalse(Http.json(read).isNull("readAt"), "read now");
        assertEquals(2, unread(page.get("/inbox.xhtml").body()), "one fewer unread");

        String second = older.getJsonArray("items").getJsonObject(0).getString("id");
        String opened = page.get("/inbox.xhtml?id=" + second).body();
        assertTrue(opened.contains("id=\"entry-body\""), "the entry shown whole");
        assertTrue(opened.contains("/reset-password.xhtml?token="), opened);
        assertEquals(1, unread(opened), "opening it read it");

        HttpResponse<String> marked = page.submit("/inbox.xhtml", "inbox-actions", Map.of(), "mark-all-read");
        assertEquals(302, marked.statusCode(), "post/redirect/get");
        assertTrue(marked.headers().firstValue("Location").orElse("").contains("/inbox.xhtml"));
        String after = page.get("/inbox.xhtml").body();
        assertFalse(after.contains("id=\"inbox-unread\""), "nothing unread");
        assertTrue(after.contains("aria-label=\"Inbox\""));
        assertFalse(after.contains("id=\"mark-all-read\""));
    }

    @Test
    @DisplayName("R-13.1: another account's entry answers as a missing one does, in the API and on the page")
    void anotherAccountsEntryIsNotFound_R_13_1() {
        String email = "inbox-own-" + System.nanoTime() + "@register.example";
        Registrations.confirmed(base, email, "en", "Otto Owner");
        Http otto = Http.basic(base, email, Registrations.STRONG);
        String entry = Http.json(otto.get("/api/v1/me/inbox"))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
        String missing = UUID.randomUUID().toString();

        for (String who : List.of(ALICE, STAFF)) {
            HttpResponse<String> theirs = Http.as(base, who).postJson("/api/v1/me/inbox/" + entry + "/read", "");
            HttpResponse<String> none = Http.as(base, who).postJson("/api/v1/me/inbox/" + missing + "/read", "");
            assertEquals(404, theirs.statusCode(), who);
            assertEquals(none.statusCode(), theirs.statusCode());
            assertEquals(none.body(), theirs.body(), "the same bytes");
            assertEquals(AccessMatrixIT.headersButDate(none), AccessMatrixIT.headersButDate(theirs));
            HttpResponse<String> page = Http.as(base, who).get("/inbox.xhtml?id=" + entry);
            HttpResponse<String> nothing = Http.as(base, who).get("/inbox.xhtml?id=" + missing);
            assertEquals(404, page.statusCode(), who);
            assertEquals(
                    ProcedureAccessIT.withoutViewState(nothing.body()),
                    ProcedureAccessIT.withoutViewState(page.body()),
                    "the same page but its nonce and view state");
            assertFalse(page.body().contains("Concord: confirm your e-mail address"));
        }
        assertEquals(404, Http.as(base, ALICE).get("/inbox.xhtml?id=not-an-id").statusCode());
        assertEquals(
                404,
                Http.as(base, ALICE)
                        .postJson("/api/v1/me/inbox/not-an-id/read", "")
                        .statusCode());

        // Time: the refusal of another's entry costs what a missing one's does (medians of 15 calls, loose bound).
        long theirs = medianNanos(() -> Http.as(base, ALICE).postJson("/api/v1/me/inbox/" + entry + "/read", ""));
        long none = medianNanos(() -> Http.as(base, ALICE).postJson("/api/v1/me/inbox/" + missing + "/read", ""));
        assertTrue(Math.abs(theirs - none) < 25_000_000L, "medians " + theirs / 1000 + " µs vs " + none / 1000 + " µs");

        JsonObject owned =
                Http.json(otto.get("/api/v1/me/inbox")).getJsonArray("items").getJsonObject(0);
        assertTrue(!owned.containsKey("readAt") || owned.isNull("readAt"), "still unread for its owner: " + owned);
        assertEquals(401, Http.anonymous(base).get("/api/v1/me/inbox").statusCode());
    }

    private static long medianNanos(Runnable call) {
        call.run();
        long[] times = new long[15];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            call.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    private static int unread(String page) {
        Matcher m = UNREAD.matcher(page);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** A mail or an inbox entry: its subject and text, line ends as the relay or the JSON gives them, made one. */
    record Mail(String subject, String body) {
        Mail {
            body = body.replace("\r\n", "\n").strip();
        }
    }

    private static List<Mail> mails(Predicate<MimeMessage> which) {
        return Smtp.received(which).stream()
                .map(m -> new Mail(Smtp.subject(m), InvitationMails.body(m)))
                .toList();
    }

    /** Every entry of the caller's inbox, page after page by keyset. */
    static List<Mail> inbox(Http who) {
        List<Mail> entries = new ArrayList<>();
        String path = "/api/v1/me/inbox?size=25";
        while (path != null) {
            HttpResponse<String> page = who.get(path);
            assertEquals(200, page.statusCode(), page.body());
            JsonObject json = Http.json(page);
            json.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(e -> new Mail(e.getString("subject"), e.getString("body")))
                    .forEach(entries::add);
            path = json.containsKey("next") && !json.isNull("next")
                    ? "/api/v1/me/inbox?size=25&after=" + enc(json.getString("next"))
                    : null;
        }
        return entries;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
