package org.concord.web;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.concord.service.appointment.CandidateListView;

/**
 * puts the ranking's explanations (a message key and its arguments per criterion, from the service) in the
 * reader's language, for the console page and the API alike, from the {@code ranking} bundle (English when the
 * language has none). The ranking gives codes as arguments; {@link #ARGUMENTS} says how each is shown (a country or
 * language by its name, a matter or the areas of expertise by their words), so no code reaches a reader.
 */
public final class RankingExplanations {

    private static final String BUNDLE = "org.concord.web.ranking";
    private static final String NAMES = "org.concord.web.messages";
    private static final String NONE = "–";

    /** What the arguments of each explanation are, in order; arguments not named here are shown as they are. */
    private static final Map<String, List<String>> ARGUMENTS = Map.of(
            "ranking.domicile.match", List.of("country"),
            "ranking.domicile.other", List.of("country", "countries"),
            "ranking.matter.match", List.of("matter"),
            "ranking.matter.none", List.of("matter"),
            "ranking.expertise.match", List.of("areas", "areas", "text"),
            "ranking.expertise.areas", List.of("areas", "areas"),
            "ranking.language.match", List.of("language"),
            "ranking.language.none", List.of("language"));

    private RankingExplanations() {}

    public static CandidateListView in(Locale locale, CandidateListView candidates) {
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ResourceBundle names = ResourceBundle.getBundle(
                NAMES, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, MessageFormat> formats = new HashMap<>();
        return candidates.explained(c -> formats.computeIfAbsent(
                        c.explanationKey(), key -> new MessageFormat(texts.getString(key), texts.getLocale()))
                .format(shown(texts, names, c.explanationKey(), c.explanationArgs())));
    }

    private static Object[] shown(ResourceBundle texts, ResourceBundle names, String key, List<String> args) {
        Locale locale = texts.getLocale();
        List<String> kinds = ARGUMENTS.getOrDefault(key, List.of());
        Object[] shown = args.toArray();
        for (int i = 0; i < Math.min(kinds.size(), args.size()); i++) {
            String code = args.get(i);
            shown[i] = NONE.equals(code)
                    ? (kinds.get(i).equals("areas") || kinds.get(i).equals("countries")
                            ? texts.getString("ranking.none")
                            : code)
                    : switch (kinds.get(i)) {
                        case "country" -> country(code, locale);
                        case "countries" ->
                            Arrays.stream(code.split(",\\s*"))
                                    .map(country -> country(country, locale))
                                    .collect(Collectors.joining(", "));
                        case "language" -> Locale.forLanguageTag(code).getDisplayLanguage(locale);
                        case "matter" -> texts.getString("ranking.matter." + code);
                        case "areas" ->
                            Arrays.stream(code.split(",\\s*"))
                                    .map(area -> names.getString("area." + area))
                                    .collect(Collectors.joining(", "));
                        default -> code;
                    };
        }
        return shown;
    }

    /** "DE" as "Germany"; a subdivision ("US-CA") keeps its code after the country's name. */
    private static String country(String code, Locale locale) {
        String[] parts = code.split("-", 2);
        String name = new Locale("", parts[0]).getDisplayCountry(locale);
        return parts.length == 1 ? name : name + " (" + parts[1] + ")";
    }
}
