package org.concord.domain.procedure;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * a Request's description (and an Answer) is at most 3,000 words, annexes excluded. Words are counted
 * Unicode-aware with {@link BreakIterator} word boundaries, a word being a segment that holds a letter or a digit.
 * Note (documented for staff): BreakIterator counts a run of CJK ideographs as one word.
 */
public record WordCount(int value) {

    /** Article 5(c) and 7(c). */
    public static final int LIMIT = 3000;

    public static WordCount of(String text) {
        if (text == null || text.isEmpty()) {
            return new WordCount(0);
        }
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int count = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (holdsLetterOrDigit(text, start, end)) {
                count++;
            }
        }
        return new WordCount(count);
    }

    private static boolean holdsLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    public boolean exceedsLimit() {
        return value > LIMIT;
    }
}
