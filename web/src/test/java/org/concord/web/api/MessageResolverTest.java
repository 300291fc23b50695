package org.concord.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** The API's texts come from the pages' bundles in the caller's language; its fields are RFC 6901 pointers. */
class MessageResolverTest {

    @Test
    void theFirstAcceptableLanguageTheBundlesSpeakIsChosenAndEnglishOtherwise() {
        assertEquals(Locale.ENGLISH, MessageResolver.of(List.<Locale>of()).locale());
        assertEquals(Locale.FRENCH, MessageResolver.of(List.of(Locale.forLanguageTag("fr-CH"))).locale());
        assertEquals(Locale.GERMAN, MessageResolver.of(List.of(Locale.ITALIAN, Locale.GERMANY, Locale.FRENCH))
                .locale());
        assertEquals(Locale.ENGLISH, MessageResolver.of(List.of(Locale.ITALIAN, new Locale("*"))).locale());
    }

    @Test
    void aRefusalIsItsKeyAndArgumentsInTheReadersLanguage_R8_2() {
        RuleViolation unknownCountry = new RuleViolation("R-8.2", "/countries", "rule.neutral.country",
                (Object) "XX");
        assertEquals("Not an ISO 3166-1 country code: XX (R-8.2).",
                MessageResolver.of(List.<Locale>of()).text(unknownCountry));
        assertEquals("Ce n'est pas un code de pays ISO 3166-1 : XX (R-8.2).",
                MessageResolver.of(List.of(Locale.FRENCH)).text(unknownCountry), "'' is one apostrophe");
        assertEquals("Kein ISO-3166-1-Ländercode: XX (R-8.2).",
                MessageResolver.of(List.of(Locale.GERMAN)).text(unknownCountry));
    }

    @Test
    void aPatternWithoutArgumentsIsTheTextItself() {
        assertEquals("Votre rôle ne permet pas cette action.",
                MessageResolver.of(List.of(Locale.FRENCH)).text("problem.forbidden"));
        assertEquals("Quelqu'un d'autre a modifié l'enregistrement au même moment ; rien n'a été modifié. "
                + "Rechargez et réessayez.", MessageResolver.of(List.of(Locale.FRENCH)).text("problem.concurrentChange"));
    }

    @Test
    void anAmountIsWrittenTheReadersWay_R17_5() {
        RuleViolation tooMuch = new RuleViolation("R-17.5", "/amount", "rule.payment.exceedsOutstanding",
                new BigDecimal("1250.5"), "EUR");
        assertEquals("The amount exceeds the 1,250.50 EUR outstanding (R-17.5).",
                MessageResolver.of(List.<Locale>of()).text(tooMuch));
        assertEquals("Der Betrag übersteigt den offenen Betrag von 1.250,50 EUR (R-17.5).",
                MessageResolver.of(List.of(Locale.GERMAN)).text(tooMuch));
    }

    @Test
    void aKeyNoBundleHasIsShownAsItself() {
        assertEquals("no.such.key", MessageResolver.of(List.<Locale>of()).text("no.such.key"));
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
