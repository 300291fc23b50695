package org.concord.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * Brings the database schema up to date before anything uses it, then checks that the JPA mapping matches it.
 * The application declares its own data source, so Concord runs on Payara Micro and Payara Server unchanged;
 * the {@code concord.db.*} configuration keys choose H2 or PostgreSQL. The pool validates connections and drops
 * them all when one fails, so that a database restart is survived.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=concord.db.driver}",
        url = "${MPCONFIG=concord.db.url}",
        user = "${MPCONFIG=concord.db.user}",
        password = "${MPCONFIG=concord.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.connection-creation-retry-attempts=3",
            "fish.payara.connection-creation-retry-interval-in-seconds=2"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/concord";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PersistenceUnit(unitName = "concord")
    private EntityManagerFactory entityManagerFactory;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(
                        new V18_1__EndedDates(),
                        new V22_1__RespondingOrganisations(),
                        new V27_1__AccountSearchTrigrams(),
                        new V36__ConsoleSearch())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        migrated = true;
    }

    /** Readiness: the schema was migrated and the database answers now. */
    public boolean isReady() {
        if (!migrated) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
