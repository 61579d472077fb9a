package no.minside.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.support.Fixtures;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Guesses spread over many case numbers from one client run into the client's own budget. */
@QuarkusTest
@TestProfile(LoginClientBudgetTest.SmallBudget.class)
class LoginClientBudgetTest {

    /** A budget of four failures per client, so the test needs only a handful of attempts. */
    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("minside.login.client-max-failures", "4");
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;


    @Test
    void oneClientGuessingAcrossCasesIsStoppedAndLetInAgainLater() {
        Fixtures.OpenedCase mine = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        for (int i = 0; i < 4; i++) {
            // Four different case numbers, one wrong guess each: no single case reaches its own limit of five.
            Fixtures.OpenedCase other = fixtures.openCase(IntakeRequests.consumer());
            assertThat(browser.loginWithPin(other.caseNumber(), "00000000").statusCode()).isEqualTo(400);
        }
        Response refused = browser.loginWithPin(mine.caseNumber(), mine.pin());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select("[data-testid=error-summary]").text())
                .contains("sperret i 15 minutter");

        clock.shift(Duration.ofMinutes(16));
        assertThat(browser.loginWithPin(mine.caseNumber(), mine.pin()).statusCode()).isEqualTo(303);
    }
}
