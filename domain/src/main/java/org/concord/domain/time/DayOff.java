package org.concord.domain.time;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayType;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * One reason a day is not a business day at a domicile: a weekend day, a public holiday or a closure of the
 * Center. {@code key} says which: the day of the week ({@code SATURDAY}), the holiday library's key of the holiday
 * ({@code CHRISTMAS}) or the closure's reason as the Center wrote it; {@code text} is the reason in English, as the API
 * gives it ("Christmas", "Center closed: move").
 */
public record DayOff(Kind kind, String key, String text) implements Serializable {

    /** What kind of day off. */
    public enum Kind {
        WEEKEND,
        HOLIDAY,
        CLOSURE
    }

    static DayOff weekend(DayOfWeek day) {
        return new DayOff(Kind.WEEKEND, day.name(), name(day, Locale.ENGLISH));
    }

    static DayOff holiday(Holiday holiday) {
        return new DayOff(
                Kind.HOLIDAY, holiday.getPropertiesKey(), holidayName(holiday.getPropertiesKey(), Locale.ENGLISH));
    }

    static DayOff closure(Closure closure) {
        return new DayOff(Kind.CLOSURE, closure.reason(), "Center closed: " + closure.reason());
    }

    /**
     * The weekday or the holiday in {@code language} as the platform and the holiday library name them ("Noël",
     * "samedi"); a closure's reason as the Center wrote it (the page says "Center closed" in its own words).
     */
    public String name(Locale language) {
        return switch (kind) {
            case WEEKEND -> name(DayOfWeek.valueOf(key), language);
            case HOLIDAY -> holidayName(key, language);
            case CLOSURE -> key;
        };
    }

    private static String name(DayOfWeek day, Locale language) {
        String name = day.getDisplayName(TextStyle.FULL_STANDALONE, language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /**
     * The library's holidays have descriptions in English (its base bundle), French, German and a few more; English is
     * asked as the base bundle so that a server whose default locale is another language does not answer in that one.
     */
    private static String holidayName(String key, Locale language) {
        Locale asked = "en".equals(language.getLanguage()) ? Locale.ROOT : language;
        return new Holiday(LocalDate.EPOCH, key, HolidayType.PUBLIC_HOLIDAY).getDescription(asked);
    }

    @Override
    public String toString() {
        return text;
    }
}
