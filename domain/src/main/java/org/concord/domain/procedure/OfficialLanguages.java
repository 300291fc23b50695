package org.concord.domain.procedure;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * the official languages (ISO 639-1) of the countries whose residents the Center serves: the EU and EEA
 * states, Switzerland and the United Kingdom, as their constitutions and the EU's Regulation No 1 name them. A
 * country not listed has English only, which the Rules always allow.
 */
final class OfficialLanguages {

    private static final Map<String, List<String>> BY_COUNTRY = Map.ofEntries(
            Map.entry("AT", List.of("de")),
            Map.entry("BE", List.of("nl", "fr", "de")),
            Map.entry("BG", List.of("bg")),
            Map.entry("CY", List.of("el", "tr")),
            Map.entry("CZ", List.of("cs")),
            Map.entry("DE", List.of("de")),
            Map.entry("DK", List.of("da")),
            Map.entry("EE", List.of("et")),
            Map.entry("ES", List.of("es")),
            Map.entry("FI", List.of("fi", "sv")),
            Map.entry("FR", List.of("fr")),
            Map.entry("GR", List.of("el")),
            Map.entry("HR", List.of("hr")),
            Map.entry("HU", List.of("hu")),
            Map.entry("IE", List.of("ga", "en")),
            Map.entry("IT", List.of("it")),
            Map.entry("LT", List.of("lt")),
            Map.entry("LU", List.of("lb", "fr", "de")),
            Map.entry("LV", List.of("lv")),
            Map.entry("MT", List.of("mt", "en")),
            Map.entry("NL", List.of("nl")),
            Map.entry("PL", List.of("pl")),
            Map.entry("PT", List.of("pt")),
            Map.entry("RO", List.of("ro")),
            Map.entry("SE", List.of("sv")),
            Map.entry("SI", List.of("sl")),
            Map.entry("SK", List.of("sk")),
            Map.entry("IS", List.of("is")),
            Map.entry("LI", List.of("de")),
            Map.entry("NO", List.of("no", "nb", "nn")),
            Map.entry("CH", List.of("de", "fr", "it", "rm")),
            Map.entry("GB", List.of("en")));

    private OfficialLanguages() {}

    static List<String> of(String country) {
        return BY_COUNTRY.getOrDefault(country.toUpperCase(Locale.ROOT), List.of());
    }
}
