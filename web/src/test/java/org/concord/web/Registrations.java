package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People who get in as a newcomer would, through the real forms and mails (R-ACC.1): an account of one's own for a
 * test that changes it (disables, locks, enrols a second factor, logs), so that no demo account is touched.
 */
final class Registrations {

    /** A password the strength estimator accepts (R-ACC.4). */
    static final String STRONG = "Quartz-Lantern-Meadow-81";

    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/confirm\\.xhtml\\?token=[\\w-]+)");

    private Registrations() {}

    /** Registers {@code email} as a French-speaking rightholder with {@link #STRONG} and confirms it. */
    static void confirmed(URL base, String email) {
        confirmed(base, email, "fr");
    }

    /** Registers {@code email} as a rightholder speaking {@code language} with {@link #STRONG} and confirms it. */
    static void confirmed(URL base, String email, String language) {
        confirmed(base, email, language, "Logan Logged");
    }

    /** Registers {@code email} in the name {@code name}, a rightholder speaking {@code language}, and confirms it. */
    static void confirmed(URL base, String email, String language, String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("capacity", "RIGHTHOLDER_NATURAL_PERSON");
        fields.put("domicile", "FR");
        fields.put("language", language);
        fields.put("password", STRONG);
        fields.put("repeatPassword", STRONG);
        fields.put("terms", "on");
        HttpResponse<String> registered = new FacesClient(base).submit("/register.xhtml", "register", fields, "submit");
        assertEquals(302, registered.statusCode(), registered.body());
        // A fresh address: its first mail is the confirmation, in whichever language.
        MimeMessage mail = Smtp.await(m -> Smtp.recipient(m).equals(email), 30);
        assertEquals(302, new FacesClient(base).get(link(mail)).statusCode());
    }

    /**
     * A Neutral invited by staff (R-ACC.1) who created the account through the mailed link with {@link #STRONG}:
     * {@code name} and a number make the address; the account has no second factor yet (R-SEC.2).
     */
    static String invitedNeutral(URL base, String name) {
        String email = name + "-" + System.nanoTime() + "@factor.example";
        Set<String> before = InvitationMails.links(email);
        HttpResponse<String> invited = Http.as(base, DemoAccounts.STAFF)
                .postJson(
                        "/api/v1/account-invitations",
                        Json.createObjectBuilder()
                                .add("kind", "NEUTRAL")
                                .add("email", email)
                                .build()
                                .toString());
        assertEquals(201, invited.statusCode(), invited.body());
        String link = InvitationMails.awaitNew(email, before);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Nina Factor");
        fields.put("domicile", "FR");
        fields.put("language", "en");
        fields.put("password", STRONG);
        fields.put("repeatPassword", STRONG);
        fields.put("terms", "on");
        HttpResponse<String> joined = new FacesClient(base).submit(link, "join", fields, "joinAction");
        assertEquals(302, joined.statusCode(), joined.body());
        return email;
    }

    private static String link(MimeMessage mail) {
        try {
            Matcher m = LINK.matcher(String.valueOf(mail.getContent()));
            assertTrue(m.find(), "a confirmation link");
            return m.group(1);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
