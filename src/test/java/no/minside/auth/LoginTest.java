package no.minside.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.support.Fixtures;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** PIN login, lockout, sessions and logout, as a browser sees them. */
@QuarkusTest
class LoginTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;


    @Test
    void theRightPinLogsInWithASecureSessionCookie() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        Response answer = browser.loginWithPin(c.caseNumber(), c.pin());
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith("/cases");
        String setCookie = answer.headers().getValues("Set-Cookie").stream()
                .filter(h -> h.startsWith("minside_session=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .contains("Path=/");
        assertThat(browser.get("/").header("Location")).endsWith("/cases");
    }

    @Test
    void aWrongPinAndAnUnknownCaseGetTheSameAnswerAndKeepTheCaseNumber() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        Response wrongPin = browser.loginWithPin(c.caseNumber(), "00000000");
        Response unknownCase = browser.loginWithPin("99999997", "00000000");
        assertThat(wrongPin.statusCode()).isEqualTo(400);
        assertThat(unknownCase.statusCode()).isEqualTo(400);
        Document wrong = Jsoup.parse(wrongPin.asString());
        Document unknown = Jsoup.parse(unknownCase.asString());
        assertThat(wrong.select("[data-testid=error-summary]").text())
                .isEqualTo(unknown.select("[data-testid=error-summary]").text())
                .contains("Saksnummeret eller PIN-koden er feil");
        assertThat(wrong.select("input[name=caseNumber]").attr("value")).isEqualTo(c.caseNumber());
        assertThat(wrong.select("input[name=pin]").attr("value")).isEmpty();
        assertThat(wrong.select("[data-testid=error-summary] a").attr("href")).isEqualTo("#caseNumber");
    }

    @Test
    void oddInputIsJustAFailedLoginNeverAServerError() {
        WebClient browser = new WebClient();
        for (String caseNumber : new String[]{"9".repeat(5000), "' or 1=1 --", "１２３４５６７８", "12 34-56 78"}) {
            Response answer = browser.loginWithPin(caseNumber, "x".repeat(3000));
            assertThat(answer.statusCode()).as(caseNumber.substring(0, Math.min(20, caseNumber.length())))
                    .isEqualTo(400);
            assertThat(answer.asString()).contains("data-testid=\"error-summary\"");
        }
    }

    @Test
    void emptyFieldsAreNamedInTheErrorSummary() {
        Response answer = login(new WebClient(), "", "");
        Document page = Jsoup.parse(answer.asString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(page.select("[data-testid=error-summary] a").eachAttr("href"))
                .containsExactly("#caseNumber", "#pin");
        assertThat(page.select("#caseNumber").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void fiveFailuresLockTheCaseAndTheSixthIsRefusedEvenWithTheRightPin() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        for (int i = 0; i < 5; i++) {
            assertThat(browser.loginWithPin(c.caseNumber(), "1111111" + i).statusCode()).isEqualTo(400);
        }
        Response sixth = browser.loginWithPin(c.caseNumber(), c.pin());
        assertThat(sixth.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(sixth.asString()).select("[data-testid=error-summary]").text())
                .contains("i 15 minutter");
        assertThat(fixtures.count("audit_log where target = 'case:" + c.caseNumber() + "'")).isEqualTo(6);

        clock.shift(Duration.ofMinutes(16));
        assertThat(browser.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        for (int i = 0; i < 4; i++) {
            browser.loginWithPin(c.caseNumber(), "22222222");
        }
        clock.shift(Duration.ofMinutes(16));
        browser.loginWithPin(c.caseNumber(), "22222222");
        assertThat(browser.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
    }

    @Test
    void logoutEndsTheSessionAndAReplayedCookieGetsTheLoginPage() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        browser.loginWithPin(c.caseNumber(), c.pin());
        String stolen = browser.cookies().get("minside_session");
        assertThat(browser.get("/").header("Location")).endsWith("/cases");

        Response logout = browser.submit("/login", "/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(logout.header("Location")).contains("/login");

        WebClient replay = new WebClient();
        replay.cookies().put("minside_session", stolen);
        assertThat(replay.get("/cases").header("Location")).endsWith("/login");
        assertThat(replay.get("/").header("Location")).endsWith("/login");
        // The login page itself is served to the holder of a dead cookie (no redirect loop).
        assertThat(replay.get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void anIdleSessionEndsAfterFifteenMinutes() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        browser.loginWithPin(c.caseNumber(), c.pin());
        clock.shift(Duration.ofMinutes(14));
        assertThat(browser.get("/").header("Location")).as("activity resets the idle clock").endsWith("/cases");
        clock.shift(Duration.ofMinutes(14));
        assertThat(browser.get("/").header("Location")).endsWith("/cases");
        clock.shift(Duration.ofMinutes(16));
        assertThat(browser.get("/").header("Location")).endsWith("/login");
    }

    @Test
    void aSessionEndsTwelveHoursAfterLoginHoweverActive() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        browser.loginWithPin(c.caseNumber(), c.pin());
        for (int i = 0; i < 12 * 6; i++) {
            clock.shift(Duration.ofMinutes(10));
            browser.get("/");
        }
        assertThat(browser.get("/").header("Location")).endsWith("/login");
    }

    @Test
    void stayingLoggedInResetsTheIdleClock() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        browser.loginWithPin(c.caseNumber(), c.pin());
        clock.shift(Duration.ofMinutes(14));
        Response stay = browser.submit("/cases", "/session/extend", Map.of());
        assertThat(stay.statusCode()).isEqualTo(303);
        clock.shift(Duration.ofMinutes(14));
        assertThat(browser.get("/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void aFormWithErrorsSaysSoInItsTitleAndNamesTheFormat() {
        Response answer = new WebClient().loginWithPin("1234567", "12");
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.title()).startsWith("Feil: ");
        assertThat(page.select("[data-testid=error-summary] li").eachText())
                .containsExactly("Saksnummeret består av 8 siffer. Du finner det øverst i brevet.",
                        "PIN-koden består av 8 siffer. Du finner den i brevet, under saksnummeret.");
        assertThat(page.select("a[href=/staff/login]")).as("staff know their own address").isEmpty();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        browser.get("/login");
        Response answer = browser.post("/login", Map.of("caseNumber", c.caseNumber(), "pin", c.pin()));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.asString()).doesNotContain("Exception").contains("<h1>");
        assertThat(browser.cookies()).doesNotContainKey("minside_session");
    }

    @Test
    void loginIsAudited() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        login(new WebClient(), c.caseNumber(), c.pin());
        assertThat(fixtures.count("audit_log where target = 'case:" + c.caseNumber() + "' and action = 'LOGIN_OK'"))
                .isEqualTo(1);
    }

    static Response login(WebClient browser, String caseNumber, String pin) {
        return browser.submit("/login", "/login", Map.of("caseNumber", caseNumber, "pin", pin));
    }
}
