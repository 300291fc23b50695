package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-OPS.3, R-13.4, R-C1: the erasure job, with its clock moved past each period, erases exactly what is due, keeps
 * what is held, and leaves every audit chain and statistics ledger verifiable and the statistics' facts unchanged.
 *
 * <p>The tests share one database with the demo data other tests depend on, so the job must not reach those. The test
 * server never runs it (CONCORD_RETENTION_INTERVAL is a year in the failsafe configuration). This test starts two
 * instances of its own, racing (each due item must be erased and recorded once), with every period fifty years and
 * their clocks one day ahead; the Procedures, accounts, security events and mails it made itself are dated back so
 * that their period ends twelve hours from now (due on the instances' clock, not yet on the real one) or three days
 * from now (not due even there). Only the instant each period counts from is dated back; the dates the statistics
 * read (receipt, end, duration) are the real ones.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    private static final String PERIOD = "P50Y";
    private static final String[] CLASSES = {
        "PROCEDURE_FILE",
        "MEDIATION_FILE",
        "INACTIVE_ACCOUNT",
        "SECURITY_LOG",
        "SENT_MAIL",
        "EXPIRED_INVITATION",
        "WEBHOOK_DELIVERY"
    };

    @ArquillianResource
    private URL base;

    private final PayaraInstances instances = new PayaraInstances("retention");

    @AfterEach
    void stopInstances() {
        instances.close();
    }

    @Test
    void aClockPastEachPeriodErasesExactlyWhatIsDueOnceKeepsWhatIsHeldAndEveryChainVerifies_ROPS3() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String filer = "retention-filer-" + run + "@example.org";
        String inactive = "retention-inactive-" + run + "@example.org";
        String active = "retention-active-" + run + "@example.org";
        Registrations.confirmed(base, filer, "en", "Rita Retained");
        Registrations.confirmed(base, inactive, "en", "Ida Inactive");
        Registrations.confirmed(base, active, "en", "Alan Active");
        // Each signs in once (Basic, checked): a security event each.
        assertFalse(Http.basic(base, active, Registrations.STRONG)
                        .get("/api/v1/procedures")
                        .statusCode()
                == 401);

        String due = endedProcedure(filer, "Erase me after fifty years " + run);
        String held = endedProcedure(filer, "Keep me while held " + run);
        String notYet = endedProcedure(filer, "Not yet due " + run);

        FacesClient staff = new FacesClient(base);
        assertTrue(staff.signIn(STAFF, Http.DEMO_PASSWORD));
        HttpResponse<String> placed = staff.submit(
                "/procedure.xhtml?id=" + held,
                "legalHold",
                Map.of("reason", "Court order " + run + " to keep the file"),
                "place-hold");
        assertEquals(302, placed.statusCode(), placed.body());
        String heldPage = staff.get("/procedure.xhtml?id=" + held).body();
        assertTrue(heldPage.contains("Court order " + run), "the page shows the hold and its reason");
        assertTrue(heldPage.contains("id=\"legalHold:lift-hold\""), "and the form to lift it");

        Instant now = Instant.now();
        Instant dueSoon = ZonedDateTime.ofInstant(now, GENEVA)
                .minusYears(50)
                .plusHours(12)
                .toInstant();
        Instant dueLater =
                ZonedDateTime.ofInstant(now, GENEVA).minusYears(50).plusDays(3).toInstant();
        UUID inactiveId;
        UUID activeId;
        UUID filerId;
        UUID inactiveMail;
        UUID activeMail;
        Map<String, String> factsBefore;
        List<String> ledgersBefore = ledgers();
        Map<String, List<String>> trailsBefore = new HashMap<>();
        for (String id : List.of(due, held, notYet)) {
            trailsBefore.put(id, entries(trail(id)));
        }
        try (Connection db = database()) {
            inactiveId = accountId(db, inactive);
            activeId = accountId(db, active);
            filerId = accountId(db, filer);
            inactiveMail = sentMailTo(db, inactive);
            activeMail = sentMailTo(db, active);
            update(
                    db,
                    "update procedure set ended_at = ? where id in (?, ?)",
                    dueSoon,
                    UUID.fromString(due),
                    UUID.fromString(held));
            update(db, "update procedure set ended_at = ? where id = ?", dueLater, UUID.fromString(notYet));
            update(db, "update user_account set last_active_at = ? where id = ?", dueSoon, inactiveId);
            update(db, "update outbound_mail set sent_at = ? where id = ?", dueSoon, inactiveMail);
            assertTrue(count(db, "select count(*) from security_event where account_id = ?", filerId) > 0);
            update(db, "update security_event set occurred_at = ? where account_id = ?", dueSoon, filerId);
            factsBefore = facts(db, List.of(due, held, notYet));
        }
        long activeEvents = countEvents(activeId);
        assertTrue(activeEvents > 0, "the active account's sign-in is logged");
        String yearBefore = yearFacts();

        Map<String, String> ahead = new HashMap<>();
        ahead.put("CONCORD_CLOCK_OFFSET", "P1D");
        ahead.put("CONCORD_RETENTION_INTERVAL", "1");
        for (String dataClass : CLASSES) {
            ahead.put("CONCORD_RETENTION_" + dataClass, PERIOD);
        }
        // Only the erasure job runs there with the moved clock: the other sweeps are a day apart.
        for (String sweep : List.of(
                "CONCORD_MAIL_DISPATCH_INTERVAL",
                "CONCORD_REMINDERS_INTERVAL",
                "CONCORD_APPOINTMENT_SWEEP_INTERVAL",
                "CONCORD_WEBHOOKS_DISPATCH_INTERVAL")) {
            ahead.put(sweep, "86400");
        }
        Process first = instances.start(28580, ahead);
        Process second = instances.start(28680, ahead);
        instances.ready(first, 28580);
        instances.ready(second, 28680);

        awaitTrue(
                () -> erased("procedure", due) && erased("user_account", inactiveId.toString()),
                "the due Procedure and the inactive account are erased");
        // A few more runs of both instances: nothing else of ours may go.
        awaitRuns(3);

        try (Connection db = database()) {
            assertEquals("", text(db, "select description from procedure where id = ?", UUID.fromString(due)));
            assertEquals(
                    0,
                    count(
                            db,
                            "select count(*) from communication where procedure_id = ? and text <> ''",
                            UUID.fromString(due)));
            assertEquals(
                    0,
                    count(
                            db,
                            "select count(*) from document_content c, document d, filing f where c.id = d.content_id"
                                    + " and d.filing_id = f.id and f.procedure_id = ? and octet_length(c.bytes) > 0",
                            UUID.fromString(due)),
                    "the documents' contents are gone");
            assertEquals(
                    0,
                    count(
                            db,
                            "select count(*) from audit_entry where procedure_id = ? and (actor <> '' or not erased)"
                                    + " and sequence_number <= ?",
                            UUID.fromString(due),
                            (long) trailsBefore.get(due).size()),
                    "who and what of the trail are gone");
            assertNull(
                    timestamp(db, "select erased_at from procedure where id = ?", UUID.fromString(held)), "held: kept");
            assertEquals(
                    "Keep me while held " + run,
                    text(db, "select description from procedure where id = ?", UUID.fromString(held)));
            assertNull(
                    timestamp(db, "select erased_at from procedure where id = ?", UUID.fromString(notYet)),
                    "not yet past its period: kept");

            assertTrue(text(db, "select email from user_account where id = ?", inactiveId)
                    .startsWith("erased-"));
            assertEquals("", text(db, "select display_name from user_account where id = ?", inactiveId));
            assertEquals(active, text(db, "select email from user_account where id = ?", activeId), "active: kept");
            assertEquals(
                    filer,
                    text(db, "select email from user_account where id = ?", filerId),
                    "inactive or not, the filer of Procedures still kept is kept");

            assertEquals(
                    0,
                    count(db, "select count(*) from security_event where account_id = ?", filerId),
                    "security events past their period are deleted");
            assertEquals("", text(db, "select body from outbound_mail where id = ?", inactiveMail));
            assertEquals("", text(db, "select recipient from outbound_mail where id = ?", inactiveMail));
            assertFalse(
                    text(db, "select body from outbound_mail where id = ?", activeMail)
                            .isEmpty(),
                    "a mail sent within its period keeps its text");

            assertEquals(
                    factsBefore, facts(db, List.of(due, held, notYet)), "the facts the statistics read are unchanged");
            assertEquals(1, recorded(db, "PROCEDURE_FILE", due), "erased and recorded once across two instances");
            assertEquals(1, recorded(db, "INACTIVE_ACCOUNT", inactiveId.toString()));
            assertEquals(1, recorded(db, "SENT_MAIL", inactiveMail.toString()));
            assertEquals(0, recorded(db, "PROCEDURE_FILE", held));
            assertEquals(0, recorded(db, "PROCEDURE_FILE", notYet));
        }
        assertEquals(activeEvents, countEvents(activeId), "events within their period are kept");
        assertEquals(yearBefore, yearFacts(), "the year's ended Procedures and their days are unchanged");
        assertEquals(ledgersBefore, ledgers(), "every statistics ledger verifies as before");

        JsonObject erasedTrail = trail(due);
        assertTrue(erasedTrail.getBoolean("intact"), "R-13.4: the erased trail still verifies: " + erasedTrail);
        List<String> hashesBefore = trailsBefore.get(due).stream()
                .map(e -> e.substring(e.lastIndexOf(' ') + 1))
                .toList();
        List<String> hashesAfter = entries(erasedTrail).stream()
                .limit(hashesBefore.size())
                .map(e -> e.substring(e.lastIndexOf(' ') + 1))
                .toList();
        assertEquals(hashesBefore, hashesAfter, "each erased entry keeps its hash and its place");
        for (String id : List.of(held, notYet)) {
            JsonObject kept = trail(id);
            assertTrue(kept.getBoolean("intact"));
            assertEquals(
                    trailsBefore.get(id),
                    entries(kept).subList(0, trailsBefore.get(id).size()));
        }
        assertTrue(
                trailsBefore.get(held).stream().anyMatch(e -> e.contains(STAFF + " legal hold placed")),
                "placing the hold is audited: " + trailsBefore.get(held));

        String erasedPage = staff.get("/procedure.xhtml?id=" + due).body();
        assertTrue(erasedPage.contains("id=\"legal-hold-erased\""), "staff see that the file was erased");
        erasedDocumentsAreSaidErasedAndGone(due, erasedPage);

        FacesClient admin = new FacesClient(base);
        assertTrue(admin.signIn(ADMIN, Http.DEMO_PASSWORD));
        erasedMailIsSaidErasedInTheMailLog(admin, inactiveMail);
        HttpResponse<String> page = admin.get("/console/retention.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(due), "the record names the erased Procedure's id");
        assertFalse(page.body().contains("Erase me after fifty years"), "and never its content");
        assertEquals(403, staff.get("/console/retention.xhtml").statusCode(), "administrators only");

        // Lifted, the held file goes at the next run.
        HttpResponse<String> lifted = staff.submit(
                "/procedure.xhtml?id=" + held, "legalHold", Map.of("reason", "Order discharged " + run), "lift-hold");
        assertEquals(302, lifted.statusCode(), lifted.body());
        awaitTrue(() -> erased("procedure", held), "the lifted file is erased");
        awaitRuns(2);
        try (Connection db = database()) {
            assertEquals(1, recorded(db, "PROCEDURE_FILE", held));
            assertNull(timestamp(db, "select erased_at from procedure where id = ?", UUID.fromString(notYet)));
            assertEquals(factsBefore, facts(db, List.of(due, held, notYet)));
        }
        assertTrue(trail(held).getBoolean("intact"));
        assertEquals(yearBefore, yearFacts());
    }

    /**
     * Issue 25, R-OPS.3, R-13.1, R-SEC.6: the erased Procedure's Statement of Reasons is shown as erased on its date,
     * without a link, on the page and in the API in the caller's language; its download answers 410 saying so, without
     * the original's {@code Digest}; to someone outside the circle, the same 404 as for a document that does not exist.
     */
    private void erasedDocumentsAreSaidErasedAndGone(String procedure, String staffPage) throws SQLException {
        String document;
        Instant erasedAt;
        try (Connection db = database()) {
            try (PreparedStatement read = db.prepareStatement(
                    "select cast(d.id as varchar(36)) from document d, filing f where d.filing_id = f.id"
                            + " and f.procedure_id = ? and d.kind = 'STATEMENT_OF_REASONS' order by d.uploaded_at")) {
                bind(read, UUID.fromString(procedure));
                try (ResultSet row = read.executeQuery()) {
                    assertTrue(row.next(), "the Request's copy of the Statement of Reasons");
                    document = row.getString(1);
                }
            }
            erasedAt = timestamp(db, "select erased_at from document where id = ?", UUID.fromString(document))
                    .toInstant();
        }
        java.time.LocalDate day = erasedAt.atZone(GENEVA).toLocalDate();
        String english = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.UK)
                .format(day);
        String german = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.GERMAN)
                .format(day);

        assertTrue(
                staffPage.contains("erased on " + english + " under the retention rules (R-OPS.3)"),
                "the page says when the document was erased");
        assertFalse(staffPage.contains("id=" + document + "\""), "and offers no download of it");
        assertFalse(staffPage.contains("&amp;id=" + document), "and offers no download of it");

        JsonObject listed =
                Http.json(Http.as(base, STAFF).get("/api/v1/procedures/" + procedure, "Accept-Language", "de"));
        JsonObject erased = listed.getJsonArray("filings").getValuesAs(JsonObject.class).stream()
                .flatMap(f -> f.getJsonArray("documents").getValuesAs(JsonObject.class).stream())
                .filter(d -> d.getString("id").equals(document))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the document is listed: " + listed));
        assertEquals("am " + german + " nach den Aufbewahrungsregeln gelöscht (R-OPS.3)", erased.getString("erasure"));
        assertEquals(erasedAt, Instant.parse(erased.getString("erasedAt")));

        String api = "/api/v1/procedures/" + procedure + "/documents/";
        HttpResponse<String> gone = Http.as(base, STAFF).get(api + document);
        assertEquals(410, gone.statusCode(), gone.body());
        assertTrue(gone.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(gone.headers().firstValue("Digest").isEmpty(), "no hash for a body that is not the original");
        JsonObject problem = Http.json(gone);
        assertEquals("R-OPS.3", problem.getString("rule"));
        assertTrue(problem.getString("detail").contains("erased on " + english), problem.toString());

        // The download link's servlet speaks the language of the viewer's pages (its session's, English here),
        // whatever this one request asks.
        HttpResponse<String> page = Http.as(base, STAFF)
                .get("/document?procedure=" + procedure + "&id=" + document, "Accept-Language", "de");
        assertEquals(410, page.statusCode(), page.body());
        assertTrue(
                page.body().contains("This document was erased on " + english + " under the retention rules (R-OPS.3)"),
                page.body());

        // Outside the circle: exactly what a document that does not exist gets (R-13.1, R-SEC.6).
        String other = UUID.randomUUID().toString();
        HttpResponse<String> hidden = Http.as(base, DemoAccounts.ALICE).get(api + document);
        HttpResponse<String> missing = Http.as(base, DemoAccounts.ALICE).get(api + other);
        assertEquals(404, hidden.statusCode());
        assertEquals(missing.statusCode(), hidden.statusCode());
        assertEquals(missing.body(), hidden.body());
        HttpResponse<String> hiddenPage =
                Http.as(base, DemoAccounts.ALICE).get("/document?procedure=" + procedure + "&id=" + document);
        HttpResponse<String> missingPage =
                Http.as(base, DemoAccounts.ALICE).get("/document?procedure=" + procedure + "&id=" + other);
        assertEquals(404, hiddenPage.statusCode());
        assertEquals(missingPage.statusCode(), hiddenPage.statusCode());
        assertEquals(
                ProcedureAccessIT.withoutViewState(missingPage.body()).replace(other, "{id}"),
                ProcedureAccessIT.withoutViewState(hiddenPage.body()).replace(document, "{id}"));
    }

    /**
     * Issue 25, R-OPS.3: the mail log (demo mode: texts shown) says when an erased mail's text was erased, in place of
     * an empty text. Its recipient is erased too, so it is found by paging the log.
     */
    private static void erasedMailIsSaidErasedInTheMailLog(FacesClient admin, UUID mail) {
        String path = "/console/mail-log.xhtml?status=SENT";
        for (int pages = 0; pages < 40 && path != null; pages++) {
            HttpResponse<String> page = admin.get(path);
            assertEquals(200, page.statusCode());
            String body = page.body();
            int at = body.indexOf("id=\"body-erased-" + mail + "\"");
            if (at >= 0) {
                String line = body.substring(at, body.indexOf("</span>", at));
                assertTrue(line.matches("(?s).*body erased on \\d{1,2} \\w{3,4} \\d{4} \\(R-OPS\\.3\\).*"), line);
                return;
            }
            java.util.regex.Matcher next = java.util.regex.Pattern.compile(
                            "id=\"next-page\" href=\"[^\"]*?(/console/mail-log\\.xhtml[^\"]*)\"")
                    .matcher(body);
            path = next.find() ? next.group(1).replace("&amp;", "&") : null;
        }
        throw new AssertionError("the erased mail " + mail + " is in the mail log, said erased");
    }

    /** {@code party} files a Request; staff end it (15(b)); its id. */
    private String endedProcedure(String party, String description) {
        HttpResponse<String> filed = Http.basic(base, party, Registrations.STRONG)
                .postJson("/api/v1/requests", RequestBodies.complete("COPYRIGHT", "Streamly", description));
        assertEquals(201, filed.statusCode(), filed.body());
        String id = Http.json(filed).getString("id");
        HttpResponse<String> ended = Http.as(base, STAFF)
                .postJson("/api/v1/procedures/" + id + "/termination", "{\"ground\":\"SETTLED_BEFORE_APPOINTMENT\"}");
        assertEquals(200, ended.statusCode(), ended.body());
        return id;
    }

    private JsonObject trail(String id) {
        HttpResponse<String> audit = Http.as(base, ADMIN).get("/api/v1/procedures/" + id + "/audit");
        assertEquals(200, audit.statusCode(), audit.body());
        return Http.json(audit);
    }

    /** A trail's entries as "sequence actor what hash", in order. */
    private static List<String> entries(JsonObject trail) {
        return trail.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonNumber("sequence").longValue() + " " + e.getString("actor") + " "
                        + e.getString("what") + " " + e.getString("hash"))
                .toList();
    }

    private List<String> ledgers() {
        HttpResponse<String> listed = Http.as(base, ADMIN).get("/api/v1/statistics/ledgers");
        assertEquals(200, listed.statusCode(), listed.body());
        return Http.parse(listed.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(l -> l.getInt("year") + " " + l.getInt("releases") + " " + l.getString("hash") + " "
                        + l.getBoolean("intact"))
                .toList();
    }

    /**
     * The facts the statistics and the annual report read of these Procedures (StatisticsFacts: dates, duration,
     * matter, language, country, state, ground, outcome, implementation, restrictions, the Requesting Party's id).
     */
    private static Map<String, String> facts(Connection db, List<String> ids) throws SQLException {
        Map<String, String> facts = new HashMap<>();
        for (String id : ids) {
            try (PreparedStatement read = db.prepareStatement("select p.received_date, p.ended_date, p.duration_days,"
                    + " p.matter, p.language, p.requester_domicile, p.state, p.termination_ground,"
                    + " p.implementation_outcome, p.implementation_reported_date, r.outcome, pa.account_id,"
                    + " (select count(*) from procedure_restriction x where x.procedure_id = p.id),"
                    + " (select min(x.restriction) from procedure_restriction x where x.procedure_id = p.id)"
                    + " from procedure p left join resolution r on r.id = p.resolution_id"
                    + " left join participant pa on pa.procedure_id = p.id and pa.role = 'REQUESTING_PARTY'"
                    + " where p.id = ?")) {
                read.setObject(1, UUID.fromString(id));
                try (ResultSet row = read.executeQuery()) {
                    assertTrue(row.next());
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= 14; i++) {
                        values.add(String.valueOf(row.getObject(i)));
                    }
                    facts.put(id, String.join("|", values));
                }
            }
        }
        return facts;
    }

    /** R-STAT.2's figures of this year as the annual report reads them: ended Procedures and their days. */
    private static String yearFacts() throws SQLException {
        try (Connection db = database();
                PreparedStatement read = db.prepareStatement("select count(*), coalesce(sum(duration_days), 0)"
                        + " from procedure where received_date between ? and ? and ended_date is not null")) {
            int year = ZonedDateTime.now(GENEVA).getYear();
            read.setObject(1, java.time.LocalDate.of(year, 1, 1));
            read.setObject(2, java.time.LocalDate.of(year, 12, 31));
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getLong(1) + " ended, " + row.getLong(2) + " days";
            }
        }
    }

    private static long countEvents(UUID account) throws SQLException {
        try (Connection db = database()) {
            return count(db, "select count(*) from security_event where account_id = ?", account);
        }
    }

    /** How many erasure records of {@code dataClass} name {@code id}. */
    private static long recorded(Connection db, String dataClass, String id) throws SQLException {
        long n = 0;
        try (PreparedStatement read = db.prepareStatement("select item_ids from erasure_record where data_class = ?")) {
            read.setString(1, dataClass);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    for (String named : rows.getString(1).split(" ")) {
                        if (named.equals(id)) {
                            n++;
                        }
                    }
                }
            }
        }
        return n;
    }

    private static boolean erased(String table, String id) {
        try (Connection db = database()) {
            return timestamp(db, "select erased_at from " + table + " where id = ?", UUID.fromString(id)) != null;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Waits until each class's lease shows {@code runs} further runs after now (the instances run every second). */
    private static void awaitRuns(int runs) throws SQLException {
        Instant after = Instant.now().plus(Duration.ofDays(1)).plusSeconds(runs);
        awaitTrue(
                () -> {
                    try (Connection db = database()) {
                        return count(
                                        db,
                                        "select count(*) from retention_lease where last_run_at is null"
                                                + " or last_run_at < ?",
                                        after)
                                == 0;
                    } catch (SQLException e) {
                        throw new AssertionError(e);
                    }
                },
                "every class ran again");
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 120 s: " + what);
            }
            // A bounded wait (for mail the servers may send meanwhile), not a sleep: the next look in a second.
            Smtp.allowFurtherMail(1);
        }
    }

    private static UUID accountId(Connection db, String email) throws SQLException {
        return UUID.fromString(text(db, "select cast(id as varchar(36)) from user_account where email = ?", email));
    }

    /** The one mail sent to {@code email} (its confirmation), once sent. */
    private static UUID sentMailTo(Connection db, String email) throws SQLException {
        return UUID.fromString(text(
                db,
                "select cast(id as varchar(36)) from outbound_mail where recipient = ? and sent_at is not null",
                email));
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("CONCORD_DB_URL"),
                System.getenv("CONCORD_DB_USER"),
                System.getenv("CONCORD_DB_PASSWORD"));
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            bind(update, values);
            assertTrue(update.executeUpdate() > 0, sql);
        }
    }

    private static long count(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement read = db.prepareStatement(sql)) {
            bind(read, values);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String text(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement read = db.prepareStatement(sql)) {
            bind(read, values);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), sql);
                String value = row.getString(1);
                assertFalse(row.next(), "one row: " + sql);
                return value;
            }
        }
    }

    private static Timestamp timestamp(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement read = db.prepareStatement(sql)) {
            bind(read, values);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getTimestamp(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
