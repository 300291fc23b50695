package org.concord.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
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
        assertEquals("France, Allemagne (BY)", Names.domiciles(java.util.List.of("FR", "DE-BY"), Locale.FRENCH));
    }
}
