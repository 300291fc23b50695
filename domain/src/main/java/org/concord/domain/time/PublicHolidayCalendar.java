package org.concord.domain.time;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Non-business days from a maintained holiday library (Jollyday): Saturday and Sunday, the country's public holidays
 * (and its subdivision's, where the domicile names one), and the Center's extra closures. Holidays are loaded once
 * per domicile and year and then served from memory.
 *
 * <p>Reading, shown to staff: the weekend is Saturday and Sunday in every country.
 */
public final class PublicHolidayCalendar implements NonBusinessDays {

    /** ISO 3166-1 codes in upper case, as Jollyday lists them. */
    private static final Set<String> COUNTRIES = HolidayManager.getSupportedCalendarCodes();

    private final List<Closure> closures;
    private final Map<String, HolidayManager> managers = new ConcurrentHashMap<>();
    private final Map<Domicile, Boolean> knownDomiciles = new ConcurrentHashMap<>();
    /** Years served from memory; a date outside them is refused as input error by the engine's callers. */
    private static final int FIRST_YEAR = 1900;

    private static final int YEARS = 400;

    /** Per domicile, per year (index year - 1900): the public holidays with their names, loaded on first use. */
    private final Map<Domicile, AtomicReferenceArray<Map<LocalDate, List<DayOff>>>> holidays =
            new ConcurrentHashMap<>();

    public PublicHolidayCalendar(List<Closure> closures) {
        this.closures = List.copyOf(closures);
    }

    @Override
    public boolean knows(Domicile domicile) {
        Boolean known = knownDomiciles.get(domicile);
        if (known == null) {
            known = lookUp(domicile);
            knownDomiciles.put(domicile, known);
        }
        return known;
    }

    /** Jollyday builds its calendar hierarchy anew on every call: asked once per domicile. */
    private boolean lookUp(Domicile domicile) {
        if (!COUNTRIES.contains(domicile.country())) {
            return false;
        }
        String country = domicile.country().toLowerCase(Locale.ROOT);
        return domicile.subdivisionCode()
                .map(sub ->
                        manager(country).getCalendarHierarchy().getChildren().containsKey(sub.toLowerCase(Locale.ROOT)))
                .orElse(true);
    }

    @Override
    public boolean isBusinessDay(LocalDate date, Domicile domicile) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !holidaysOf(domicile, date.getYear()).containsKey(date)
                && closureOn(date) == null;
    }

    @Override
    public List<DayOff> reasons(LocalDate date, Domicile domicile) {
        List<DayOff> holiday = holidaysOf(domicile, date.getYear()).getOrDefault(date, List.of());
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        Closure closure = closureOn(date);
        if (!weekend && holiday.isEmpty() && closure == null) {
            return List.of();
        }
        List<DayOff> reasons = new ArrayList<>(3);
        if (weekend) {
            reasons.add(DayOff.weekend(date.getDayOfWeek()));
        }
        reasons.addAll(holiday);
        if (closure != null) {
            reasons.add(DayOff.closure(closure));
        }
        return reasons;
    }

    private Closure closureOn(LocalDate date) {
        for (Closure c : closures) {
            if (c.covers(date)) {
                return c;
            }
        }
        return null;
    }

    private Map<LocalDate, List<DayOff>> holidaysOf(Domicile domicile, int year) {
        AtomicReferenceArray<Map<LocalDate, List<DayOff>>> years = holidays.get(domicile);
        if (years == null) {
            years = holidays.computeIfAbsent(domicile, d -> new AtomicReferenceArray<>(YEARS));
        }
        int index = year - FIRST_YEAR;
        if (index < 0 || index >= YEARS) {
            throw new IllegalArgumentException("dates from " + FIRST_YEAR + " to " + (FIRST_YEAR + YEARS - 1));
        }
        Map<LocalDate, List<DayOff>> loaded = years.get(index);
        if (loaded == null) {
            loaded = load(domicile, year);
            years.compareAndSet(index, null, loaded);
        }
        return loaded;
    }

    private Map<LocalDate, List<DayOff>> load(Domicile domicile, int year) {
        String country = domicile.country().toLowerCase(Locale.ROOT);
        String[] subdivision = domicile.subdivisionCode()
                .map(s -> new String[] {s.toLowerCase(Locale.ROOT)})
                .orElse(new String[0]);
        Map<LocalDate, List<DayOff>> byDate = new HashMap<>();
        for (Holiday h : manager(country).getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivision)) {
            byDate.computeIfAbsent(h.getDate(), d -> new ArrayList<>(1)).add(DayOff.holiday(h));
        }
        byDate.replaceAll((d, names) -> List.copyOf(names));
        return Map.copyOf(byDate);
    }

    private HolidayManager manager(String country) {
        return managers.computeIfAbsent(country, c -> HolidayManager.getInstance(ManagerParameters.create(c)));
    }
}
