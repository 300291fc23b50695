package org.concord.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.concord.domain.time.GenevaTime;

/**
 * Dates and times as a page shows them ({@code #{when.of(t.createdAt)}}): in the view's language, an instant in
 * Geneva time with its zone's name, never an ISO code. English is written the British way (day, month, 24 h).
 */
@Named("when")
@ApplicationScoped
public class When {

    /** {@code value} for the current view's language; empty for {@code null}. */
    public String of(Object value) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context == null || context.getViewRoot() == null
                ? Locale.ENGLISH
                : context.getViewRoot().getLocale();
        return format(value, locale);
    }

    /** Several values, each as {@link #of}, joined by commas (the suspended days of a time limit, R-10). */
    public String dates(java.util.Collection<?> values) {
        return values == null
                ? ""
                : String.join(", ", values.stream().map(this::of).toList());
    }

    /** An {@link Instant} as date, time and zone; a {@link LocalDate} as a date; anything else as it is. */
    static String format(Object value, Locale language) {
        Locale locale = "en".equals(language.getLanguage()) ? Locale.UK : language;
        if (value instanceof Instant instant) {
            ZonedDateTime geneva = instant.atZone(GenevaTime.ZONE);
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(locale)
                            .format(geneva)
                    + " " + DateTimeFormatter.ofPattern("zzz", locale).format(geneva);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .format(date);
        }
        return value == null ? "" : value.toString();
    }
}
