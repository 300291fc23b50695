package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-OPS.2, the restore drill: the test server's PostgreSQL database (the demo data, and Procedures, a mediation and a
 * statistics release made here through the API, so that the chains are more than their first links) is backed up
 * with ops/backup.sh while the server runs, restored with ops/restore.sh into a fresh database beside it, and a
 * further Concord instance started on the restored database alone: Flyway validates, it is ready, and through its
 * API every Procedure's and mediation's audit chain and every statistics ledger verifies intact,
 * holding the same Procedures, mediations, ledgers and documents as the source. Then one audit entry and one release
 * are changed by SQL in the restored database, and the verification names both: the drill can fail.
 *
 * <p>PostgreSQL only (mvn -Ppostgresql verify): the scripts are pg_dump and pg_restore. The restored database is
 * named after the tests' with {@code _restored} (CI: {@code test_restored}) and dropped after. The restored instance
 * sends nothing: its mail goes to a port where nobody listens, its sweeps are a day apart, and it refuses the tests'
 * local webhook receivers, so neither the tests' mail catcher nor their receivers see anything twice.
 */
@ExtendWith(ArquillianExtension.class)
class BackupRestoreIT {

    /** Beside ReminderRaceIT's 28180/28280 and WebhookRaceIT's 28380/28480. */
    private static final int PORT = 28580;

    private static final int LEDGER_YEAR = 2015;
    private static final long SCRIPT_TIMEOUT_MINUTES = 5;

    @ArquillianResource
    private URL base;

    /** The restored instance's log: target/backup-restore-28580-N.log. */
    private final PayaraInstances instances = new PayaraInstances("backup-restore");

    private Database restored;
    private Path dump;

    @AfterEach
    void cleanUp() throws SQLException, IOException {
        instances.close();
        if (restored != null) {
            restored.drop();
        }
        if (dump != null) {
            Files.deleteIfExists(dump);
            Files.deleteIfExists(Path.of(dump + ".sha256"));
        }
    }

    @Test
    void aBackupRestoresIntoAConcordWhoseChainsAndLedgersVerify_ROPS2_R13_4_R13_3() throws Exception {
        String url = System.getenv("CONCORD_DB_URL");
        assumeTrue(
                url != null && url.startsWith("jdbc:postgresql:"),
                "the restore drill backs up and restores a PostgreSQL database with pg_dump and pg_restore; this run's"
                        + " database is " + url + " (it runs in mvn -Ppostgresql verify)");
        Database source = Database.of(url);
        restored = source.named(source.name() + "_restored");
        restored.drop();

        // Chains with more than their first links: two Procedures further along, a mediation agreed, a release.
        Lifecycle lifecycle = new Lifecycle(base);
        String commenced = lifecycle.file(ALICE, "Restore drill: commenced.");
        lifecycle.commence(commenced);
        String answered = lifecycle.file(ALICE, "Restore drill: answered.");
        lifecycle.commence(answered);
        lifecycle.fileAnswer(answered);
        String mediation = requestMediation();
        JsonObject release = publishRelease();
        assertTrue(release.getBoolean("published"), release.toString());

        Map<String, String> procedures = procedures(base);
        assertTrue(procedures.keySet().containsAll(List.of(commenced, answered)), procedures.toString());
        List<String> mediations = mediations(base);
        assertTrue(mediations.contains(mediation), mediations.toString());
        // Each chain as the source verifies it: the restore must keep every verdict. Another test may have broken a
        // chain on purpose (AuditIT does, to show that tampering is caught); the drill's own chains are intact.
        List<String> brokenAtSource = brokenChains(base, procedures.keySet(), mediations);
        assertTrue(
                brokenAtSource.stream()
                        .noneMatch(b -> b.contains(commenced) || b.contains(answered) || b.contains(mediation)),
                brokenAtSource.toString());
        List<String> ledgers = ledgers(base);
        assertTrue(ledgers.stream().anyMatch(l -> l.startsWith(LEDGER_YEAR + " ")), ledgers.toString());
        List<String> answeredTrail = source.trailOf(answered);
        String documents = source.documents();

        Path directory = Files.createDirectories(Path.of("target", "backup-drill"));
        Script backup = Script.run(source, "backup.sh", "-o", directory.toString());
        assertEquals(0, backup.exit(), backup.output());
        dump = Path.of(backup.output().strip().lines().reduce((a, b) -> b).orElseThrow());
        assertTrue(Files.size(dump) > 0, dump.toString());
        assertTrue(Files.exists(Path.of(dump + ".sha256")), "a checksum beside the dump");

        Script restore = Script.run(source, "restore.sh", dump.toString(), restored.name());
        assertEquals(0, restore.exit(), restore.output());
        assertTrue(restore.output().contains("Before Concord serves from " + restored.name()), restore.output());
        assertTrue(
                restore.output().contains("schema version (Flyway): " + source.schemaVersion() + "\n"),
                "the restored schema's version, as the source's: " + restore.output());
        Script again = Script.run(source, "restore.sh", dump.toString(), restored.name());
        assertEquals(3, again.exit(), "a database that is not empty is not overwritten: " + again.output());

        URL copy = URI.create("http://127.0.0.1:" + PORT + base.getPath()).toURL();
        instances.ready(instances.start(PORT, restoredEnvironment()), PORT);

        assertEquals(procedures, procedures(copy), "the same Procedures with the same references");
        assertEquals(mediations, mediations(copy), "the same mediations");
        assertEquals(ledgers, ledgers(copy), "the same ledgers, each intact (R-13.3)");
        assertEquals(documents, restored.documents(), "the same documents, byte for byte");
        assertEquals(
                brokenAtSource,
                brokenChains(copy, procedures.keySet(), mediations),
                "every audit chain as the source verified it: the drill's intact (R-13.4)");
        List<String> restoredTrail = entries(trail(copy, "/api/v1/procedures/" + answered + "/audit"));
        assertEquals(
                answeredTrail,
                restoredTrail.subList(0, answeredTrail.size()),
                "the Procedure's trail as it was, its latest entry " + answeredTrail.get(answeredTrail.size() - 1));

        assertEquals(
                1,
                restored.update(
                        "update audit_entry set what = 'nothing happened' where procedure_id = ?"
                                + " and sequence_number = 2",
                        UUID.fromString(answered)));
        JsonObject tampered = trail(copy, "/api/v1/procedures/" + answered + "/audit");
        assertFalse(tampered.getBoolean("intact"), "an entry changed in the restored database is found");
        assertEquals(2, tampered.getInt("brokenAt"));
        assertEquals(
                1,
                restored.update(
                        "update statistics_release set cutoff = cutoff - 1 where id = ?",
                        UUID.fromString(release.getString("id"))));
        assertTrue(
                ledgers(copy).stream().anyMatch(l -> l.startsWith(LEDGER_YEAR + " ") && l.endsWith(" broken")),
                "a release changed in the restored database is found: " + ledgers(copy));
    }

    /** The restored instance: its own database only, and nothing sent to the tests' mail catcher or receivers. */
    private Map<String, String> restoredEnvironment() throws IOException {
        int nobody;
        try (ServerSocket free = new ServerSocket(0)) {
            nobody = free.getLocalPort();
        }
        return Map.of(
                "CONCORD_DB_URL", restored.url(),
                "CONCORD_MAIL_SMTP_PORT", String.valueOf(nobody),
                "CONCORD_MAIL_DISPATCH_INTERVAL", "86400",
                "CONCORD_REMINDERS_INTERVAL", "86400",
                "CONCORD_APPOINTMENT_SWEEP_INTERVAL", "86400",
                "CONCORD_WEBHOOKS_DISPATCH_INTERVAL", "86400",
                "CONCORD_WEBHOOKS_ALLOW_LOCAL_RECEIVERS", "false");
    }

    private String requestMediation() {
        HttpResponse<String> requested = Http.as(base, ALICE)
                .postJson(
                        "/api/v1/mediations",
                        Json.createObjectBuilder()
                                .add("otherParty", BOB)
                                .add("summary", "Restore drill: a mediation agreed.")
                                .add("language", "en")
                                .build()
                                .toString());
        assertEquals(201, requested.statusCode(), requested.body());
        String id = Http.json(requested).getString("id");
        HttpResponse<String> agreed = Http.as(base, BOB).postJson("/api/v1/mediations/" + id + "/agreement", "");
        assertEquals(200, agreed.statusCode(), agreed.body());
        return id;
    }

    /** A release of its own year's ledger, so that no other test's ledger grows. */
    private JsonObject publishRelease() {
        HttpResponse<String> defined = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/statistics/publications",
                        "{\"title\":\"Restore drill\",\"tables\":[\"MATTER\"],\"periodKind\":\"YEAR\"}");
        assertEquals(201, defined.statusCode(), defined.body());
        HttpResponse<String> ran = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/statistics/runs",
                        "{\"publication\":\"" + Http.json(defined).getString("id") + "\",\"year\":" + LEDGER_YEAR
                                + ",\"cutoff\":\"" + LEDGER_YEAR + "-12-31\"}");
        assertEquals(201, ran.statusCode(), ran.body());
        return Http.json(ran);
    }

    /** Every Procedure's reference by its id, as staff list them. */
    private static Map<String, String> procedures(URL at) {
        return DemoProcedures.all(at).stream()
                .collect(Collectors.toMap(
                        p -> p.getString("id"), p -> p.getString("reference"), (a, b) -> a, TreeMap::new));
    }

    /** Every mediation's id, as the Center lists them, page after page. */
    private static List<String> mediations(URL at) {
        List<String> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> listed = Http.as(at, ADMIN).get("/api/v1/mediations?size=100&page=" + page);
            assertEquals(200, listed.statusCode(), listed.body());
            List<String> ids = Http.parse(listed.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                    .map(m -> m.getString("id") + " " + m.getString("reference"))
                    .toList();
            all.addAll(ids);
            if (ids.size() < 100) {
                return all.stream()
                        .map(m -> m.substring(0, m.indexOf(' ')))
                        .sorted()
                        .toList();
            }
        }
    }

    /** Every year's ledger as "year releases hash intact|broken". */
    private static List<String> ledgers(URL at) {
        HttpResponse<String> listed = Http.as(at, ADMIN).get("/api/v1/statistics/ledgers");
        assertEquals(200, listed.statusCode(), listed.body());
        return Http.parse(listed.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(l -> l.getInt("year") + " " + l.getInt("releases") + " " + l.getString("hash") + " "
                        + (l.getBoolean("intact") ? "intact" : "broken"))
                .toList();
    }

    private static JsonObject trail(URL at, String path) {
        HttpResponse<String> audit = Http.as(at, ADMIN).get(path);
        assertEquals(200, audit.statusCode(), path + ": " + audit.body());
        return Http.json(audit);
    }

    /** The audit chains that do not verify at {@code at}, as "path at entry: reason", in a stable order. */
    private static List<String> brokenChains(URL at, java.util.Collection<String> procedures, List<String> mediations) {
        List<String> broken = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(procedures)) {
            verify(at, "/api/v1/procedures/" + id + "/audit", broken);
        }
        for (String id : new java.util.TreeSet<>(mediations)) {
            verify(at, "/api/v1/mediations/" + id + "/audit", broken);
        }
        return broken;
    }

    private static void verify(URL at, String path, List<String> broken) {
        JsonObject trail = trail(at, path);
        if (!trail.getBoolean("intact")) {
            broken.add(path + " at " + trail.get("brokenAt") + ": " + trail.get("breakReason"));
        }
    }

    /** A trail's entries as "sequence actor what hash". */
    private static List<String> entries(JsonObject trail) {
        return trail.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .sorted(Comparator.comparingLong(
                        e -> e.getJsonNumber("sequence").longValue()))
                .map(e -> e.getJsonNumber("sequence").longValue() + " " + e.getString("actor") + " "
                        + e.getString("what") + " " + e.getString("hash"))
                .toList();
    }

    /** A PostgreSQL database of the server the tests use, reached with the tests' credentials. */
    private record Database(String host, int port, String name, String user, String password) {

        static Database of(String jdbcUrl) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            return new Database(
                    uri.getHost(),
                    uri.getPort() < 0 ? 5432 : uri.getPort(),
                    uri.getPath().substring(1),
                    System.getenv("CONCORD_DB_USER"),
                    System.getenv("CONCORD_DB_PASSWORD"));
        }

        Database named(String other) {
            return new Database(host, port, other, user, password);
        }

        String url() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + name;
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url(), user, password);
        }

        /** Drops it if it is there, ending its connections (PostgreSQL 13 and later). */
        void drop() throws SQLException {
            try (Connection server = named("postgres").connect();
                    Statement drop = server.createStatement()) {
                drop.execute("drop database if exists \"" + name.replace("\"", "\"\"") + "\" with (force)");
            }
        }

        int update(String sql, UUID id) throws SQLException {
            try (Connection db = connect();
                    PreparedStatement update = db.prepareStatement(sql)) {
                update.setObject(1, id);
                return update.executeUpdate();
            }
        }

        /** A trail's entries as "sequence actor what hash", read from the table (reading through the API adds one). */
        List<String> trailOf(String id) throws SQLException {
            try (Connection db = connect();
                    PreparedStatement read = db.prepareStatement("select sequence_number, actor, what, hash"
                            + " from audit_entry where procedure_id = ? order by sequence_number")) {
                read.setObject(1, UUID.fromString(id));
                List<String> entries = new ArrayList<>();
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        entries.add(rows.getLong(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                                + rows.getString(4));
                    }
                }
                assertFalse(entries.isEmpty(), id);
                return entries;
            }
        }

        /** The version of the latest migration applied. */
        String schemaVersion() throws SQLException {
            try (Connection db = connect();
                    Statement read = db.createStatement();
                    ResultSet row = read.executeQuery("select version from flyway_schema_history"
                            + " where success and version is not null order by installed_rank desc limit 1")) {
                assertTrue(row.next(), "migrated by Flyway");
                return row.getString(1);
            }
        }

        /** The number of document contents and a digest of all their bytes in the order of their ids. */
        String documents() throws SQLException {
            try (Connection db = connect();
                    Statement read = db.createStatement();
                    ResultSet row = read.executeQuery("select count(*), coalesce(md5(string_agg("
                            + "encode(sha256(bytes), 'hex'), ',' order by id)), '') from document_content")) {
                row.next();
                return row.getLong(1) + " documents, digest " + row.getString(2);
            }
        }
    }

    /** One of the scripts under ops/, run with the database's connection in the PG* variables; its output. */
    private record Script(int exit, String output) {

        static Script run(Database db, String script, String... arguments) throws IOException, InterruptedException {
            List<String> command =
                    new ArrayList<>(List.of("bash", ops().resolve(script).toString()));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment()
                    .putAll(Map.of(
                            "PGHOST", db.host(),
                            "PGPORT", String.valueOf(db.port()),
                            "PGUSER", db.user(),
                            "PGPASSWORD", db.password(),
                            "PGDATABASE", db.name()));
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(SCRIPT_TIMEOUT_MINUTES, TimeUnit.MINUTES), script + " did not end");
            String text = new String(output, StandardCharsets.UTF_8);
            System.out.println(script + " " + String.join(" ", arguments) + ":\n" + text);
            return new Script(process.exitValue(), text);
        }

        /** The repository's ops/ folder, above the module the tests run in. */
        private static Path ops() {
            return Stream.iterate(Path.of("").toAbsolutePath(), p -> p != null, Path::getParent)
                    .map(p -> p.resolve("ops"))
                    .filter(p -> Files.isRegularFile(p.resolve("backup.sh")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            "no ops/backup.sh above " + Path.of("").toAbsolutePath()));
        }
    }
}
