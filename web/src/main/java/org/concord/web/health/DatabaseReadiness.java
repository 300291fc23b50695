package org.concord.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.concord.service.platform.DatabaseMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * {@code /health/ready} and {@code /health/started}: the schema is migrated and the database answers. The proxy
 * (ops/haproxy.cfg) routes on {@code /health/started}, which has this check only: the readiness's outbox check turns
 * every instance DOWN together and is for alerting (docs/operations.md).
 */
@Readiness
@Startup
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    private DatabaseMigration database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(database.isReady()).build();
    }
}
