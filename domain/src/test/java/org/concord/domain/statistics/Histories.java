package org.concord.domain.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds fact snapshots for the statistics tests: Procedures by their values, each from its own party unless named. */
final class Histories {

    static final String GRANTED = Dimension.Outcome.FOR_REQUESTING_PARTY;
    static final String REJECTED = Dimension.Outcome.FOR_RESPONDING_PARTY;
    static final String WITHDRAWN = Dimension.Outcome.TERMINATED_UNNECESSARY_OR_IMPOSSIBLE;
    static final String SETTLED = Dimension.Outcome.SETTLED;

    private final List<Fact> facts = new ArrayList<>();

    /** {@code count} Procedures received on {@code received} and ended a month later, with these values. */
    Histories add(int count, LocalDate received, Object... dimensionsAndValues) {
        for (int i = 0; i < count; i++) {
            add(received, received, received.plusMonths(1), UUID.randomUUID().toString(), dimensionsAndValues);
        }
        return this;
    }

    Histories add(
            LocalDate received, LocalDate recorded, LocalDate ended, String party, Object... dimensionsAndValues) {
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        for (int i = 0; i < dimensionsAndValues.length; i += 2) {
            values.put((Dimension) dimensionsAndValues[i], (String) dimensionsAndValues[i + 1]);
        }
        values.putIfAbsent(
                Dimension.DURATION,
                ended == null
                        ? Dimension.Duration.ONGOING
                        : Dimension.Duration.bandOf(ended.toEpochDay() - received.toEpochDay()));
        facts.add(new Fact(received, recorded, ended, values, party));
        return this;
    }

    List<Fact> facts() {
        return List.copyOf(facts);
    }

    Facts snapshot(int year, List<LocalDate> cutoffs) {
        java.util.Set<Dimension> everywhere = java.util.EnumSet.allOf(Dimension.class);
        facts.forEach(f -> everywhere.retainAll(f.values().keySet()));
        return Facts.of(year, cutoffs, everywhere, facts);
    }
}
