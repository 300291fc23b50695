package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 25 (R-OPS.1, R-13.4, R-C1): PostgreSQL restarted under a running load. A private PostgreSQL cluster (initdb into
 * a temporary directory, on a free port: the shared server on 5432 is never touched) serves one further Concord
 * instance, which migrates it and loads the demo data; {@value #THREADS} clients file Requests through the API without
 * pause; in the middle, {@code pg_ctl restart -m fast}. Then, in the database: every Request answered 201 is there
 * completely (the Procedure, its filing fee, its audit entry, its acknowledgment mail: one transaction), and every
 * Request answered otherwise is there completely or not at all; the pool recovered (the filings after the failures
 * succeed). The window of failed requests and their count are printed (docs/benchmarks.md).
 *
 * <p>PostgreSQL only (mvn -Ppostgresql verify), run as root (initdb and pg_ctl run as the user postgres through
 * runuser, as the machine's own cluster does). The instance sends no mail (a port where nobody listens, the sweeps a
 * day apart): the mails stay in its own database, where they are counted.
 */
@ExtendWith(ArquillianExtension.class)
class PostgresRestartIT {

    /** Beside ObservabilityIT's 28680. */
    private static final int PORT = 28780;

    private static final int THREADS = 4;
    private static final String BIN = "/usr/lib/postgresql/15/bin/";
    private static final String MARKER = "PG restart load ";
    /** Filings answered before the restart, and after it once the failures are over. */
    private static final int BEFORE = 80;

    private static final int AFTER = 150;

    @ArquillianResource
    private URL base;

    /** The instance's log: target/pg-restart-28780-N.log. */
    private final PayaraInstances instances = new PayaraInstances("pg-restart");

    private PrivateCluster cluster;

    @AfterEach
    void cleanUp() throws IOException, InterruptedException {
        instances.close();
        if (cluster != null) {
            cluster.destroy();
        }
    }

    @Test
    void aRestartUnderLoadLosesNoFilingAndThePoolRecovers_ROPS1() throws Exception {
        String url = System.getenv("CONCORD_DB_URL");
        assumeTrue(
                url != null && url.startsWith("jdbc:postgresql:"),
                "a PostgreSQL restart needs PostgreSQL; this run's database is " + url
                        + " (it runs in mvn -Ppostgresql verify)");
        assumeTrue(
                Files.isExecutable(Path.of(BIN, "initdb")) && "root".equals(System.getProperty("user.name")),
                "the private cluster is made with " + BIN + "initdb as the user postgres, through runuser (root)");

        cluster = PrivateCluster.start(freePort());
        instances.ready(instances.start(PORT, environment(cluster)), PORT);
        URL app = URI.create("http://127.0.0.1:" + PORT + base.getPath()).toURL();

        Load load = new Load(app);
        load.start();
        load.awaitAnswered(BEFORE, Duration.ofMinutes(3));
        long restartStarted = System.nanoTime();
        cluster.restart();
        long restartEnded = System.nanoTime();
        load.awaitSucceededAfter(restartEnded, AFTER, Duration.ofMinutes(3));
        load.stop();

        List<Load.Answer> answers = load.answers();
        List<Load.Answer> failed = answers.stream().filter(a -> !a.succeeded()).toList();
        PrivateCluster.Stored filings = cluster.filings();
        Map<String, String> stored = filings.procedures();
        assertEquals(Set.of(), filings.partial(), "no filing half-written");
        for (Load.Answer a : answers) {
            if (a.succeeded()) {
                assertEquals(a.id(), stored.get(a.marker()), "answered 201, there completely: " + a.marker());
            }
        }
        long failedButStored =
                failed.stream().filter(a -> stored.containsKey(a.marker())).count();
        long lastFailureEnd =
                failed.stream().mapToLong(Load.Answer::ended).max().orElse(restartEnded);
        long afterFailures =
                answers.stream().filter(a -> a.started() > lastFailureEnd).count();
        assertTrue(
                answers.stream().filter(a -> a.started() > lastFailureEnd).allMatch(Load.Answer::succeeded),
                "every filing after the failures succeeds");
        assertTrue(afterFailures >= AFTER / 2, "the pool recovered: " + afterFailures + " filings after the failures");
        double window = failed.isEmpty()
                ? 0
                : (lastFailureEnd
                                - failed.stream()
                                        .mapToLong(Load.Answer::started)
                                        .min()
                                        .orElseThrow())
                        / 1e9;
        assertTrue(
                lastFailureEnd - restartEnded < TimeUnit.SECONDS.toNanos(60),
                "recovered within a minute of the restart");
        System.out.printf(
                "PostgreSQL restart under load (%d clients): restart took %.2f s; %d of %d filings failed over a window"
                        + " of %.2f s (%d of the failed ones committed nonetheless, each completely); last failure"
                        + " %.2f s after the restart ended; %d filings after it, all succeeded; failures: %s%n",
                THREADS,
                (restartEnded - restartStarted) / 1e9,
                failed.size(),
                answers.size(),
                window,
                failedButStored,
                (lastFailureEnd - restartEnded) / 1e9,
                afterFailures,
                load.outcomes(failed));
    }

    private static Map<String, String> environment(PrivateCluster cluster) throws IOException {
        return Map.of(
                "CONCORD_DB_URL", "jdbc:postgresql://127.0.0.1:" + cluster.port + "/concord",
                "CONCORD_DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource",
                "CONCORD_DB_USER", "postgres",
                "CONCORD_DB_PASSWORD", "postgres",
                "CONCORD_DEMO_ENABLED", "true",
                "CONCORD_MAIL_SMTP_PORT", String.valueOf(freePort()),
                "CONCORD_MAIL_DISPATCH_INTERVAL", "86400",
                "CONCORD_REMINDERS_INTERVAL", "86400",
                "CONCORD_APPOINTMENT_SWEEP_INTERVAL", "86400",
                "CONCORD_WEBHOOKS_ALLOW_LOCAL_RECEIVERS", "false");
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** Clients filing Requests without pause, each Request marked by a unique description. */
    private static final class Load {

        record Answer(String marker, long started, long ended, int status, String id, String outcome) {
            boolean succeeded() {
                return status == 201;
            }
        }

        private final URL app;
        private final List<Answer> answers = new ArrayList<>();
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean running = true;

        Load(URL app) {
            this.app = app;
        }

        void start() {
            for (int t = 0; t < THREADS; t++) {
                int client = t;
                Thread thread = new Thread(() -> run(client), "pg-restart-load-" + t);
                threads.add(thread);
                thread.start();
            }
        }

        private void run(int client) {
            for (int n = 0; running; n++) {
                String marker = MARKER + client + "-" + n + ".";
                long started = System.nanoTime();
                int status = -1;
                String id = null;
                String outcome;
                try {
                    HttpResponse<String> answer = Http.as(app, ALICE)
                            .postJson("/api/v1/requests", RequestBodies.complete("COPYRIGHT", "Streamly", marker));
                    status = answer.statusCode();
                    outcome = Integer.toString(status);
                    if (status == 201) {
                        id = Http.json(answer).getString("id");
                    }
                } catch (RuntimeException e) {
                    outcome = e.getClass().getSimpleName();
                }
                synchronized (answers) {
                    answers.add(new Answer(marker, started, System.nanoTime(), status, id, outcome));
                    answers.notifyAll();
                }
            }
        }

        void awaitAnswered(int count, Duration within) throws InterruptedException {
            await(() -> answers.size() >= count, within, count + " filings answered");
        }

        /**
         * Waits for {@code count} filings that succeeded after {@code since} and after the last failure: the pool may
         * hand out a connection broken by the restart a moment after it (a failure seconds later), and what is
         * measured is how it serves once the failures have stopped.
         */
        void awaitSucceededAfter(long since, int count, Duration within) throws InterruptedException {
            await(
                    () -> {
                        long lastFailure = answers.stream()
                                .filter(a -> !a.succeeded())
                                .mapToLong(Answer::ended)
                                .max()
                                .orElse(since);
                        long from = Math.max(since, lastFailure);
                        return answers.stream()
                                        .filter(a -> a.started() > from && a.succeeded())
                                        .count()
                                >= count;
                    },
                    within,
                    count + " filings after the restart and its failures");
        }

        private void await(java.util.function.BooleanSupplier done, Duration within, String what)
                throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            synchronized (answers) {
                while (!done.getAsBoolean()) {
                    long left = deadline - System.nanoTime();
                    assertTrue(left > 0, "not within " + within + ": " + what + "; " + outcomes(answers));
                    answers.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                }
            }
        }

        void stop() throws InterruptedException {
            running = false;
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(90));
            }
        }

        List<Answer> answers() {
            synchronized (answers) {
                return List.copyOf(answers);
            }
        }

        /** How many answers of each kind (status or exception). */
        Map<String, Integer> outcomes(List<Answer> some) {
            Map<String, Integer> counts = new HashMap<>();
            synchronized (answers) {
                some.forEach(a -> counts.merge(a.outcome(), 1, Integer::sum));
            }
            return counts;
        }
    }

    /** A PostgreSQL cluster of the test's own, in a temporary directory owned by postgres. */
    private static final class PrivateCluster {

        final int port;
        private final Path directory;

        private PrivateCluster(int port, Path directory) {
            this.port = port;
            this.directory = directory;
        }

        static PrivateCluster start(int port) throws IOException, InterruptedException, SQLException {
            Path directory = Files.createTempDirectory("concord-pg-restart-");
            PrivateCluster cluster = new PrivateCluster(port, directory);
            run("chown", "postgres:postgres", directory.toString());
            cluster.pg("initdb", "-D", cluster.data(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C");
            cluster.pg(
                    "pg_ctl",
                    "-D",
                    cluster.data(),
                    "-l",
                    directory.resolve("server.log").toString(),
                    "-w",
                    "-o",
                    "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1",
                    "start");
            try (Connection c = cluster.connect("postgres");
                    Statement s = c.createStatement()) {
                s.execute("create database concord");
            }
            return cluster;
        }

        /** The fast restart: sessions are ended, a checkpoint is written, the server starts again. */
        void restart() throws IOException, InterruptedException {
            pg("pg_ctl", "-D", data(), "-m", "fast", "-w", "restart");
        }

        void destroy() throws IOException, InterruptedException {
            pg("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
            try (Stream<Path> all = Files.walk(directory)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }

        /** The load's filings in the database: marker → Procedure id, and those missing a part. */
        record Stored(Map<String, String> procedures, Set<String> partial) {}

        /** What the load left in the database. */
        Stored filings() throws SQLException {
            Map<String, String> complete = new HashMap<>();
            Map<String, String> references = new HashMap<>();
            Set<String> feed = new HashSet<>();
            Set<String> audited = new HashSet<>();
            List<String> subjects = new ArrayList<>();
            try (Connection c = connect("concord");
                    Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery(
                        "select id, reference, description from procedure where description like '" + MARKER + "%'")) {
                    while (r.next()) {
                        String marker = r.getString(3);
                        String id = r.getString(1);
                        if (complete.put(marker, id) != null) {
                            throw new AssertionError("filed twice: " + marker);
                        }
                        references.put(id, r.getString(2));
                    }
                }
                try (ResultSet r = s.executeQuery("select distinct procedure_id from fee where kind = 'FILING'")) {
                    while (r.next()) {
                        feed.add(r.getString(1));
                    }
                }
                try (ResultSet r =
                        s.executeQuery("select distinct procedure_id from audit_entry where what = 'request filed'")) {
                    while (r.next()) {
                        audited.add(r.getString(1));
                    }
                }
                try (ResultSet r = s.executeQuery("select subject from outbound_mail")) {
                    while (r.next()) {
                        subjects.add(r.getString(1));
                    }
                }
            }
            String mailed = String.join("\n", subjects);
            Set<String> partial = new HashSet<>();
            complete.forEach((marker, id) -> {
                if (!feed.contains(id) || !audited.contains(id) || !mailed.contains(references.get(id))) {
                    partial.add(marker + " (fee " + feed.contains(id) + ", audit " + audited.contains(id) + ", mail "
                            + mailed.contains(references.get(id)) + ")");
                }
            });
            return new Stored(complete, partial);
        }

        private Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "postgres");
        }

        private String data() {
            return directory.resolve("data").toString();
        }

        private void pg(String program, String... arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of("runuser", "-u", "postgres", "--", BIN + program));
            command.addAll(List.of(arguments));
            run(command.toArray(String[]::new));
        }

        private static void run(String... command) throws IOException, InterruptedException {
            // To a file, not a pipe: the server pg_ctl starts must not hold the test's pipe open.
            Path out = Files.createTempFile("concord-pg-restart-", ".out");
            try {
                Process p = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(out.toFile())
                        .start();
                assertTrue(p.waitFor(2, TimeUnit.MINUTES), String.join(" ", command) + " did not end");
                assertEquals(
                        0,
                        p.exitValue(),
                        String.join(" ", command) + ":\n" + Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
            }
        }
    }
}
