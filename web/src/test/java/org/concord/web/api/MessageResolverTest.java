package org.concord.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.concord.domain.RuleViolation;
import org.concord.domain.sor.SorProblem;
import org.concord.service.sor.StatementDraft;
import org.junit.jupiter.api.Test;

/** The API's texts come from the pages' bundles in the caller's language; its fields are RFC 6901 pointers. */
class MessageResolverTest {

    @Test
    void theFirstAcceptableLanguageTheBundlesSpeakIsChosenAndEnglishOtherwise() {
        assertEquals(Locale.ENGLISH, MessageResolver.of(List.<Locale>of()).locale());
        assertEquals(
                Locale.FRENCH,
                MessageResolver.of(List.of(Locale.forLanguageTag("fr-CH"))).locale());
        assertEquals(
                Locale.GERMAN,
                MessageResolver.of(List.of(Locale.ITALIAN, Locale.GERMANY, Locale.FRENCH))
                        .locale());
        assertEquals(
                Locale.ENGLISH,
                MessageResolver.of(List.of(Locale.ITALIAN, new Locale("*"))).locale());
    }

    @Test
    void aRefusalIsItsKeyAndArgumentsInTheReadersLanguage_R8_2() {
        RuleViolation unknownCountry = new RuleViolation("R-8.2", "/countries", "rule.neutral.country", (Object) "XX");
        assertEquals(
                "Not an ISO 3166-1 country code: XX (R-8.2).",
                MessageResolver.of(List.<Locale>of()).text(unknownCountry));
        assertEquals(
                "Ce n'est pas un code de pays ISO 3166-1 : XX (R-8.2).",
                MessageResolver.of(List.of(Locale.FRENCH)).text(unknownCountry),
                "'' is one apostrophe");
        assertEquals(
                "Kein ISO-3166-1-Ländercode: XX (R-8.2).",
                MessageResolver.of(List.of(Locale.GERMAN)).text(unknownCountry));
    }

    @Test
    void aPatternWithoutArgumentsIsTheTextItself() {
        assertEquals(
                "Votre rôle ne permet pas cette action.",
                MessageResolver.of(List.of(Locale.FRENCH)).text("problem.forbidden"));
        assertEquals(
                "Quelqu'un d'autre a modifié l'enregistrement au même moment ; rien n'a été modifié. "
                        + "Rechargez et réessayez.",
                MessageResolver.of(List.of(Locale.FRENCH)).text("problem.concurrentChange"));
    }

    @Test
    void anAmountIsWrittenTheReadersWay_R17_5() {
        RuleViolation tooMuch = new RuleViolation(
                "R-17.5", "/amount", "rule.payment.exceedsOutstanding", new BigDecimal("1250.5"), "EUR");
        assertEquals(
                "The amount exceeds the 1,250.50 EUR outstanding (R-17.5).",
                MessageResolver.of(List.<Locale>of()).text(tooMuch));
        assertEquals(
                "Der Betrag übersteigt den offenen Betrag von 1.250,50 EUR (R-17.5).",
                MessageResolver.of(List.of(Locale.GERMAN)).text(tooMuch));
    }

    @Test
    void aKeyNoBundleHasIsShownAsItself() {
        assertEquals("no.such.key", MessageResolver.of(List.<Locale>of()).text("no.such.key"));
    }

    @Test
    void aFindingAboutAStatementOfReasonsIsItsKeyAndArgumentsInTheReadersLanguage_R_SOR_1_R_SOR_2() {
        MessageResolver english = MessageResolver.of(List.<Locale>of());
        assertEquals(
                "Not valid JSON at line 2, column 14",
                english.text(SorProblem.of("", "R-SOR.1", "sor.json.invalid", 2L, 14L)));
        assertEquals(
                "decision_facts may hold at most 5000 characters",
                english.text(
                        SorProblem.of("/decision_facts", "R-SOR.1", "sor.attribute.tooLong", "decision_facts", 5000)),
                "a limit is written as a plain number");
        assertEquals(
                "puid may hold only letters, digits, '_' and '-'",
                english.text(SorProblem.of("/puid", "R-SOR.1", "sor.attribute.puidCharacters", "puid")));
        assertEquals(
                "At least one of decision_visibility, decision_monetary, decision_provision or "
                        + "decision_account is required",
                english.text(SorProblem.of(
                        "/decision_visibility",
                        "R-SOR.1",
                        "sor.attribute.restrictionRequired",
                        "decision_visibility",
                        "decision_monetary",
                        "decision_provision",
                        "decision_account")));
        SorProblem unknown = SorProblem.of(
                "/category", "R-SOR.2", "sor.attribute.unknownValue", "category", "STATEMENT_CATEGORY_NOPE");
        assertEquals("category has an unknown value: STATEMENT_CATEGORY_NOPE", english.text(unknown));
        assertEquals(
                "category a une valeur inconnue : STATEMENT_CATEGORY_NOPE",
                MessageResolver.of(List.of(Locale.FRENCH)).text(unknown));
        assertEquals(
                "category hat einen unbekannten Wert: STATEMENT_CATEGORY_NOPE",
                MessageResolver.of(List.of(Locale.GERMAN)).text(unknown));
        SorProblem late = SorProblem.of(
                "/end_date_monetary_restriction",
                "R-SOR.1",
                "sor.attribute.beforeApplication",
                "end_date_monetary_restriction",
                "2023-01-01",
                "application_date");
        assertEquals(
                "end_date_monetary_restriction 2023-01-01 is before application_date; accepted as the platform "
                        + "sent it",
                english.text(late));
        assertEquals(
                "end_date_monetary_restriction 2023-01-01 est antérieure à application_date ; acceptée telle "
                        + "que la plateforme l'a envoyée",
                MessageResolver.of(List.of(Locale.FRENCH)).text(late),
                "'' is one apostrophe");
    }

    /**
     * The draft keeps its JSON shape: the same properties as the service's draft, only the warnings and the scope's
     * reason (a key and its arguments in the draft, R-SOR.3) are texts.
     */
    @Test
    void theDraftViewHasTheDraftsPropertiesAndWarningsAsPointerRuleAndMessage_R_SOR_2() {
        assertEquals(
                Arrays.stream(StatementDraft.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .filter(name -> !name.equals("scopeReasonArguments"))
                        .map(name -> name.equals("scopeReasonKey") ? "scopeReason" : name)
                        .toList(),
                Arrays.stream(StatementDraftView.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
        assertEquals(
                List.of("pointer", "ruleId", "message"),
                Arrays.stream(StatementDraftView.Finding.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
        StatementDraftView.Finding finding = StatementDraftView.Finding.of(
                SorProblem.of(
                        "/category",
                        "R-SOR.2",
                        "sor.value.renamed",
                        "category",
                        "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
                        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC"),
                MessageResolver.of(List.of(Locale.GERMAN)));
        assertEquals(
                "Der Wert STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE von category wurde in "
                        + "STATEMENT_CATEGORY_OTHER_VIOLATION_TC umbenannt; unter dem neuen Namen gelesen",
                finding.message());
    }

    @Test
    void everyDialectOfAFieldBecomesAJsonPointer() {
        assertEquals("/absences/0/to", Pointers.of("/absences/0/to"));
        assertEquals("/absences/0/to", Pointers.of("absences[0].to"));
        assertEquals("/annexes/0", Pointers.of("annexes/0"));
        assertEquals("/description", Pointers.of("description"));
        assertNull(Pointers.of((String) null), "a refusal of the whole action names no field");
        assertEquals("a~1b~0c", Pointers.escape("a/b~c"));
    }
}
