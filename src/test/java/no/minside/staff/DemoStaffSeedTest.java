package no.minside.staff;

import no.minside.auth.Base32;
import no.minside.common.SecretBox;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo staff accounts' authenticators (db/demo, dev mode only) open with the dev STAFF_KEY and hold the secrets
 * the README prints, so the demo logins keep working with an authenticator app or oathtool.
 */
class DemoStaffSeedTest {

    private static final Map<String, String> README_SECRETS = Map.of(
            "kari.support", "DEMOKARISUPPORT2DEMOKARISUPPORT2",
            "ola.officer", "DEMOOLAOFFICER22DEMOOLAOFFICER22",
            "admin", "DEMOADMINANNE222DEMOADMINANNE222");

    @Test
    void theSeededSecretsOpenWithTheDevKeyAndAreTheReadmes() throws IOException {
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        SecretBox box = new SecretBox("minside-staff-totp:", config.getProperty("%dev.minside.staff.seal-key"));
        String file = Files.readString(Path.of("src/main/resources/db/demo/R__demo_staff.sql"));
        String seed = file.substring(file.indexOf("insert into staff_second_factor"),
                file.indexOf("insert into staff_recovery_code"));
        Matcher row = Pattern.compile("\\('([a-z.]+)',\\s+'([A-Za-z0-9+/=]{40,})'\\)").matcher(seed);
        Map<String, String> opened = new LinkedHashMap<>();
        while (row.find()) {
            opened.put(row.group(1), box.open(row.group(2), "staff:" + row.group(1)));
        }
        assertThat(opened).isEqualTo(README_SECRETS);
        String readme = Files.readString(Path.of("README.md"));
        README_SECRETS.forEach((user, secret) -> {
            assertThat(readme).contains(secret);
            assertThat(Base32.decode(secret)).hasSize(20);
        });
    }
}
