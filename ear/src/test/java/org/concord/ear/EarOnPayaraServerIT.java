package org.concord.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The artifact an institution deploys: concord.ear, unchanged, on a real Payara Server 6 (the distribution zip from
 * Maven Central, unpacked by the build). A fresh domain is created on its own ports, started, the EAR deployed with
 * {@code asadmin deploy}, and the application checked through every layer it serves; then the domain is stopped.
 */
class EarOnPayaraServerIT {

    private static final String DOMAIN = "concord-it";
    private static final int PORT_BASE = 28000;
    private static final int ADMIN_PORT = PORT_BASE + 48;
    private static final URI BASE = URI.create("http://localhost:" + (PORT_BASE + 80) + "/");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static final String FIRST_ADMIN = "root@center.example";
    private static final String FIRST_ADMIN_PASSWORD = "first-admin-secret";

    private static Path asadmin;
    private static Path domains;

    @BeforeAll
    static void deployEarOnPayaraServer() throws Exception {
        Path home = Path.of(System.getProperty("payara.home"));
        asadmin = home.resolve("bin/asadmin");
        assertTrue(Files.isExecutable(asadmin) || asadmin.toFile().setExecutable(true), "asadmin in " + home);
        domains = Path.of(System.getProperty("domains.dir"));
        Path ear = Path.of(System.getProperty("concord.ear"));
        Files.createDirectories(domains);
        if (Files.exists(domains.resolve(DOMAIN))) {
            asadmin(Map.of(), "delete-domain", "--domaindir", domains.toString(), DOMAIN);
        }
        Path db = domains.resolve("db").toAbsolutePath();
        if (Files.exists(db)) {
            try (var files = Files.walk(db)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        }
        long t0 = System.nanoTime();
        asadmin(
                Map.of(),
                "create-domain",
                "--nopassword=true",
                "--portbase",
                String.valueOf(PORT_BASE),
                "--domaindir",
                domains.toString(),
                DOMAIN);
        long t1 = System.nanoTime();
        asadmin(
                Map.of(
                        "CONCORD_DEMO_ENABLED",
                        "true",
                        "CONCORD_DB_URL",
                        "jdbc:h2:" + db + "/concord",
                        "CONCORD_ADMIN_EMAIL",
                        FIRST_ADMIN,
                        "CONCORD_ADMIN_INITIAL_PASSWORD",
                        FIRST_ADMIN_PASSWORD),
                "start-domain",
                "--domaindir",
                domains.toString(),
                DOMAIN);
        long t2 = System.nanoTime();
        asadmin(Map.of(), "--port", String.valueOf(ADMIN_PORT), "deploy", "--name", "concord", ear.toString());
        long t3 = System.nanoTime();
        System.out.printf(
                "Payara Server: create-domain %.1f s, start-domain %.1f s, EAR deploy %.1f s%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }

    @AfterAll
    static void stopDomain() throws Exception {
        if (asadmin != null) {
            asadmin(Map.of(), "stop-domain", "--domaindir", domains.toString(), DOMAIN);
        }
    }

    @Test
    void theEarServesPagesApiHealthAndReports() throws Exception {
        HttpResponse<String> ready = get("health/ready", null);
        assertEquals(200, ready.statusCode(), ready.body());

        HttpResponse<String> login = get("login.xhtml", null);
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("Concord"), "Faces page rendered");
        // R-SEC.2: the passkey options are made by webauthn4j, on the Jackson that Payara Server ships.
        assertTrue(login.body().contains("data-passkey=\"get\""), "passkey sign-in offered: " + login.body());

        String missing = "api/v1/procedures/" + UUID.randomUUID();
        assertEquals(401, get(missing, null).statusCode(), "the API asks for credentials");
        HttpResponse<String> notFound = get(missing, basic("alice@concord.example"));
        assertEquals(404, notFound.statusCode(), "signed in through the database identity store");
        assertEquals(
                "application/problem+json",
                notFound.headers().firstValue("Content-Type").orElse(""));

        // R-SEC.2, R-SEC.3: staff sign in with a second factor, so their scripts use a token (the demo's), not Basic.
        HttpResponse<String> list = get("api/v1/procedures", STAFF_TOKEN);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().split("\"reference\"").length - 1 >= 4, "demo data through Hibernate: " + list.body());
        HttpResponse<String> count = get("api/v1/procedures/count", STAFF_TOKEN);
        // the demo's four running Procedures and last year's 48 (DemoData.LAST_YEAR)
        assertTrue(count.body().contains("\"total\":52"), "the count: " + count.body());

        HttpResponse<String> asFirstAdmin = get(
                "api/v1/procedures",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (FIRST_ADMIN + ":" + FIRST_ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        // Created, and its initial password is right: HTTP Basic refuses an administrator (R-SEC.2: the password
        // alone never signs one in) as it refuses a wrong password, and the security log says which it was.
        assertEquals(401, asFirstAdmin.statusCode(), "an administrator is not signed in by a password alone");
        HttpResponse<String> refusals = get(
                "api/v1/security-log?type=SIGN_IN_FAILED&account="
                        + java.net.URLEncoder.encode(FIRST_ADMIN, StandardCharsets.UTF_8),
                "Bearer concord_demo_admin");
        assertEquals(200, refusals.statusCode(), refusals.body());
        assertTrue(
                refusals.body().contains("second-step-required"),
                "the configured first administrator was created with its initial password: " + refusals.body());

        HttpResponse<String> deadline =
                get("api/v1/deadlines?received=2027-01-04T09:00:00Z&days=20&domiciles=FR,DE", null);
        assertEquals(200, deadline.statusCode(), deadline.body());
        assertTrue(deadline.body().contains("\"due\":\"2027-01-25\""), "holidays from Jollyday: " + deadline.body());

        // JasperReports inside the EAR: the invoice of one of the demo's Procedures, as staff read it.
        java.util.regex.Matcher procedure = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"")
                .matcher(list.body());
        HttpResponse<String> report = null;
        while ((report == null || report.statusCode() == 404) && procedure.find()) {
            // the first Procedure whose Requesting Party has fees (every running demo Procedure has its filing fee)
            report = get(
                    "api/v1/procedures/" + procedure.group(1) + "/fees/invoice?payer=REQUESTING_PARTY", STAFF_TOKEN);
        }
        assertTrue(report != null, "a Procedure's id: " + list.body());
        assertEquals(200, report.statusCode(), report.body());
        assertTrue(report.body().startsWith("%PDF"), "JasperReports inside the EAR (the invoice)");
    }

    /** R-SEC.3: the demo token of staff@ (demo mode only, README). */
    private static final String STAFF_TOKEN = "Bearer concord_demo_staff";

    private static String basic(String email) {
        return "Basic "
                + Base64.getEncoder().encodeToString((email + ":concord-demo").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void asadmin(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(asadmin.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed:\n" + output);
        }
    }
}
