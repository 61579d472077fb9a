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
        Map<String, String> config = new java.util.HashMap<>();
        // The packaged app (@QuarkusIntegrationTest) runs in the prod profile, which takes its key from outside.
        config.put("minside.session.key", "integration-test-session-key-0123456789abcdef");
        config.put("minside.letters.seal-key", "integration-test-letter-key-0123456789abcdef");
        config.put("minside.staff.seal-key", "integration-test-staff-key-0123456789abcdef");
        config.put("minside.pins.key", "integration-test-pin-key-0123456789abcdef");
        String external = System.getenv("TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            config.put("quarkus.datasource.jdbc.url", external);
            config.put("quarkus.datasource.username", System.getenv().getOrDefault("TEST_DB_USER", "postgres"));
            config.put("quarkus.datasource.password", System.getenv().getOrDefault("TEST_DB_PASSWORD", "postgres"));
            return config;
        }
        config.put("quarkus.datasource.jdbc.url", EmbeddedDatabase.start(
                Path.of("target", "test-postgres-" + ProcessHandle.current().pid()), false));
        config.put("quarkus.datasource.username", EmbeddedDatabase.USER);
        config.put("quarkus.datasource.password", EmbeddedDatabase.PASSWORD);
        return config;
    }

    @Override
    public void stop() {
        // The server outlives a single Quarkus application: tests with other profiles reuse it; a JVM hook stops it.
    }
}
