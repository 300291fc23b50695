package org.concord.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
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

    static String domiciles(java.util.List<String> codes, Locale in) {
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

    private static Locale viewLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null
                ? Locale.ENGLISH
                : context.getViewRoot().getLocale();
    }
}
