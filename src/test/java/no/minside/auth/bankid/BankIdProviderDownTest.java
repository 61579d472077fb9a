package no.minside.auth.bankid;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import no.minside.support.SmallLimits;
import no.minside.support.WebClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider that cannot be reached (its discovery document does not answer) makes the BankID login fail politely:
 * the login page with the notice, never a 500; the PIN login goes on working.
 */
@QuarkusTest
@TestProfile(SmallLimits.class)
class BankIdProviderDownTest {

    @Test
    void theLoginEndsOnTheLoginPageWithTheNotice() {
        WebClient browser = new WebClient();
        for (int attempt = 0; attempt < 2; attempt++) {
            Response answer = browser.get("/login/bankid");
            assertThat(answer.statusCode()).isEqualTo(303);
            assertThat(answer.header("Location")).isEqualTo("/login?bankid=failed");
        }
        assertThat(browser.getPage("/login?bankid=failed").selectFirst("[data-testid=login-notice]").text())
                .startsWith("Innloggingen med BankID ble ikke fullført");
    }
}
