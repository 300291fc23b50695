package org.concord.domain.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fact snapshot of one year as the cover model needs it: Procedures counted per {@link Stratum} against the
 * year's data cut-offs (every release of that year and the candidate), with what the insider audit needs — the
 * strata of each Requesting Party that filed more than once in the year, and how many Procedures of each stratum come
 * from parties that filed once. Tables of different years share no Procedure, so a year is a closed system.
 */
public final class Facts {

    private final int year;
    private final List<LocalDate> cutoffs;
    private final Set<Dimension> dimensions;
    private final Map<Stratum, long[]> strata = new LinkedHashMap<>();
    private final Map<String, Map<Stratum, Long>> repeatFilers = new HashMap<>();

    private Facts(int year, List<LocalDate> cutoffs, Set<Dimension> dimensions) {
        this.year = year;
        this.cutoffs = List.copyOf(new TreeSet<>(cutoffs));
        this.dimensions = Set.copyOf(dimensions);
    }

    /** Facts read already grouped (by the database): add them with {@link #add} and {@link #addRepeatFiler}. */
    public static Facts empty(int year, Collection<LocalDate> cutoffs, Set<Dimension> dimensions) {
        return new Facts(year, new ArrayList<>(cutoffs), dimensions);
    }

    /** Groups Procedures one by one (tests, small data). */
    public static Facts of(int year, Collection<LocalDate> cutoffs, Set<Dimension> dimensions, Collection<Fact> facts) {
        Facts result = empty(year, cutoffs, dimensions);
        Map<String, Integer> perParty = new HashMap<>();
        List<Map.Entry<Fact, Stratum>> known = new ArrayList<>();
        for (Fact fact : facts) {
            Stratum stratum =
                    result.stratumOf(fact.received(), fact.recorded(), fact.ended(), fact.reported(), fact.values());
            if (stratum != null) {
                known.add(Map.entry(fact, stratum));
                perParty.merge(fact.party(), 1, Integer::sum);
            }
        }
        for (Map.Entry<Fact, Stratum> entry : known) {
            boolean once = perParty.get(entry.getKey().party()) == 1;
            result.add(entry.getValue(), 1, once ? 1 : 0);
            if (!once) {
                result.addRepeatFiler(entry.getKey().party(), entry.getValue(), 1);
            }
        }
        return result;
    }

    /**
     * The stratum of a Procedure, or {@code null} when it counts in no table of the year (received in another year,
     * or known only after the last cut-off).
     */
    public Stratum stratumOf(LocalDate received, LocalDate recorded, LocalDate ended, Map<Dimension, String> values) {
        return stratumOf(received, recorded, ended, ended, values);
    }

    /**
     * As {@link #stratumOf(LocalDate, LocalDate, LocalDate, Map)}, with the date the implementation was reported
     * (R-PLAT.4): from the cut-off by which it was, the Procedure counts as implemented or not; before, as unknown.
     * Only a year whose tables use {@link Dimension#IMPLEMENTED} tells the strata apart by it.
     */
    public Stratum stratumOf(
            LocalDate received,
            LocalDate recorded,
            LocalDate ended,
            LocalDate reported,
            Map<Dimension, String> values) {
        if (received.getYear() != year) {
            return null;
        }
        int known = bucket(recorded.isAfter(received) ? recorded : received);
        if (known == cutoffs.size()) {
            return null;
        }
        int end = ended == null ? cutoffs.size() : Math.max(known, bucket(ended));
        Map<Dimension, String> kept = new EnumMap<>(Dimension.class);
        for (Dimension dimension : dimensions) {
            kept.put(
                    dimension,
                    dimension.changesOverTime() && end == cutoffs.size()
                            ? dimension.pendingValue()
                            : values.get(dimension));
        }
        int report = !dimensions.contains(Dimension.IMPLEMENTED)
                ? end
                : Math.max(end, reported == null ? cutoffs.size() : bucket(reported));
        if (dimensions.contains(Dimension.IMPLEMENTED)
                && report == cutoffs.size()
                && Dimension.Implemented.isReported(kept.get(Dimension.IMPLEMENTED))) {
            kept.put(Dimension.IMPLEMENTED, Dimension.Implemented.UNKNOWN);
        }
        return new Stratum(Period.quarterOf(received), known, end, report, kept);
    }

    /** Index of the first cut-off on or after a date; the number of cut-offs when there is none. */
    public int bucket(LocalDate date) {
        for (int i = 0; i < cutoffs.size(); i++) {
            if (!date.isAfter(cutoffs.get(i))) {
                return i;
            }
        }
        return cutoffs.size();
    }

    /** Adds {@code count} Procedures to a stratum, {@code once} of them from parties that filed once this year. */
    public void add(Stratum stratum, long count, long once) {
        long[] totals = strata.computeIfAbsent(stratum, s -> new long[2]);
        totals[0] += count;
        totals[1] += once;
    }

    /** Records that a party that filed more than once this year has {@code count} Procedures in a stratum. */
    public void addRepeatFiler(String party, Stratum stratum, long count) {
        repeatFilers.computeIfAbsent(party, p -> new HashMap<>()).merge(stratum, count, Long::sum);
    }

    public int year() {
        return year;
    }

    public List<LocalDate> cutoffs() {
        return cutoffs;
    }

    public int vintageOf(LocalDate cutoff) {
        int index = cutoffs.indexOf(cutoff);
        if (index < 0) {
            throw new IllegalArgumentException("Not a cut-off of these facts: " + cutoff);
        }
        return index;
    }

    public Set<Dimension> dimensions() {
        return dimensions;
    }

    public List<Stratum> strata() {
        return List.copyOf(strata.keySet());
    }

    public long count(Stratum stratum) {
        long[] totals = strata.get(stratum);
        return totals == null ? 0 : totals[0];
    }

    public long filedOnce(Stratum stratum) {
        long[] totals = strata.get(stratum);
        return totals == null ? 0 : totals[1];
    }

    public Map<String, Map<Stratum, Long>> repeatFilers() {
        return repeatFilers;
    }
}
