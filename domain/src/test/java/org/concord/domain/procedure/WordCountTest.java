package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordCountTest {

    @Test
    void countsWordsNotPunctuationOrSpaces_R5_2() {
        assertEquals(0, WordCount.of("").value());
        assertEquals(0, WordCount.of(" \n\t -- !? ").value());
        assertEquals(5, WordCount.of("The platform removed my video.").value());
        assertEquals(5, WordCount.of("Art. 17(a) applies, twice").value());
    }

    @Test
    void countsAccentedAndNonLatinWords_R5_2() {
        assertEquals(3, WordCount.of("Décision de modération").value());
        assertEquals(2, WordCount.of("Urheberrechtsverletzung festgestellt").value());
        assertEquals(3, WordCount.of("Это мое видео").value());
    }

    @Test
    void contractionsAndNumbersAreOneWordEach_R5_2() {
        assertEquals(3, WordCount.of("don't remove 2026").value());
        assertEquals(1, WordCount.of("3.14").value());
    }

    @Test
    void threeThousandWordsIsTheLimit_R5_2() {
        assertFalse(WordCount.of("word ".repeat(3000)).exceedsLimit());
        assertTrue(WordCount.of("word ".repeat(3001)).exceedsLimit());
    }
}
