package org.concord.domain.statistics;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * R-PLAT.5, R-STAT.2: the median time to resolve the year's disputes, in whole calendar days from receipt to end,
 * printed beside the average (the Commission's template asks for both).
 *
 * <p>Under it is printed exactly when the average is: over the same ended Procedures, so over at least k, and
 * only when they are the same as, or at least k more than, those of every average printed before for that year
 * ({@link AverageDuration}). A median is no sum, but over fewer than k Procedures, or between two sets that differ by
 * fewer than k, it would bound or give away the duration of the few that differ; the average's check rules both out.
 *
 * @param days the median, rounded half up to whole days (the mean of the two middle durations of an even count)
 */
public record MedianDuration(int days) {

    /**
     * The median of the durations counted by {@code histogram} (days → Procedures), if the {@code average} over the
     * same Procedures is printed; otherwise none.
     */
    public static Optional<MedianDuration> of(Map<Integer, Long> histogram, Optional<AverageDuration> average) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (average.isEmpty() || n != average.get().over() || n == 0) {
            return Optional.empty();
        }
        SortedMap<Integer, Long> sorted = new TreeMap<>(histogram);
        int lower = at(sorted, (n - 1) / 2);
        int upper = at(sorted, n / 2);
        return Optional.of(new MedianDuration((lower + upper + 1) / 2));
    }

    /** The duration at a 0-based rank of the sorted durations. */
    private static int at(SortedMap<Integer, Long> sorted, long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : sorted.entrySet()) {
            seen += entry.getValue();
            if (rank < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("rank " + rank + " beyond " + seen);
    }
}
