package no.minside.support;

import io.quarkus.test.common.PropertyTestUtil;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests to the management interface (health, metrics, OpenAPI), which listens on a port of its own: a random one
 * in tests, as the public port is (quarkus.management.test-port=0), so that test JVMs side by side do not collide.
 */
public final class Management {

    /** How the packaged app announces its ports in its log, the only place a @QuarkusIntegrationTest can see them. */
    private static final Pattern ANNOUNCED = Pattern.compile("Management interface listening on https?://[^:\\s]+:(\\d+)");

    private Management() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }

    public static int port() {
        // In a @QuarkusTest the running application's config answers with the port it bound.
        int bound = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class)
                .orElse(0);
        return bound > 0 ? bound : announcedPort(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.log.file.path", Path.class).orElse(PropertyTestUtil.getLogFilePath()));
    }

    private static int announcedPort(Path log) {
        try {
            Matcher last = null;
            for (String line : Files.readAllLines(log)) {
                Matcher m = ANNOUNCED.matcher(line);
                if (m.find()) {
                    last = m;
                }
            }
            if (last == null) {
                throw new IllegalStateException("No management port announced in " + log);
            }
            return Integer.parseInt(last.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
