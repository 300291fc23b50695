package org.concord.domain.bench;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.concord.domain.time.Deadline;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.PublicHolidayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue target: at least 1,000,000 deadline computations per second on one thread with warm holiday caches.
 * Receipts cycle through a year of instants (every hour, to cross weekends, holidays and DST), periods of 20, 30 and
 * 90 days, and three pairs of domiciles, one with a subdivision. Run: {@code mvn -Pbench -pl domain verify}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DeadlineEngineBenchmark {

    private static final int[] PERIODS = {20, 30, 90};
    private static final Domicile[][] PAIRS = {
        {Domicile.parse("FR"), Domicile.parse("DE")},
        {Domicile.parse("CH-GE"), Domicile.parse("DE-BY")},
        {Domicile.parse("IT"), Domicile.parse("IE")}
    };
    private static final long START = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();

    private DeadlineEngine engine;
    private int i;

    @Setup
    public void warmCaches() {
        engine = new DeadlineEngine(new PublicHolidayCalendar(List.of()));
        for (int h = 0; h < 24 * 366; h += 24) {
            for (Domicile[] pair : PAIRS) {
                engine.compute(Instant.ofEpochSecond(START + h * 3600L), 90, pair[0], pair[1]);
            }
        }
    }

    @Benchmark
    public Deadline compute() {
        int n = i++;
        Domicile[] pair = PAIRS[n % PAIRS.length];
        Instant received = Instant.ofEpochSecond(START + (n % (24 * 365)) * 3600L);
        return engine.compute(received, PERIODS[n % PERIODS.length], pair[0], pair[1]);
    }
}
