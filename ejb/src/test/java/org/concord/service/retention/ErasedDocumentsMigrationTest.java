package org.concord.service.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.service.platform.V18_1__EndedDates;
import org.concord.service.platform.V22_1__RespondingOrganisations;
import org.concord.service.platform.V27_1__AccountSearchTrigrams;
import org.concord.service.platform.V36__ConsoleSearch;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Issue 25, R-OPS.3: V45 on a database of V44 where retention had already erased one Procedure and one mediation:
 * their documents (a filing's, a message's annex, the Resolution, a settlement agreement) take the date of that
 * erasure; the documents of a kept Procedure stay unerased. Webhook deliveries get a request id column, empty for
 * those written before (R-OPS.1).
 */
class ErasedDocumentsMigrationTest {

    private static final String URL = "jdbc:h2:mem:v45_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private static final Instant ERASED = Instant.parse("2026-12-05T23:30:00Z");

    private static Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .javaMigrations(
                        new V18_1__EndedDates(),
                        new V22_1__RespondingOrganisations(),
                        new V27_1__AccountSearchTrigrams(),
                        new V36__ConsoleSearch())
                .target(target)
                .load();
    }

    @Test
    void documentsOfAFileErasedBeforeV45TakeTheDateOfItsErasureKeptOnesNone_ROPS3() throws Exception {
        flyway("44").migrate();
        UUID erasedProcedure = UUID.randomUUID();
        UUID keptProcedure = UUID.randomUUID();
        UUID erasedMediation = UUID.randomUUID();
        UUID filed = UUID.randomUUID();
        UUID annexed = UUID.randomUUID();
        UUID resolved = UUID.randomUUID();
        UUID agreed = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("set referential_integrity false"); // the rows name each other only as far as V45 reads
            UUID resolution = UUID.randomUUID();
            insert(c, "resolution", Map.of("id", resolution, "document_id", resolved));
            insert(
                    c,
                    "procedure",
                    Map.of("id", erasedProcedure, "erased_at", Timestamp.from(ERASED), "resolution_id", resolution));
            insert(c, "procedure", Map.of("id", keptProcedure));
            insert(c, "mediation", Map.of("id", erasedMediation, "erased_at", Timestamp.from(ERASED)));
            UUID erasedFiling = UUID.randomUUID();
            UUID keptFiling = UUID.randomUUID();
            UUID message = UUID.randomUUID();
            insert(c, "filing", Map.of("id", erasedFiling, "procedure_id", erasedProcedure));
            insert(c, "filing", Map.of("id", keptFiling, "procedure_id", keptProcedure));
            insert(c, "communication", Map.of("id", message, "procedure_id", erasedProcedure));
            insert(c, "document", Map.of("id", filed, "filing_id", erasedFiling));
            insert(c, "document", Map.of("id", annexed, "communication_id", message));
            insert(c, "document", Map.of("id", resolved));
            insert(c, "document", Map.of("id", agreed));
            insert(c, "document", Map.of("id", kept, "filing_id", keptFiling));
            insert(
                    c,
                    "settlement_agreement",
                    Map.of("id", UUID.randomUUID(), "mediation_id", erasedMediation, "document_id", agreed));
            insert(c, "webhook_delivery", Map.of("id", delivery));
        }
        flyway("45").migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            for (UUID document : List.of(filed, annexed, resolved, agreed)) {
                assertEquals(ERASED, erasedAt(c, document).toInstant(), "erased with its file: " + document);
            }
            assertNull(erasedAt(c, kept), "a kept Procedure's document is not erased");
            try (PreparedStatement q = c.prepareStatement("select request_id from webhook_delivery where id = ?")) {
                q.setObject(1, delivery);
                ResultSet row = q.executeQuery();
                row.next();
                assertNull(row.getString(1), "no request is known for a delivery written before V45");
            }
        }
    }

    private static Timestamp erasedAt(Connection c, UUID document) throws Exception {
        try (PreparedStatement q = c.prepareStatement("select erased_at from document where id = ?")) {
            q.setObject(1, document);
            ResultSet row = q.executeQuery();
            row.next();
            return row.getTimestamp(1);
        }
    }

    /** A distinct text that fits {@code length} characters. */
    private static String text(int length) {
        String text = UUID.randomUUID().toString().replace("-", "");
        return length > 0 && length < text.length() ? text.substring(0, length) : text;
    }

    /** Inserts a row with the given values and a plain value for every other column that must have one. */
    private static void insert(Connection c, String table, Map<String, Object> given) throws Exception {
        Map<String, Object> row = new LinkedHashMap<>(given);
        try (PreparedStatement q = c.prepareStatement("""
                select column_name, data_type, character_maximum_length from information_schema.columns
                where table_name = ? and is_nullable = 'NO' and column_default is null""")) {
            q.setString(1, table.toUpperCase());
            ResultSet r = q.executeQuery();
            while (r.next()) {
                String column = r.getString(1).toLowerCase();
                String type = r.getString(2).toUpperCase();
                row.putIfAbsent(
                        column,
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
                                                                : type.contains("BINARY")
                                                                        ? new byte[0]
                                                                        : text(r.getInt(3)));
            }
        }
        List<String> columns = new ArrayList<>(row.keySet());
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                insert.setObject(i + 1, row.get(columns.get(i)));
            }
            insert.executeUpdate();
        }
    }
}
