package org.concord.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concord.domain.time.DayOff;
import org.concord.domain.time.Deadline;

/**
 * Languages, countries and domiciles as a page names them ({@code #{names.country(o.country)}}): in the view's
 * language, never as a code ("Ireland", not {@code IE}). A domicile's subdivision (R-3.4: {@code DE-BY}) has no name
 * in the platform's data and stays a code after its country's name: "Germany (BY)".
 */
@Named("names")
@ApplicationScoped
public class Names {

    /** The language of a code such as {@code de}: "German", "allemand", "Deutsch". */
    public String language(String code) {
        return language(code, viewLocale());
    }

    /** The country of a code such as {@code IE}. */
    public String country(String code) {
        return country(code, viewLocale());
    }

    /** A domicile, a country code with an optional subdivision ({@code DE-BY}). */
    public String domicile(String code) {
        return domicile(code, viewLocale());
    }

    /**
     * Issue 24, R-3.4: why a day was skipped in the view's language ("Noël", "Samstag", "Fermeture du Centre : …"), with
     * the domiciles where it applies by their names ("France, Allemagne").
     */
    public String skipped(Deadline.SkippedDay day) {
        Locale in = viewLocale();
        String why = day.kind() == DayOff.Kind.CLOSURE
                ? Messages.text("calculator.closure", day.key())
                : day.dayOff().name(in);
        return why + ", " + domiciles(day.countries(), in);
    }

    static String domiciles(List<String> codes, Locale in) {
        return String.join(", ", codes.stream().map(c -> domicile(c, in)).toList());
    }

    /**
     * R-OPS.3: an ISO-8601 period such as {@code P10Y} or {@code P30D} in words of the view's language ("10 years",
     * "30 jours"), its parts joined by commas.
     */
    public String period(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        java.time.Period period = java.time.Period.parse(iso.strip());
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(Messages.text("retention.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(Messages.text("retention.months", period.getMonths()));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(Messages.text("retention.days", period.getDays()));
        }
        return String.join(", ", parts);
    }

    static String language(String code, Locale in) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code.strip()).getDisplayLanguage(in);
        return name.isEmpty() ? code : name;
    }

    static String country(String code, Locale in) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code.strip().toUpperCase(Locale.ROOT)).getDisplayCountry(in);
        return name.isEmpty() ? code : name;
    }

    static String domicile(String code, Locale in) {
        if (code == null || code.isBlank()) {
            return "";
        }
        int dash = code.indexOf('-');
        return dash < 0
                ? country(code, in)
                : country(code.substring(0, dash), in) + " (" + code.substring(dash + 1) + ")";
    }

    /** Issue 24: the zones offered on the profile: the IANA regions of the continents and oceans, one per place. */
    private static final List<String> ZONES = zones();

    private static List<String> zones() {
        java.util.regex.Pattern region = java.util.regex.Pattern.compile(
                "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_\\-]+(/[A-Za-z_\\-]+)?");
        Map<String, String> byPlace = new java.util.TreeMap<>();
        java.time.ZoneId.getAvailableZoneIds().stream()
                .filter(id -> region.matcher(id).matches())
                .sorted()
                .forEach(id -> byPlace.putIfAbsent(place(java.time.ZoneId.of(id)), id));
        return List.copyOf(byPlace.values());
    }

    /** The zones a holder may read times in, by place in the view's language's order. */
    public List<String> timeZones() {
        java.text.Collator collator = java.text.Collator.getInstance(viewLocale());
        return ZONES.stream()
                .sorted(java.util.Comparator.comparing(id -> place(java.time.ZoneId.of(id)), collator))
                .toList();
    }

    /** A zone as the profile offers it: its place and its time's name in the view's language. */
    public String timeZone(String id) {
        return timeZone(id, viewLocale());
    }

    /** "New York (Eastern Time)", "Tokyo (heure du Japon)". */
    static String timeZone(String id, Locale in) {
        if (id == null || id.isBlank()) {
            return "";
        }
        java.time.ZoneId zone = java.time.ZoneId.of(id);
        return place(zone) + " (" + zone.getDisplayName(java.time.format.TextStyle.FULL, in) + ")";
    }

    /** A zone's place as its IANA id names it: {@code America/New_York} → "New York". */
    static String place(java.time.ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    /** The languages a name or code is read in: the pages' three, whatever the view's language. */
    private static final List<Locale> READ_IN = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);

    private static final Set<String> LANGUAGE_CODES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    /** Every ISO 639-1 language by its name in English, French, German and its own language, folded. */
    private static final Map<String, String> LANGUAGES_BY_NAME = byName(
            LANGUAGE_CODES,
            (code, in) -> Locale.forLanguageTag(code).getDisplayLanguage(in),
            code -> Locale.forLanguageTag(code));

    /** Every ISO 3166-1 country by its name in English, French and German, folded. */
    private static final Map<String, String> COUNTRIES_BY_NAME =
            byName(COUNTRY_CODES, (code, in) -> new Locale("", code).getDisplayCountry(in), code -> null);

    /**
     * Issue 24: the ISO 639-1 code of a language given by its code or by its name in English, French or German (or its
     * own), in any case and with or without accents: {@code fr}, "French", "francais", "Französisch" → {@code fr}.
     * Empty when the text names no language.
     */
    public static Optional<String> languageCode(String codeOrName) {
        return resolve(codeOrName, LANGUAGE_CODES, LANGUAGES_BY_NAME, Locale.ROOT);
    }

    /** Issue 24: the ISO 3166-1 code of a country given as {@link #languageCode}: "Suisse", "schweiz", {@code ch} → CH. */
    public static Optional<String> countryCode(String codeOrName) {
        return resolve(codeOrName, COUNTRY_CODES, COUNTRIES_BY_NAME, null).map(c -> c.toUpperCase(Locale.ROOT));
    }

    private static Optional<String> resolve(String text, Set<String> codes, Map<String, String> byName, Locale lower) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String stripped = text.strip();
        String asCode = lower == null ? stripped.toUpperCase(Locale.ROOT) : stripped.toLowerCase(Locale.ROOT);
        if (codes.contains(asCode)) {
            return Optional.of(asCode);
        }
        return Optional.ofNullable(byName.get(fold(stripped)));
    }

    private static Map<String, String> byName(
            Set<String> codes,
            java.util.function.BiFunction<String, Locale, String> name,
            java.util.function.Function<String, Locale> own) {
        Map<String, String> names = new HashMap<>();
        for (String code : codes) {
            for (Locale in : READ_IN) {
                names.putIfAbsent(fold(name.apply(code, in)), code);
            }
            Locale itself = own.apply(code);
            if (itself != null) {
                names.putIfAbsent(fold(name.apply(code, itself)), code);
            }
        }
        names.remove("");
        return Map.copyOf(names);
    }

    /** Lower case without accents, apostrophes or dashes as spaces: "Côte d’Ivoire" and "cote d'ivoire" meet. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s'’\\-.]+", " ")
                .strip();
    }

    private static Locale viewLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null
                ? Locale.ENGLISH
                : context.getViewRoot().getLocale();
    }
}
