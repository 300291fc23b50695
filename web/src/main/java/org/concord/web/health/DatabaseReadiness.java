package org.concord.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.concord.service.platform.DatabaseMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    private DatabaseMigration database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(database.isReady()).build();
    }
}
