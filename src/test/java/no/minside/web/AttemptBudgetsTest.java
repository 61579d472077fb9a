package no.minside.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.support.Fixtures;
import no.minside.support.SmallLimits;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budgets per client address, with the production limit for wrong API keys and a small one for logins: guesses
 * spread over many case numbers slow their address down, they never lock it out; wrong API keys get 429.
 */
@QuarkusTest
@TestProfile(SmallLimits.class)
class AttemptBudgetsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Test
    void aBusyAddressWaitsLongerAndLongerButIsNeverShutOut() {
        Fixtures.OpenedCase mine = fixtures.openCase(IntakeRequests.consumer());
        // An address of its own: the failures below must not hold up other tests' logins from 127.0.0.1.
        WebClient browser = new WebClient().from("198.51.100.23");
        for (int i = 0; i < 4; i++) {
            // Four case numbers, one wrong guess each: no case reaches its own limit.
            Fixtures.OpenedCase other = fixtures.openCase(IntakeRequests.consumer());
            assertThat(browser.loginWithPin(other.caseNumber(), "00000000").statusCode()).isEqualTo(400);
        }
        Response waiting = browser.loginWithPin(mine.caseNumber(), mine.pin());
        assertThat(waiting.statusCode()).isEqualTo(400);
        assertThat(summary(waiting)).contains("Vent i 1 s");

        clock.shift(Duration.ofSeconds(2));
        Fixtures.OpenedCase fifth = fixtures.openCase(IntakeRequests.consumer());
        assertThat(browser.loginWithPin(fifth.caseNumber(), "00000000").statusCode()).isEqualTo(400);
        assertThat(summary(browser.loginWithPin(mine.caseNumber(), mine.pin())))
                .as("the wait doubles with each further failure").contains("Vent i 2 s");

        clock.shift(Duration.ofSeconds(3));
        assertThat(browser.loginWithPin(mine.caseNumber(), mine.pin()).statusCode()).isEqualTo(303);
    }

    /** Issue 15: 50 wrong X-Api-Key values in a row were all answered at once. */
    @Test
    void fiftyWrongApiKeysInARowAreSlowedDown() {
        int refused = 0;
        String retryAfter = null;
        for (int i = 0; i < 50; i++) {
            Response answer = given().header("X-Forwarded-For", "198.51.100.7").header("X-Api-Key", "wrong-" + i)
                    .get("/api/v1/cases/10000016");
            if (answer.statusCode() == 429) {
                refused++;
                retryAfter = answer.header("Retry-After");
                assertThat(answer.contentType()).startsWith("application/problem+json");
            } else {
                assertThat(answer.statusCode()).isEqualTo(401);
            }
        }
        assertThat(refused).as("after ten wrong keys the client waits").isEqualTo(40);
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 900L);
        assertThat(given().header("X-Forwarded-For", "198.51.100.7").header("X-Api-Key", fixtures.creditor(true))
                .get("/api/v1/cases/10000016").statusCode())
                .as("a right key from the same address is never held up").isEqualTo(404);
    }

    private static String summary(Response answer) {
        return Jsoup.parse(answer.asString()).select("[data-testid=error-summary]").text();
    }
}
