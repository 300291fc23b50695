package org.concord.domain.sor;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * R-SOR.3, reading: the words by which a Statement of Reasons' own text names a copyright or a trademark
 * infringement, in English, French and German. Platforms often leave {@code category_specification} empty (the
 * Commission's own example does), so an intellectual-property statement whose text says "copyright" or "Markenrecht"
 * is not flagged "likely outside Article 2" for want of a keyword. The lists are deliberately short and specific:
 * "marque" or "Marke" alone also mean a brand or a label, and a wrong match only hides a hint (the Center still
 * decides, R-17.4). A word matches anywhere in the text, whatever the case, so "copyrighted" and
 * "Urheberrechtsverletzung" match too.
 */
public final class InfringementWords {

    /** Words that name a copyright infringement (en, fr, de). */
    public static final List<String> COPYRIGHT = List.of(
            "copyright",
            "droit d'auteur",
            "droits d'auteur",
            "droits voisins",
            "urheberrecht",
            "urheberrechtlich",
            "leistungsschutzrecht");

    /** Words that name a trademark infringement (en, fr, de). */
    public static final List<String> TRADEMARK = List.of(
            "trademark",
            "trade mark",
            "trade-mark",
            "droit des marques",
            "marque déposée",
            "marques déposées",
            "marque enregistrée",
            "marques enregistrées",
            "contrefaçon de marque",
            "markenrecht",
            "markenverletzung",
            "markenschutz",
            "eingetragene marke",
            "warenzeichen");

    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");

    private InfringementWords() {}

    /** Whether {@code text} holds one of {@code words}: lower case, any run of white space as one space, ’ as '. */
    public static boolean names(String text, List<String> words) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String normalised = WHITE_SPACE
                .matcher(text.replace('\u2019', '\''))
                .replaceAll(" ")
                .toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(normalised::contains);
    }
}
