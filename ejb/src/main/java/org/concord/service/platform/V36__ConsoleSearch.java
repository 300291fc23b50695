package org.concord.service.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.concord.domain.SearchText;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 24 (docs/benchmarks.md, "Console search"): what the staff console's search reads by index at a million
 * Procedures. The names of accounts and organisations folded as {@link SearchText} does it (case and accents), kept
 * by the entities from now on and filled here in Java for the rows there are (the folding is Java's, not the
 * database's), each searched by prefix; the platform's reference (PUID) of a Request and of a Statement of Reasons
 * on their own, for an exact match. On PostgreSQL the prefix indexes use {@code varchar_pattern_ops}, so that
 * {@code like 'abc%'} reads a range whatever the database's collation (H2 serves it from a plain index), and the
 * Procedure's reference gets one too. A Java migration, because that operator class is PostgreSQL's only.
 */
public class V36__ConsoleSearch extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table user_account add column search_name varchar(200)");
            statement.execute("alter table organisation add column search_name varchar(200)");
        }
        fold(connection, "user_account", "display_name");
        fold(connection, "organisation", "name");
        String prefix = postgres ? " varchar_pattern_ops" : "";
        try (Statement statement = connection.createStatement()) {
            statement.execute("create index user_account_search_name on user_account (search_name" + prefix + ")");
            statement.execute("create index organisation_search_name on organisation (search_name" + prefix + ")");
            statement.execute("create index statement_of_reasons_puid_only on statement_of_reasons (puid)");
            statement.execute("create index procedure_platform_reference_only on procedure (platform_reference)");
            if (postgres) {
                statement.execute(
                        "create index procedure_reference_prefix on procedure (reference varchar_pattern_ops)");
            }
        }
    }

    private static void fold(Connection connection, String table, String nameColumn) throws Exception {
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("select id, " + nameColumn + " from " + table);
                PreparedStatement write =
                        connection.prepareStatement("update " + table + " set search_name = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, SearchText.fold(rows.getString(2)));
                write.setObject(2, rows.getObject(1, UUID.class));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
