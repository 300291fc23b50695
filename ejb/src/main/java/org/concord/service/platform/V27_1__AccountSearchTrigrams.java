package org.concord.service.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * R-ACC.5 (issue 21, docs/benchmarks.md): on PostgreSQL, trigram indexes for the administrators' account search, a
 * substring of the stored lower-case name or of the address ({@code like '%q%'}, which no B-tree serves), so that a
 * search reads the matching rows from the indexes instead of scanning every account. {@code pg_trgm} is PostgreSQL's
 * own extension (trusted since PostgreSQL 13: the database's owner may create it); on any other database (the
 * embedded H2), or where the extension cannot be created, this migration does nothing and the search scans as
 * before: the same answers, only slower. A Java migration, because the SQL ones run on H2 and PostgreSQL alike.
 */
public class V27_1__AccountSearchTrigrams extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V27_1__AccountSearchTrigrams.class.getName());

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        if (!trigramsAvailable(connection)) {
            LOG.warning("pg_trgm cannot be created in this database: the account search scans (docs/benchmarks.md)");
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "create index user_account_sort_name_trgm on user_account using gin (sort_name gin_trgm_ops)");
            statement.execute("create index user_account_email_trgm on user_account using gin (email gin_trgm_ops)");
        }
    }

    /** Creates the extension if it is not there; {@code false} when the database will not (no right, not shipped). */
    private static boolean trigramsAvailable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet available =
                        statement.executeQuery("select 1 from pg_available_extensions where name = 'pg_trgm'")) {
            if (!available.next()) {
                return false;
            }
        }
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_trgm");
            connection.releaseSavepoint(before);
            return true;
        } catch (SQLException refused) {
            // Not allowed here (a role that may not create extensions): roll back to before the attempt, go on.
            connection.rollback(before);
            LOG.warning(() -> "create extension pg_trgm refused: " + refused.getMessage());
            return false;
        }
    }
}
