package no.minside.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * The packaged app (@QuarkusIntegrationTest) runs in the prod profile, where the management interface has its fixed
 * port 9000: another app on the machine may hold it, and Micrometer refuses (the start hangs) when one server's
 * metrics carry a fixed server.port tag and the random public port's none. So it takes a random port too, which
 * {@link Management} reads from the app's log. @QuarkusTest has quarkus.management.test-port=0 already.
 */
public class ManagementPortTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.management.port", "0");
    }

    @Override
    public void stop() {
        // Nothing was started.
    }
}
