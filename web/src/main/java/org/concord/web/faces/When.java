package org.concord.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

    @Inject
    private ViewerZone viewer;

    /**
     * {@code value} for the current view's language; empty for {@code null}. An instant is also given in the viewer's
     * own zone when the profile names one other than Geneva's (issue 24); a date stays the Geneva date it is.
     */
    public String of(Object value) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context == null || context.getViewRoot() == null
                ? Locale.ENGLISH
                : context.getViewRoot().getLocale();
        return format(value, locale, value instanceof Instant && viewer != null ? viewer.zone() : null);
    }

    /** Several values, each as {@link #of}, joined by commas (the suspended days of a time limit, R-10). */
    public String dates(java.util.Collection<?> values) {
        return values == null
                ? ""
                : String.join(", ", values.stream().map(this::of).toList());
    }

    /**
     * The Geneva date of an instant in the current view's language ("6 Dec 2026"; ): the day a document or a
     * mail's text was erased (R-OPS.3); empty for {@code null}.
     */
    public String day(Instant value) {
        return value == null ? "" : of(GenevaTime.dateOf(value));
    }

    /**
     * An {@link Instant} as date, time and zone; a {@link LocalDate} as a date; anything else as it is (also for the
     * API's texts and the download servlet, outside a view).
     */
    public static String format(Object value, Locale language) {
        return format(value, language, null);
    }

    /**
     * As {@link #format(Object, Locale)}; an instant followed by its time in {@code also} when that is not Geneva's
     * zone, with the date when it differs there, labelled with the zone's place: "8 Dec 2026, 17:00 CET — 11:00 New
     * York", "8 Dec 2026, 17:00 CET — 9 Dec 2026, 01:00 Tokyo".
     */
    static String format(Object value, Locale language, ZoneId also) {
        Locale locale = "en".equals(language.getLanguage()) ? Locale.UK : language;
        if (value instanceof Instant instant) {
            ZonedDateTime geneva = instant.atZone(GenevaTime.ZONE);
            String inGeneva = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(locale)
                            .format(geneva)
                    + " " + DateTimeFormatter.ofPattern("zzz", locale).format(geneva);
            if (also == null || also.equals(GenevaTime.ZONE)) {
                return inGeneva;
            }
            ZonedDateTime there = instant.atZone(also);
            DateTimeFormatter thereFormat = there.toLocalDate().equals(geneva.toLocalDate())
                    ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
            return inGeneva + " — " + thereFormat.withLocale(locale).format(there) + " " + Names.place(also);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .format(date);
        }
        return value == null ? "" : value.toString();
    }
}
