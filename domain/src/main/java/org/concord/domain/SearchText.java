package org.concord.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Issue 24: a name as the staff console's search compares it, so that "zoe", "Zoë" and "ZOE" find the same Party:
 * accents removed (the letters decomposed, their marks dropped), lower case, "ß" as "ss", "æ"/"œ"/"ø"/"ł" spelled
 * out, spaces collapsed. Stored beside the name (kept by the entity, indexed) and applied to what staff type.
 */
public final class SearchText {

    private SearchText() {}

    /** The folded form of {@code text}; {@code ""} for {@code null} or blank. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String lower = decomposed
                .toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ø", "o")
                .replace("ł", "l")
                .replace("đ", "d")
                .replace("ı", "i");
        return lower.strip().replaceAll("\\s+", " ");
    }
}
