package no.minside.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import no.minside.devdata.EmbeddedDatabase;

import java.nio.file.Path;
import java.util.Map;

/**
 * Gives every test a real PostgreSQL: the embedded one (fresh data directory under target/), or an external server
 * when TEST_DB_URL (with TEST_DB_USER and TEST_DB_PASSWORD) is set. Flyway cleans the schema at start.
 */
public class EmbeddedDatabaseTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String external = System.getenv("TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url", external,
                    "quarkus.datasource.username", System.getenv().getOrDefault("TEST_DB_USER", "postgres"),
                    "quarkus.datasource.password", System.getenv().getOrDefault("TEST_DB_PASSWORD", "postgres"));
        }
        String url = EmbeddedDatabase.start(Path.of("target", "test-postgres"), false);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", EmbeddedDatabase.PASSWORD);
    }

    @Override
    public void stop() {
        // The server outlives a single Quarkus application: tests with other profiles reuse it; a JVM hook stops it.
    }
}
