package org.concord.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsCaseAccentsAndSpaces() {
        assertEquals("zoe muller", SearchText.fold("  Zoë   MÜLLER "));
        assertEquals("francois", SearchText.fold("François"));
        assertEquals("strasse", SearchText.fold("Straße"));
        assertEquals("lodz", SearchText.fold("Łódź"));
        assertEquals("soren", SearchText.fold("Søren"));
        assertEquals("", SearchText.fold(null));
        assertEquals("", SearchText.fold("   "));
    }

    @Test
    void aNameAndWhatStaffTypeFoldAlike() {
        assertEquals(SearchText.fold("Émilie Dubois"), SearchText.fold("emilie DUBOIS"));
    }
}
