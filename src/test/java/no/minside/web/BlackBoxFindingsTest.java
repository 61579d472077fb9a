package no.minside.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.Management;
import no.minside.support.WebClient;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smaller holes a black-box test of the dev and prod instances found (issue 15), one test each, with the request
 * that showed it. Each failed before the fix.
 */
@QuarkusTest
class BlackBoxFindingsTest {

    @Inject
    Fixtures fixtures;

    // 3. Every POST needs its CSRF token.

    @Test
    void aBodilessLogoutOrExtendIsRefusedAndTheSessionLivesOn() {
        WebClient browser = loggedIn();
        for (String path : new String[] {"/logout", "/session/extend"}) {
            Response answer = RestAssured.given().redirects().follow(false).cookies(browser.cookies()).post(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.asString()).as(path).contains("<h1>").doesNotContain("Exception");
        }
        assertThat(browser.get("/cases").statusCode()).isEqualTo(200);
    }

    // 4. No 500 from odd input.

    @Test
    void aLoginWithNoBodyGetsTheFriendlyPage() {
        WebClient browser = new WebClient();
        browser.get("/login");
        Response answer = RestAssured.given().redirects().follow(false).cookies(browser.cookies())
                .contentType("application/x-www-form-urlencoded").post("/login");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.asString()).contains("<h1>").doesNotContain("Exception");
    }

    @Test
    void badPercentEncodingInAFormGetsTheFriendlyPage() {
        WebClient browser = loggedIn();
        for (String[] post : new String[][] {
                {"/login", "caseNumber=%ZZ&pin=1"},
                {"/logout", "csrf-token=%%%"},
                {"/profile", "csrf-token=%%%&email=a"},
                {"/session/extend", "csrf-token=%%%"}}) {
            Response answer = RestAssured.given().redirects().follow(false).cookies(browser.cookies())
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").body(post[1])
                    .urlEncodingEnabled(false).post(post[0]);
            assertThat(answer.statusCode()).as(post[0]).isEqualTo(400);
            assertThat(answer.asString()).as(post[0]).doesNotContain("Exception");
        }
    }

    @Test
    void aDueDateAtTheEndOfTimeIsAFieldErrorNotACrash() {
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "claims[0].dueDate", "+999999999-12-31");
        given().header("X-Api-Key", fixtures.creditor(true)).contentType(ContentType.JSON).body(request)
                .post("/api/v1/cases").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("claims[0].dueDate"));
    }

    // 5. Headers on every answer.

    @Test
    void pathsThatLookLikeTheDevToolsStillGetTheCsp() {
        for (String path : new String[] {"/q/dev", "/q/devfoo", "/q/dev-ui/x", "/q/swagger-uix", "/q/swagger-ui"}) {
            Response answer = given().redirects().follow(false).get(path);
            assertThat(answer.header("Content-Security-Policy")).as(path).isNotNull();
        }
    }

    @Test
    void httpsAnswersCarryHsts() {
        assertThat(given().header("X-Forwarded-Proto", "https").get("/login").header("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(given().get("/login").header("Strict-Transport-Security")).as("plain HTTP").isNull();
    }

    @Test
    void theCsrfCookieIsSameSite() {
        String setCookie = given().get("/login").getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("csrf-token=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("SameSite=Strict").containsIgnoringCase("HttpOnly");
    }

    // 6. No Host-header trust.

    @Test
    void redirectsNeverNameTheHostTheRequestClaims() {
        Response start = given().redirects().follow(false).header("Host", "evil.example").get("/");
        assertThat(start.header("Location")).isEqualTo("/login");
        Response language = given().redirects().follow(false).header("Host", "evil.example")
                .get("/language/en?return=/rates");
        assertThat(language.header("Location")).isEqualTo("/rates");
        Response challenge = given().redirects().follow(false).header("Host", "evil.example").get("/cases");
        assertThat(challenge.header("Location")).doesNotContain("evil.example");
    }

    // 7. Wrong API keys are throttled: AttemptBudgetsTest, which runs with the production budget.

    // 9. Metrics that cannot be grown by strangers.

    @Test
    void metricsCarryRouteTemplatesOnly() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        given().redirects().follow(false).get("/cases/" + c.caseNumber());
        loggedIn().get("/cases/" + c.caseNumber() + "9");
        given().redirects().follow(false).delete("/random-path-" + System.nanoTime());
        given().redirects().follow(false).put("/cases/" + c.caseNumber());
        String metrics = Management.given().get("/q/metrics").asString();
        assertThat(metrics).doesNotContain(c.caseNumber()).doesNotContain("random-path-");
    }

    // 10. Input that is valid, not just escaped.

    @Test
    void anEmailAddressMustBeOne() {
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "debtor.email", "\"><script>alert(1)</script>@x.no");
        given().header("X-Api-Key", fixtures.creditor(true)).contentType(ContentType.JSON).body(request)
                .post("/api/v1/cases").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("debtor.email"));
        WebClient browser = loggedIn();
        Response profile = browser.submit("/profile", "/profile",
                Map.of("email", "\"><script>alert(1)</script>@x.no", "language", "nb"));
        assertThat(profile.statusCode()).isEqualTo(400);
    }

    @Test
    void namesAndAddressesRefuseDirectionOverridesAndControls() {
        for (String[] field : new String[][] {{"debtor.name", "Kari \u202Eonnamdro\u202C"},
                {"debtor.address.street", "Storgata 1\tB"}, {"claims[0].description", "Strøm\u2066x"}}) {
            Map<String, Object> request = IntakeRequests.consumer();
            Json.set(request, field[0], field[1]);
            given().header("X-Api-Key", fixtures.creditor(true)).contentType(ContentType.JSON).body(request)
                    .post("/api/v1/cases").then().statusCode(400)
                    .body("errors.field", org.hamcrest.Matchers.hasItem(field[0]));
        }
    }

    @Test
    void aPaymentFarAboveTheBalanceIsHeldForReviewNotBooked() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        String before = given().header("X-Api-Key", c.apiKey()).get("/api/v1/cases/" + c.caseNumber())
                .then().extract().path("balance.totalDue");
        given().header("X-Api-Key", c.apiKey()).contentType(ContentType.JSON)
                .body(Json.object("paymentId", "huge", "amount", "999999999.99", "paidOn",
                        java.time.LocalDate.now().minusDays(1).toString(), "kid", c.kid()))
                .post("/api/v1/cases/" + c.caseNumber() + "/payments").then().statusCode(202)
                .body("status", org.hamcrest.Matchers.equalTo("HELD"));
        given().header("X-Api-Key", c.apiKey()).get("/api/v1/cases/" + c.caseNumber()).then()
                .body("balance.totalDue", org.hamcrest.Matchers.equalTo(before))
                .body("balance.overpaid", org.hamcrest.Matchers.equalTo("0.00"));
    }

    private WebClient loggedIn() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        assertThat(browser.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
        return browser;
    }
}
