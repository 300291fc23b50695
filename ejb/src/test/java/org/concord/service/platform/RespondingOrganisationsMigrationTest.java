package org.concord.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * R-ACC.2, R-13.1 (issue 21): V22_1 on a database of V19 with a platform account that is the Responding Party of two
 * Procedures (platform names "Streamly" and " streamly "): it becomes the first manager of one organisation named
 * after it, with its e-mail's domain and one Transparency Database name, and both participants point to it.
 */
class RespondingOrganisationsMigrationTest {

    private static final String URL = "jdbc:h2:mem:v22_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private static Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .javaMigrations(new V18_1__EndedDates(), new V22_1__RespondingOrganisations())
                .target(target)
                .load();
    }

    @Test
    void everyRespondingPartyBecomesTheFirstManagerOfAnOrganisationOfItsOwn_RACC2() throws Exception {
        flyway("19").migrate();
        UUID platform = UUID.randomUUID();
        UUID alice = UUID.randomUUID();
        List<UUID> participants = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            insert(
                    c,
                    "user_account",
                    Map.of("id", platform, "email", "legal@streamly.example", "display_name", "Streamly Ltd"));
            insert(c, "user_account", Map.of("id", alice, "email", "alice@example.org", "display_name", "Alice"));
            for (String name : List.of("Streamly", " streamly ")) {
                UUID procedure = UUID.randomUUID();
                insert(c, "procedure", Map.of("id", procedure, "platform_name", name));
                insert(
                        c,
                        "participant",
                        Map.of(
                                "id",
                                UUID.randomUUID(),
                                "procedure_id",
                                procedure,
                                "account_id",
                                alice,
                                "role",
                                "REQUESTING_PARTY"));
                UUID responding = UUID.randomUUID();
                participants.add(responding);
                insert(
                        c,
                        "participant",
                        Map.of(
                                "id",
                                responding,
                                "procedure_id",
                                procedure,
                                "account_id",
                                platform,
                                "role",
                                "RESPONDING_PARTY"));
            }
        }
        flyway("latest").migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement()) {
            ResultSet organisation = s.executeQuery("select id, name, kind from organisation");
            organisation.next();
            UUID id = organisation.getObject(1, UUID.class);
            assertEquals("Streamly Ltd", organisation.getString(2));
            assertEquals("ONLINE_PLATFORM", organisation.getString(3));
            assertEquals(1, count(c, "select count(*) from organisation"), "one organisation per account");
            assertEquals(1, count(c, "select count(*) from organisation_alias"), "Streamly, whatever the case");
            ResultSet domain = s.executeQuery("select domain from organisation_domain");
            domain.next();
            assertEquals("streamly.example", domain.getString(1));
            ResultSet member = s.executeQuery("select account_id, role, left_at from organisation_member");
            member.next();
            assertEquals(platform, member.getObject(1, UUID.class));
            assertEquals("MANAGER", member.getString(2));
            assertEquals(null, member.getTimestamp(3));
            for (UUID p : participants) {
                try (PreparedStatement q =
                        c.prepareStatement("select organisation_id, account_id from participant where id = ?")) {
                    q.setObject(1, p);
                    ResultSet row = q.executeQuery();
                    row.next();
                    assertEquals(id, row.getObject(1, UUID.class), "every Procedure keeps its circle");
                    assertEquals(platform, row.getObject(2, UUID.class));
                }
            }
            assertEquals(
                    0,
                    count(
                            c,
                            "select count(*) from participant where role = 'REQUESTING_PARTY' and organisation_id is not null"));
            assertNotNull(id);
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Inserts a row with the given values and a plain value for every other column that must have one. */
    private static void insert(Connection c, String table, Map<String, Object> given) throws Exception {
        List<String> columns = new ArrayList<>(given.keySet());
        List<Object> values = new ArrayList<>(given.values());
        try (PreparedStatement q = c.prepareStatement("""
                select column_name, data_type from information_schema.columns
                where table_name = ? and is_nullable = 'NO' and column_default is null""")) {
            q.setString(1, table.toUpperCase());
            ResultSet r = q.executeQuery();
            while (r.next()) {
                String column = r.getString(1).toLowerCase();
                if (given.containsKey(column)) {
                    continue;
                }
                String type = r.getString(2).toUpperCase();
                columns.add(column);
                values.add(
                        type.contains("UUID")
                                ? UUID.randomUUID()
                                : type.contains("TIMESTAMP")
                                        ? Timestamp.from(Instant.parse("2026-01-05T09:00:00Z"))
                                        : type.equals("DATE")
                                                ? java.sql.Date.valueOf(LocalDate.parse("2026-01-05"))
                                                : type.contains("BOOLEAN")
                                                        ? Boolean.FALSE
                                                        : type.contains("INT")
                                                                        || type.contains("NUMERIC")
                                                                        || type.contains("DECIMAL")
                                                                ? (Object) 0
                                                                : "X-"
                                                                        + UUID.randomUUID()
                                                                                .toString()
                                                                                .substring(0, 8));
            }
        }
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                insert.setObject(i + 1, values.get(i));
            }
            insert.executeUpdate();
        }
    }
}
