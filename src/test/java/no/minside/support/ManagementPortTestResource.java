package no.minside.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * The packaged app (@QuarkusIntegrationTest) runs in the prod profile, where the management interface has its fixed
 * port 9000: another app on the machine may hold it. And Micrometer refuses a start (it hangs) when one server's
 * metrics carry a server.port tag and the other's none: a server has the tag when its port is set (not 0) before it
 * binds, and the launcher sets the public port now to 0, now to a free one it found. So both get a free port found
 * here, and both carry the tag; {@link Management} reads the management port from the app's log. @QuarkusTest has
 * both test ports 0, so neither has the tag.
 */
public class ManagementPortTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.http.port", freePort(), "quarkus.management.port", freePort());
    }

    private static String freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    @Override
    public void stop() {
        // Nothing was started.
    }
}
