package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People get in (issue 21): registration answers the same whether or not the address is registered, the real mail
 * says which case it was, the single-use link confirms the account (R-ACC.1); passwords follow R-ACC.4, are reset
 * through a 30-minute link that ends the other sessions, and are changed keeping one's own session (R-C1: every step
 * by mail).
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

    private static final String STRONG = "Quartz-Lantern-Meadow-81";
    private static final Pattern LINK =
            Pattern.compile("https?://\\S+?(/(?:confirm|reset-password)\\.xhtml\\?token=[\\w-]+)");

    @ArquillianResource
    private URL base;

    private static String unique(String name) {
        return name + "-" + System.nanoTime() + "@register.example";
    }

    private Map<String, String> form(String email, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Dana Registrant");
        fields.put("email", email);
        fields.put("capacity", "RIGHTHOLDER_NATURAL_PERSON");
        fields.put("domicile", "FR");
        fields.put("language", "fr");
        fields.put("password", password);
        fields.put("repeatPassword", password);
        fields.put("terms", "on");
        return fields;
    }

    private HttpResponse<String> register(String email, String password) {
        return new FacesClient(base).submit("/register.xhtml", "register", form(email, password), "submit");
    }

    private static String body(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            return content instanceof String text ? text : String.valueOf(content);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path and token of the link in a mail (its host is the configured base URL). */
    private static String link(MimeMessage mail) {
        Matcher m = LINK.matcher(body(mail));
        assertTrue(m.find(), body(mail));
        return m.group(1);
    }

    private static MimeMessage mailTo(String email, String subjectPart) {
        return Smtp.await(
                m -> Smtp.recipient(m).equals(email) && Smtp.subject(m).contains(subjectPart), 30);
    }

    private int me(String email, String password) {
        return Http.basic(base, email, password).get("/api/v1/tokens/me").statusCode();
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("CONCORD_DB_URL"),
                System.getenv("CONCORD_DB_USER"),
                System.getenv("CONCORD_DB_PASSWORD"));
    }

    private static long accountsWith(String email) throws SQLException {
        try (Connection db = db();
                PreparedStatement count = db.prepareStatement("select count(*) from user_account where email = ?")) {
            count.setString(1, email);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void registrationConfirmedByTheMailedLinkLetsThePersonSignIn_RACC1_RC1() {
        String email = unique("dana");
        HttpResponse<String> registered = register(email, STRONG);
        assertEquals(302, registered.statusCode(), registered.body());
        assertTrue(registered.headers().firstValue("Location").orElseThrow().contains("/register.xhtml?sent=true"));
        assertEquals(401, me(email, STRONG), "unconfirmed: no sign-in yet (R-ACC.1)");

        MimeMessage mail = mailTo(email, "confirmez");
        String confirmation = link(mail);
        assertTrue(confirmation.startsWith("/confirm.xhtml?token="), confirmation);

        HttpResponse<String> confirmed = new FacesClient(base).get(confirmation);
        assertEquals(302, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
        assertEquals(200, me(email, STRONG), "confirmed: the account works");
        assertTrue(new FacesClient(base).signIn(email, STRONG), "form sign-in");

        HttpResponse<String> again = new FacesClient(base).get(confirmation);
        assertEquals(200, again.statusCode(), "a second confirmation changes nothing and says the link was used");
        assertTrue(again.body().contains("was used already"), again.body());
    }

    @Test
    void anAlreadyRegisteredAddressGetsTheSameAnswerAndAMailSayingSo_RACC1() throws Exception {
        String email = unique("twice");
        HttpResponse<String> first = register(email, STRONG);
        mailTo(email, "confirmez");
        HttpResponse<String> second = register(email, "Another-Harbour-Violin-27");
        assertEquals(first.statusCode(), second.statusCode());
        assertEquals(first.headers().firstValue("Location"), second.headers().firstValue("Location"));
        MimeMessage told = mailTo(email, "déjà inscrite");
        assertTrue(body(told).contains("/login.xhtml"), body(told));
        assertTrue(body(told).contains("/forgot-password.xhtml"), body(told));
        assertEquals(1, accountsWith(email), "nothing changed");
    }

    @Test
    void aWeakPasswordIsRefusedAtItsFieldNamingTheRuleAndNothingIsStoredOrSent_RACC4() throws Exception {
        String email = unique("weak");
        HttpResponse<String> refused = register(email, "password1234");
        assertEquals(200, refused.statusCode(), "the form again, with the refusal");
        Matcher atField = Pattern.compile(
                        "id=\"register:password-message\".{0,400}?R-ACC\\.4\\)[^<]*:\\s*[^<\\s][^<]*", Pattern.DOTALL)
                .matcher(refused.body());
        assertTrue(atField.find(), "at /password, naming R-ACC.4 and the estimator's reason: " + refused.body());
        assertEquals(0, accountsWith(email), "nothing stored");
        Smtp.allowFurtherMail(3);
        assertTrue(Smtp.received(m -> Smtp.recipient(m).equals(email)).isEmpty(), "nothing sent");
    }

    /** The message shown at the input {@code id} of a refused form (PrimeFaces renders it after the input). */
    private static void assertAtField(HttpResponse<String> page, String form, String id, String text) {
        Matcher atField = Pattern.compile(
                        "id=\"" + form + ":" + id + "-message\"[^>]*>(?:(?!-message\").){0,400}?" + Pattern.quote(text),
                        Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(atField.find(), "at /" + id + ": " + text + " in " + page.body());
    }

    private static long count(String sql, String value) throws SQLException {
        try (Connection db = db();
                PreparedStatement count = db.prepareStatement(sql)) {
            count.setString(1, value);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void oneSubmitNamesABadAddressAnUnknownCountryAndAWeakPasswordEachAtItsFieldAndStoresAndSendsNothing_RACC1_RACC4()
            throws Exception {
        String name = "Refused Registrant " + System.nanoTime();
        Map<String, String> fields = form("not-an-address-" + System.nanoTime(), "password1234");
        fields.put("name", name);
        fields.put("domicile", "XX");
        HttpResponse<String> refused = new FacesClient(base).submit("/register.xhtml", "register", fields, "submit");
        assertEquals(200, refused.statusCode(), "the form again, with every refusal");
        assertAtField(refused, "register", "email", "Enter a valid e-mail address");
        assertAtField(refused, "register", "domicile", "Choose the country of your domicile.");
        assertAtField(refused, "register", "password", "This password is too easy to guess (R-ACC.4):");
        assertTrue(refused.body().contains("value=\"" + name + "\""), "what was typed stays, but the password");
        assertFalse(refused.body().contains("password1234"), "a password is never written back (docs/security.md)");
        assertEquals(0, count("select count(*) from user_account where display_name = ?", name), "nothing stored");
        Smtp.allowFurtherMail(3);
        assertEquals(
                0, count("select count(*) from outbound_mail where body like ?", "%" + name + "%"), "nothing queued");
        assertTrue(Smtp.received(m -> body(m).contains(name)).isEmpty(), "nothing sent");
    }

    @Test
    void anExpiredOrUnknownConfirmationLinkIsRefusedAndChangesNothing_RACC1() throws Exception {
        String email = unique("late");
        register(email, STRONG);
        String confirmation = link(mailTo(email, "confirmez"));
        try (Connection db = db();
                PreparedStatement expire = db.prepareStatement("update account_link set expires_at = ? where "
                        + "account_id = (select id from user_account where email = ?)")) {
            expire.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(1)));
            expire.setString(2, email);
            assertEquals(1, expire.executeUpdate());
        }
        HttpResponse<String> expired = new FacesClient(base).get(confirmation);
        assertEquals(200, expired.statusCode());
        assertTrue(expired.body().contains("has expired"), expired.body());
        assertEquals(401, me(email, STRONG), "still unconfirmed");

        HttpResponse<String> unknown = new FacesClient(base).get("/confirm.xhtml?token=not-a-token");
        assertTrue(unknown.body().contains("not valid"), unknown.body());

        // A new link can be asked for; it works.
        new FacesClient(base).submit("/confirm.xhtml", "confirm", Map.of("email", email), "submit");
        Smtp.await(
                m -> Smtp.recipient(m).equals(email)
                        && Smtp.subject(m).contains("confirmez")
                        && !link(m).equals(confirmation),
                30);
        String fresh = Smtp.received(m -> Smtp.recipient(m).equals(email)).stream()
                .map(RegistrationIT::link)
                .filter(l -> !l.equals(confirmation))
                .findFirst()
                .orElseThrow();
        assertEquals(302, new FacesClient(base).get(fresh).statusCode());
        assertEquals(200, me(email, STRONG));
    }

    @Test
    void forgotPasswordAnswersTheSameForAnUnknownAddressAndTheResetWorksOnceEndingOtherSessions_RACC4()
            throws Exception {
        String email = unique("forgetful");
        register(email, STRONG);
        assertEquals(
                302, new FacesClient(base).get(link(mailTo(email, "confirmez"))).statusCode());
        FacesClient otherSession = new FacesClient(base);
        assertTrue(otherSession.signIn(email, STRONG));
        assertEquals(200, otherSession.get("/account/tokens.xhtml").statusCode());

        HttpResponse<String> known =
                new FacesClient(base).submit("/forgot-password.xhtml", "forgot", Map.of("email", email), "submit");
        HttpResponse<String> unknown = new FacesClient(base)
                .submit("/forgot-password.xhtml", "forgot", Map.of("email", unique("nobody")), "submit");
        assertEquals(302, known.statusCode(), known.body());
        assertEquals(known.statusCode(), unknown.statusCode());
        assertEquals(known.headers().firstValue("Location"), unknown.headers().firstValue("Location"));

        String reset = link(mailTo(email, "nouveau mot de passe"));
        assertTrue(reset.startsWith("/reset-password.xhtml?token="), reset);
        String newPassword = "Saffron-Glacier-Tandem-63";
        HttpResponse<String> done = new FacesClient(base)
                .submit(reset, "reset", Map.of("password", newPassword, "repeatPassword", newPassword), "submit");
        assertEquals(302, done.statusCode(), done.body());
        assertEquals(200, me(email, newPassword));
        assertEquals(401, me(email, STRONG));
        HttpResponse<String> ended = otherSession.get("/account/tokens.xhtml");
        assertEquals(302, ended.statusCode(), "the other session ended (R-ACC.4)");
        assertTrue(ended.headers().firstValue("Location").orElse("").contains("/login.xhtml"));

        HttpResponse<String> twice = new FacesClient(base).get(reset);
        assertTrue(twice.body().contains("reset-unusable"), "the link works once");
    }

    @Test
    void changingThePasswordKeepsOnesOwnSessionAndEndsTheOthers_RACC4() {
        String email = unique("changer");
        register(email, STRONG);
        assertEquals(
                302, new FacesClient(base).get(link(mailTo(email, "confirmez"))).statusCode());
        FacesClient mine = new FacesClient(base);
        FacesClient other = new FacesClient(base);
        assertTrue(mine.signIn(email, STRONG));
        assertTrue(other.signIn(email, STRONG));

        HttpResponse<String> wrong = mine.submit(
                "/account/password.xhtml",
                "change",
                Map.of("currentPassword", "not-my-password", "password", "x", "repeatPassword", "x"),
                "submit");
        assertEquals(200, wrong.statusCode());
        // Every problem at once, each at its field (issue 21).
        assertAtField(wrong, "change", "currentPassword", "The current password is not correct.");
        assertAtField(wrong, "change", "password", "A password needs at least 12 characters (R-ACC.4).");

        String newPassword = "Juniper-Compass-Ember-58";
        HttpResponse<String> changed = mine.submit(
                "/account/password.xhtml",
                "change",
                Map.of("currentPassword", STRONG, "password", newPassword, "repeatPassword", newPassword),
                "submit");
        assertEquals(302, changed.statusCode(), changed.body());
        assertEquals(200, mine.get("/account/tokens.xhtml").statusCode(), "one's own session goes on");
        assertEquals(302, other.get("/account/tokens.xhtml").statusCode(), "the other session ended");
        assertEquals(200, me(email, newPassword));
        assertFalse(body(mailTo(email, "a été modifié")).contains(newPassword), "told by mail (R-C1)");
    }

    @Test
    void anAccountWhosePasswordWasSetForItChangesItBeforeAnythingElse_RACC4() throws Exception {
        String email = unique("initial");
        register(email, STRONG);
        assertEquals(
                302, new FacesClient(base).get(link(mailTo(email, "confirmez"))).statusCode());
        // As FirstAdministrator does for the initial password from the configuration.
        try (Connection db = db();
                PreparedStatement force = db.prepareStatement(
                        "update user_account set password_change_required = true where email = ?")) {
            force.setString(1, email);
            assertEquals(1, force.executeUpdate());
        }
        FacesClient session = new FacesClient(base);
        assertTrue(session.signIn(email, STRONG));
        HttpResponse<String> anyPage = session.get("/mediations.xhtml");
        assertEquals(302, anyPage.statusCode());
        assertTrue(anyPage.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"));
        HttpResponse<String> api = Http.basic(base, email, STRONG).get("/api/v1/tokens/me");
        assertEquals(403, api.statusCode(), api.body());
        assertEquals("R-ACC.4", Http.json(api).getString("rule"));

        String newPassword = "Pelican-Orchard-Cobalt-74";
        assertEquals(
                302,
                session.submit(
                                "/account/password.xhtml",
                                "change",
                                Map.of(
                                        "currentPassword",
                                        STRONG,
                                        "password",
                                        newPassword,
                                        "repeatPassword",
                                        newPassword),
                                "submit")
                        .statusCode());
        assertEquals(200, session.get("/mediations.xhtml").statusCode(), "free to go anywhere now");
        assertEquals(200, me(email, newPassword));
    }
}
