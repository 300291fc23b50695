package org.concord.domain.bench;

import java.util.concurrent.TimeUnit;
import org.concord.domain.account.PasswordHasher;
import org.concord.domain.account.PasswordHasher.Parameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * R-SEC.2 (issue 22): what one password check costs at sign-in, on one thread: Argon2id with the default parameters
 * (OWASP's first line, m=19 MiB, t=2, p=1) and with a stronger setting, the dummy check made for an unknown account,
 * and the old Jakarta PBKDF2 (2,048 iterations) that it replaces. One thread busy for the whole check, so the time is
 * CPU time. Run: {@code mvn -Pbench -pl domain verify -Djmh.include=PasswordHashBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PasswordHashBenchmark {

    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();
    private static final String JAKARTA_PBKDF2 =
            "PBKDF2WithHmacSHA256:2048:6LVePIrSl1RWwIUnxT0zElNTNFEfoVufcHQqHmhIwOU="
                    + ":7/f/55PSoIarQlWhcHDOkkWThhGBN8O3dxfdqyApmQc=";

    /** memory KiB, iterations, parallelism. */
    @Param({"19456,2,1", "47104,1,1", "65536,3,1"})
    public String parameters;

    private PasswordHasher hasher;
    private String stored;

    @Setup
    public void hashOnce() {
        String[] p = parameters.split(",");
        hasher = new PasswordHasher(
                new Parameters(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
        stored = hasher.hash(PASSWORD);
    }

    /** A sign-in with the right password (the wrong one costs the same). */
    @Benchmark
    public boolean verify() {
        return hasher.verify(PASSWORD, stored).matches();
    }

    /** An unknown, unconfirmed, disabled or closed account: the dummy check. */
    @Benchmark
    public void verifyDummy() {
        hasher.verifyDummy(PASSWORD);
    }

    /** A sign-in against an old Jakarta PBKDF2 hash (checked, then the dummy's work on top). */
    @Benchmark
    public boolean verifyLegacyPbkdf2() {
        return hasher.verify(PASSWORD, JAKARTA_PBKDF2).matches();
    }
}
