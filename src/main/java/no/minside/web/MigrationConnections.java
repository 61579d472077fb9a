package no.minside.web;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.util.Optional;

/**
 * Flyway migrates on connections of its own, straight from the driver with the plain URL, not from the pool: the
 * pool's connections carry the request-sized bounds (statement_timeout, socketTimeout; application.properties), and
 * a migration that builds an index over millions of rows may rightly run for minutes. Migrations run once, at start,
 * before the app reports ready.
 */
@Singleton
public class MigrationConnections implements FlywayConfigurationCustomizer {

    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;

    MigrationConnections(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                         @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                         @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.dataSource(url, user.orElse(null), password.orElse(null));
    }
}
