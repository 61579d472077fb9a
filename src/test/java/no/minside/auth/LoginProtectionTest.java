package no.minside.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lockouts that cannot be used against people (README, "Login protection"): guessing is stopped, while the holder
 * of the letter (or the staff member) still gets in from the browser they used before, and a busy shared address
 * is slowed down, never shut out.
 */
@QuarkusTest
class LoginProtectionTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Test
    void theHoldersOwnBrowserGetsInWhileStrangersHaveLockedTheCase() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient holder = new WebClient();
        assertThat(holder.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
        assertThat(holder.cookies()).containsKey("minside_device");
        holder.submit("/cases", "/logout", Map.of());

        WebClient stranger = new WebClient();
        for (int i = 0; i < 3; i++) {
            assertThat(stranger.loginWithPin(c.caseNumber(), "1234567" + i).statusCode()).isEqualTo(400);
        }
        clock.shift(Duration.ofMinutes(1));
        for (int i = 3; i < 5; i++) {
            assertThat(new WebClient().loginWithPin(c.caseNumber(), "1234567" + i).statusCode()).isEqualTo(400);
        }
        Response refused = new WebClient().loginWithPin(c.caseNumber(), c.pin());
        assertThat(refused.statusCode()).as("an unknown browser waits out the lock, right PIN or not").isEqualTo(400);
        assertThat(summary(refused)).contains("15 minutter");

        assertThat(holder.loginWithPin(c.caseNumber(), c.pin()).statusCode())
                .as("the browser that logged in before").isEqualTo(303);
        assertThat(new WebClient().loginWithPin(c.caseNumber(), c.pin()).statusCode())
                .as("the holder's login lifted the lock").isEqualTo(303);
    }

    @Test
    void aKnownBrowserHasAFailureBudgetOfItsOwn() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient holder = new WebClient();
        holder.loginWithPin(c.caseNumber(), c.pin());
        holder.submit("/cases", "/logout", Map.of());
        for (int i = 0; i < 5; i++) {
            new WebClient().loginWithPin(c.caseNumber(), "9999999" + i);
        }
        for (int i = 0; i < KnownDevices.MAX_FAILURES; i++) {
            clock.shift(Duration.ofMinutes(1)); // the address budget is not what this test is about
            assertThat(holder.loginWithPin(c.caseNumber(), "8888888" + i).statusCode()).isEqualTo(400);
        }
        assertThat(summary(holder.loginWithPin(c.caseNumber(), c.pin())))
                .as("after five wrong PINs the browser is a stranger again").contains("15 minutter");
    }

    @Test
    void aStaffAccountLockedByStrangersStillLetsItsOwnerIn() {
        String username = fixtures.staff(Roles.SUPPORT);
        WebClient owner = new WebClient().loginAsStaff(username, Fixtures.STAFF_PASSWORD);
        owner.submit("/staff", "/logout", Map.of());
        for (int i = 0; i < 5; i++) {
            clock.shift(Duration.ofSeconds(30));
            staffLogin(new WebClient(), username, "wrong password " + i);
        }
        assertThat(staffLogin(new WebClient(), username, Fixtures.STAFF_PASSWORD).statusCode()).isEqualTo(400);
        owner.loginAsStaff(username, Fixtures.STAFF_PASSWORD);
        assertThat(owner.get("/staff").statusCode()).isEqualTo(200);
    }

    @Test
    void guessingAnEightDigitPinStaysInfeasible() {
        // Five guesses per 15 minutes per case from browsers that never logged in: 480 a day. Half of the
        // 100 000 000 PINs takes 50 000 000 / 480 ≈ 104 000 days, about 285 years.
        long perDay = LoginGuard.MAX_FAILURES * (Duration.ofDays(1).toMinutes() / LoginGuard.WINDOW.toMinutes());
        assertThat(perDay).isEqualTo(480);
        assertThat(50_000_000L / perDay / 365).isGreaterThan(250);
    }

    private static Response staffLogin(WebClient browser, String username, String password) {
        return browser.submit("/staff/login", "/staff/login", Map.of("username", username, "password", password));
    }

    private static String summary(Response answer) {
        return Jsoup.parse(answer.asString()).select("[data-testid=error-summary]").text();
    }
}
