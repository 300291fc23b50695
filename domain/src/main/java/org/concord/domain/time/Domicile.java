package org.concord.domain.time;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a Party is domiciled, as far as business days go: an ISO 3166-1 country and, optionally, the
 * subdivision whose public holidays apply (for example {@code DE-BY} for Bavaria, {@code CH-GE} for Geneva).
 */
public record Domicile(String country, String subdivision) {

    private static final Pattern FORMAT = Pattern.compile("^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,3}))?$");

    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(java.util.Locale.getISOCountries());

    public Domicile {
        Objects.requireNonNull(country, "country");
        country = country.toUpperCase(Locale.ROOT);
        subdivision = subdivision == null || subdivision.isBlank() ? null : subdivision.toUpperCase(Locale.ROOT);
    }

    /** Parses {@code CC} or {@code CC-SUB}. */
    public static Domicile parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a country code or CC-SUB subdivision: " + text);
        }
        return new Domicile(m.group(1), m.group(2));
    }

    /** Whether {@code code} is an ISO 3166-1 alpha-2 country code (as the JDK knows them). */
    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    public Optional<String> subdivisionCode() {
        return Optional.ofNullable(subdivision);
    }

    @Override
    public String toString() {
        return subdivision == null ? country : country + "-" + subdivision;
    }
}
