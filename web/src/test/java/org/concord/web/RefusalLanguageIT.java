package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.TRADEMARK_NEUTRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API refuses in the caller's language (issue 20): the same refusal in English, French and German, by
 * {@code Accept-Language}, with the text of the pages' own bundles, the same rule id and the same RFC 6901 pointer;
 * an indexed field is {@code /absences/0/to}, never {@code /absences[0].to}.
 */
@ExtendWith(ArquillianExtension.class)
class RefusalLanguageIT {

    private static final List<String> LANGUAGES = List.of("en", "fr", "de");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @ArquillianResource
    private URL base;

    private static String profilePath(String email) {
        return "/api/v1/neutrals/" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/profile";
    }

    private static String profile(String countries, String absences) {
        return """
                {"countries":[%s],"languages":["fr"],"matters":["TRADEMARK"],"areas":[],"keywords":[],
                 "maxOpenCaseload":8,"absences":[%s],"relationships":[]}""".formatted(countries, absences);
    }

    /** The one field error of a refused profile, asked in {@code language}. */
    private JsonObject refusedProfile(String body, String language) {
        HttpResponse<String> refused =
                Http.as(base, ADMIN).put(profilePath(TRADEMARK_NEUTRAL), body, "Accept-Language", language);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElse(""));
        return Http.json(refused).getJsonArray("errors").getJsonObject(0);
    }

    private static String text(String bundle, String language, String key) {
        return ResourceBundle.getBundle(bundle, Locale.forLanguageTag(language), NO_FALLBACK)
                .getString(key);
    }

    @Test
    void aRuleOfTheDomainRefusesInFrenchAndGermanWithTheSameRuleAndPointer_R8_2() {
        String body = profile("\"FR\"", "{\"from\":\"2027-01-10\",\"to\":\"2027-01-05\"}");
        Map<String, JsonObject> errors = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            JsonObject error = refusedProfile(body, language);
            assertEquals("/absences/0/to", error.getString("pointer"), "an RFC 6901 pointer, in " + language);
            assertEquals("R-8.2", error.getString("rule"));
            assertEquals(
                    text("org.concord.web.messages", language, "rule.neutral.absence"),
                    error.getString("detail"),
                    "the pages' text in " + language);
            errors.put(language, error);
        }
        assertNotEquals(errors.get("en").getString("detail"), errors.get("fr").getString("detail"));
        assertNotEquals(errors.get("en").getString("detail"), errors.get("de").getString("detail"));
        assertNotEquals(errors.get("fr").getString("detail"), errors.get("de").getString("detail"));
    }

    @Test
    void theRefusedValueIsAnArgumentOfEveryLanguagesText_R8_2() {
        String body = profile("\"FR\",\"XX\"", "");
        for (String language : LANGUAGES) {
            JsonObject error = refusedProfile(body, language);
            assertEquals("/countries", error.getString("pointer"));
            assertEquals("R-8.2", error.getString("rule"));
            assertTrue(error.getString("detail").contains("XX"), error.getString("detail"));
        }
        assertTrue(
                refusedProfile(body, "fr").getString("detail").startsWith("Ce n'est pas"),
                "an apostrophe of a pattern with arguments is one apostrophe in the text");
    }

    @Test
    void beanValidationAnswersInTheCallersLanguageAtAnIndexedPointer() {
        String body = profile("\"FR\"", "{\"from\":\"2027-01-10\"}");
        for (String language : LANGUAGES) {
            JsonObject error = refusedProfile(body, language);
            assertEquals("/absences/0/to", error.getString("pointer"), "not /absences[0].to, in " + language);
            assertEquals(text("ValidationMessages", language, "profile.absence.dates"), error.getString("detail"));
        }
    }

    @Test
    void anUnknownLanguageGetsEnglish() {
        String body = profile("\"FR\"", "{\"from\":\"2027-01-10\",\"to\":\"2027-01-05\"}");
        assertEquals(
                refusedProfile(body, "en").getString("detail"),
                refusedProfile(body, "it, *;q=0.1").getString("detail"));
        assertEquals(
                refusedProfile(body, "de").getString("detail"),
                refusedProfile(body, "it, de;q=0.5, fr;q=0.2").getString("detail"),
                "the best q-value it speaks");
    }

    @Test
    void theDeadlineCalculatorNamesItsParameterInGerman_R3_2() {
        HttpResponse<String> refused = Http.anonymous(base)
                .get("/api/v1/deadlines?received=yesterday&days=20&domiciles=FR,DE", "Accept-Language", "de");
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject error = Http.json(refused).getJsonArray("errors").getJsonObject(0);
        assertEquals("received", error.getString("parameter"));
        assertEquals("R-3.2", error.getString("rule"));
        assertEquals(text("org.concord.web.messages", "de", "calculator.received.invalid"), error.getString("detail"));
    }
}
