package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person who registers through the portal's form and confirms the address with the real mail's link (R-ACC.1): an
 * account of one's own for a test that changes it (disables, locks, logs), so that no demo account is touched.
 */
final class Registrations {

    /** A password the strength estimator accepts (R-ACC.4). */
    static final String STRONG = "Quartz-Lantern-Meadow-81";

    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/confirm\\.xhtml\\?token=[\\w-]+)");

    private Registrations() {}

    /** Registers {@code email} as a French-speaking rightholder with {@link #STRONG} and confirms it. */
    static void confirmed(URL base, String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Logan Logged");
        fields.put("email", email);
        fields.put("capacity", "RIGHTHOLDER_NATURAL_PERSON");
        fields.put("domicile", "FR");
        fields.put("language", "fr");
        fields.put("password", STRONG);
        fields.put("repeatPassword", STRONG);
        fields.put("terms", "on");
        HttpResponse<String> registered = new FacesClient(base).submit("/register.xhtml", "register", fields, "submit");
        assertEquals(302, registered.statusCode(), registered.body());
        MimeMessage mail = Smtp.await(
                m -> Smtp.recipient(m).equals(email) && Smtp.subject(m).contains("confirmez"), 30);
        assertEquals(302, new FacesClient(base).get(link(mail)).statusCode());
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
