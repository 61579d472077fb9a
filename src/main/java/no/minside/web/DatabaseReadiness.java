package no.minside.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness from {@link DatabaseWatch}: answers at once from what the watch last saw, so the probe never waits on a
 * database that stopped answering (Quarkus's own datasource check, which does, is off:
 * quarkus.datasource.health.enabled). Liveness knows nothing of the database: a restart would not bring it back.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private final DatabaseWatch watch;

    DatabaseReadiness(DatabaseWatch watch) {
        this.watch = watch;
    }

    @Override
    public HealthCheckResponse call() {
        if (watch.up()) {
            return HealthCheckResponse.named("Database").up().build();
        }
        return HealthCheckResponse.named("Database").down().withData("problem", watch.problem()).build();
    }
}
