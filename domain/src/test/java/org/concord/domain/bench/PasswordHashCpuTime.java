package org.concord.domain.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.concord.domain.account.PasswordHasher;
import org.concord.domain.account.PasswordHasher.Parameters;

/**
 * R-SEC.2 (issue 22): the CPU time of one password check at sign-in, measured on the checking thread (so that other
 * work on a shared machine does not count, unlike {@link PasswordHashBenchmark}'s wall time). For each parameter
 * set: 30 checks to warm up, then 40 measured; prints median, mean, min and max in ms of CPU.
 * Run: {@code mvn -q -pl domain test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath org.concord.domain.bench.PasswordHashCpuTime"}.
 */
public final class PasswordHashCpuTime {

    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();
    private static final String JAKARTA_PBKDF2 =
            "PBKDF2WithHmacSHA256:2048:6LVePIrSl1RWwIUnxT0zElNTNFEfoVufcHQqHmhIwOU="
                    + ":7/f/55PSoIarQlWhcHDOkkWThhGBN8O3dxfdqyApmQc=";

    private PasswordHashCpuTime() {}

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(
                "%-30s %-14s %8s %8s %8s %8s%n", "parameters (m KiB, t, p)", "check", "median", "mean", "min", "max");
        for (Parameters parameters :
                new Parameters[] {Parameters.OWASP_MINIMUM, new Parameters(47104, 1, 1), new Parameters(65536, 3, 1)}) {
            PasswordHasher hasher = new PasswordHasher(parameters);
            String stored = hasher.hash(PASSWORD);
            String name = parameters.memoryKiB() + ", " + parameters.iterations() + ", " + parameters.parallelism();
            print(name, "verify", measure(threads, () -> hasher.verify(PASSWORD, stored)));
            print(name, "dummy", measure(threads, () -> hasher.verifyDummy(PASSWORD)));
            print(name, "old PBKDF2", measure(threads, () -> hasher.verify(PASSWORD, JAKARTA_PBKDF2)));
        }
    }

    private static double[] measure(ThreadMXBean threads, Runnable check) {
        for (int i = 0; i < 30; i++) {
            check.run();
        }
        double[] ms = new double[40];
        for (int i = 0; i < ms.length; i++) {
            long start = threads.getCurrentThreadCpuTime();
            check.run();
            ms[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void print(String parameters, String check, double[] ms) {
        System.out.printf(
                "%-30s %-14s %8.1f %8.1f %8.1f %8.1f%n",
                parameters,
                check,
                (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2,
                Arrays.stream(ms).average().orElse(0),
                ms[0],
                ms[ms.length - 1]);
    }
}
