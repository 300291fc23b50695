package org.concord.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Languages, countries and domiciles named in the page's language, not shown as codes. */
class NamesTest {

    @Test
    void codesAreNamedInTheViewsLanguage() {
        assertEquals("German", Names.language("de", Locale.ENGLISH));
        assertEquals("allemand", Names.language("de", Locale.FRENCH));
        assertEquals("Irland", Names.country("IE", Locale.GERMAN));
        assertEquals("Germany (BY)", Names.domicile("DE-BY", Locale.ENGLISH));
        assertEquals("France", Names.domicile("FR", Locale.FRENCH));
        assertEquals("", Names.country(null, Locale.ENGLISH));
    }

    @Test
    void theDomicilesOfASkippedDayAreNamed_issue24() {
        assertEquals("France, Allemagne (BY)", Names.domiciles(List.of("FR", "DE-BY"), Locale.FRENCH));
    }

    @Test
    void aLanguageIsFoundByItsCodeOrItsNameInEnglishFrenchOrGerman_issue24() {
        for (String given :
                List.of("fr", "FR", " French ", "français", "francais", "FRANÇAIS", "Französisch", "franzosisch")) {
            assertEquals(Optional.of("fr"), Names.languageCode(given), given);
        }
        assertEquals(Optional.of("de"), Names.languageCode("Deutsch"));
        assertEquals(Optional.of("de"), Names.languageCode("allemand"));
        assertEquals(Optional.of("it"), Names.languageCode("italiano"), "a language's own name");
        assertEquals(Optional.empty(), Names.languageCode("Klingon"));
        assertEquals(Optional.empty(), Names.languageCode(" "));
        assertEquals(Optional.empty(), Names.languageCode(null));
    }

    @Test
    void aCountryIsFoundByItsCodeOrItsNameInEnglishFrenchOrGerman_issue24() {
        for (String given : List.of("CH", "ch", "Switzerland", "Suisse", "schweiz")) {
            assertEquals(Optional.of("CH"), Names.countryCode(given), given);
        }
        assertEquals(Optional.of("FR"), Names.countryCode("france"));
        assertEquals(Optional.of("DE"), Names.countryCode("Allemagne"));
        assertEquals(Optional.of("AT"), Names.countryCode("Österreich"));
        assertEquals(Optional.of("AT"), Names.countryCode("osterreich"));
        assertEquals(Optional.of("CI"), Names.countryCode("Cote d'Ivoire"));
        assertEquals(Optional.empty(), Names.countryCode("Atlantis"));
        assertEquals(Optional.empty(), Names.countryCode("XX"));
    }

    @Test
    void aZoneIsNamedByItsPlaceAndItsTime_issue24() {
        assertEquals("New York (Eastern Time)", Names.timeZone("America/New_York", Locale.ENGLISH));
        assertEquals("Tokyo (heure du Japon)", Names.timeZone("Asia/Tokyo", Locale.FRENCH));
        assertEquals("Buenos Aires", Names.place(java.time.ZoneId.of("America/Argentina/Buenos_Aires")));
    }
}
