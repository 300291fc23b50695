package org.concord.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-OPS.1 in the tests: further Payara Micro instances running the same ROOT.war as the Arquillian test server, on the
 * same database (the tests' H2 file database is opened with {@code AUTO_SERVER=TRUE}; with {@code -Ppostgresql} the
 * same PostgreSQL database), each with the test JVM's environment (the failsafe configuration's {@code CONCORD_*}
 * variables) and the demo data off. Each start writes its own log, target/NAME-PORT-N.log. An instance that does not
 * start is started once more, as an operator's process manager would; a second failure fails the test. Close to stop
 * them all.
 */
final class PayaraInstances implements AutoCloseable {

    /** Two instances start at once beside the test server: on CI's two loaded cores that has taken minutes. */
    static final Duration READY_WITHIN = Duration.ofSeconds(360);

    private final String name;
    private final List<Process> running = new ArrayList<>();
    private final Map<Process, Path> logs = new HashMap<>();
    private final Map<Process, Map<String, String>> environments = new HashMap<>();
    private final Map<Process, List<String>> clusterings = new HashMap<>();
    private final Map<Process, Grid> grids = new HashMap<>();
    private int starts;

    /** {@code name}: the test's, in the logs' names and on the test's output. */
    PayaraInstances(String name) {
        this.name = name;
    }

    /** Starts an instance on {@code port} with these variables added to the environment; does not wait. */
    Process start(int port, Map<String, String> environment) throws IOException {
        return start(port, environment, List.of("--nocluster"));
    }

    /**
     * R-OPS.1: starts member {@code member} (0, 1, 2…) of {@code grid} on {@code port}: a Payara Micro instance in
     * Payara's data grid (Hazelcast) with the grid's other members, its web sessions kept in the grid; does not wait
     * ({@link #ready} waits for the instance, {@link #awaitGrid} for the grid).
     */
    Process startClustered(int port, Grid grid, int member, Map<String, String> environment) throws IOException {
        Process process = start(port, environment, grid.arguments(member));
        grids.put(process, grid);
        return process;
    }

    private Process start(int port, Map<String, String> environment, List<String> clustering) throws IOException {
        starts++;
        Path log = Path.of("target", name + "-" + port + "-" + starts + ".log");
        List<String> command = new ArrayList<>(List.of(
                javaBinary(),
                "-Xmx512m",
                // Three JVMs start at once on two cores in CI: the quick compiler only, less to compete.
                "-XX:TieredStopAtLevel=1",
                "-jar",
                System.getProperty("payara.microJar"),
                "--deploy",
                System.getProperty("concord.war"),
                "--port",
                String.valueOf(port)));
        command.addAll(clustering);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("CONCORD_DEMO_ENABLED", "false");
        builder.environment().putAll(environment);
        Process process = builder.start();
        running.add(process);
        logs.put(process, log);
        environments.put(process, Map.copyOf(environment));
        clusterings.put(process, List.copyOf(clustering));
        return process;
    }

    /**
     * The instance, or the one started in its place if it did not start: the test starts an instance that failed once
     * more (saying so on the test's output, with the log's end); a second failure fails the test.
     */
    Process ready(Process instance, int port) throws InterruptedException, IOException {
        try {
            awaitReady(instance, port);
            return instance;
        } catch (NotStarted failed) {
            System.err.println(name + ": started once more after: " + failed.getMessage());
            Map<String, String> environment = environments.get(instance);
            stop(instance);
            Grid grid = grids.get(instance);
            Process again = start(port, environment, clusterings.get(instance));
            if (grid != null) {
                grids.put(again, grid);
            }
            awaitReady(again, port);
            return again;
        }
    }

    /** Kills the instance at once (no orderly shutdown: as a lost instance) and waits for its end. */
    void stop(Process instance) throws InterruptedException {
        instance.destroyForcibly().waitFor();
        running.remove(instance);
    }

    @Override
    public void close() {
        running.forEach(Process::destroyForcibly);
        for (Process p : running) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        running.clear();
    }

    /**
     * R-OPS.1: waits until the grid of {@code instance} has {@code members} members, as Payara writes in the
     * instance's log at each change of the grid ("Data Grid Status … DG Size: 3", the last one counts): a session
     * created before would have its backup nowhere.
     */
    void awaitGrid(Process instance, int members) throws InterruptedException, IOException {
        Path log = logs.get(instance);
        Pattern size = Pattern.compile("DG Size: (\\d+)");
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher sizes = size.matcher(endOf(log, Integer.MAX_VALUE));
            String last = null;
            while (sizes.find()) {
                last = sizes.group(1);
            }
            if (String.valueOf(members).equals(last)) {
                return;
            }
            if (!instance.isAlive()) {
                throw new NotStarted("the instance whose log is " + log + " ended:\n" + endOf(log));
            }
            // A bounded wait for mail the servers may send meanwhile, not a sleep: the next look in a second.
            Smtp.allowFurtherMail(1);
        }
        throw new NotStarted("no grid of " + members + " within " + READY_WITHIN.toSeconds() + " s; the end of " + log
                + ":\n" + endOf(log));
    }

    /**
     * R-OPS.1: a data grid of Payara Micro instances on this machine, found by TCP/IP on 127.0.0.1 (no multicast):
     * member n listens for the grid on {@code firstPort + n}. {@code --nohostaware}: all members share one address,
     * and Payara otherwise keeps no backup of a session on a member with the same address as its owner.
     */
    record Grid(String clusterName, int firstPort, int members) {

        List<String> arguments(int member) {
            List<String> all = new ArrayList<>();
            for (int n = 0; n < members; n++) {
                all.add("127.0.0.1:" + (firstPort + n));
            }
            return List.of(
                    "--clustername",
                    clusterName,
                    "--clustermode",
                    "tcpip:" + String.join(",", all),
                    "--startport",
                    String.valueOf(firstPort + member),
                    "--interfaces",
                    "127.0.0.1",
                    "--hzpublicaddress",
                    "127.0.0.1",
                    "--nohostaware",
                    "--name",
                    clusterName + "-" + member,
                    "--prebootcommandfile",
                    System.getProperty("concord.clusterPrebootCommands"));
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** An instance whose JVM ended, whose deployment failed, or that was not ready in time. */
    private static final class NotStarted extends AssertionError {
        NotStarted(String message) {
            super(message);
        }
    }

    /**
     * Waits for the instance's readiness. An instance whose JVM ended, or whose deployment failed (Payara Micro then
     * runs on without the application, and would answer 404 for ever), fails at once, with its log's end.
     */
    private void awaitReady(Process instance, int port) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
        Path log = logs.get(instance);
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = client.send(
                        HttpRequest.newBuilder(ready)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!instance.isAlive() || endOf(log).contains("Exception while loading the app")) {
                throw new NotStarted(
                        "instance on port " + port + " did not start; the end of " + log + ":\n" + endOf(log));
            }
            // A bounded wait for mail the servers may send meanwhile, not a sleep: the next look in a second.
            Smtp.allowFurtherMail(1);
        }
        throw new NotStarted("instance on port " + port + " not ready within " + READY_WITHIN.toSeconds()
                + " s; the end of " + log + ":\n" + endOf(log));
    }

    private static String endOf(Path log) throws IOException {
        return endOf(log, 8_000);
    }

    private static String endOf(Path log, int characters) throws IOException {
        String written = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        return written.substring(Math.max(0, written.length() - characters));
    }
}
