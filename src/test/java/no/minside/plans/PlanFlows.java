package no.minside.plans;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import no.minside.cases.IntakeRequests;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps the plan tests share: a case opened on a fixed day, the debtor's browser, a proposal and its answer,
 * accepting it, a staff member's browser, and payments by the case's KID.
 */
@ApplicationScoped
public class PlanFlows {

    /** Monday 2 March 2026, 11:00 in Oslo. */
    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    public static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    private final Fixtures fixtures;
    private final TestClock clock;

    PlanFlows(Fixtures fixtures, TestClock clock) {
        this.fixtures = fixtures;
        this.clock = clock;
    }

    /**
     * A consumer case of one claim of {@code principal} due 2026-01-15, opened today (the collection notice is
     * sent today: notice fee 750 / 20 = 37.50), with the clock fixed at {@link #NOW}.
     */
    public Fixtures.OpenedCase openCase(String principal) {
        return openCase(principal, Fixtures.nationalId());
    }

    /** The same, for this person: a second case of the same debtor. */
    public Fixtures.OpenedCase openCase(String principal, String nationalId) {
        clock.fixAt(NOW);
        Map<String, Object> request = IntakeRequests.consumer(Fixtures.reference(), nationalId);
        Json.set(request, "claims[0].principal", principal);
        Json.set(request, "claims[0].dueDate", "2026-01-15");
        return fixtures.openCase(request);
    }

    /** The debtor's browser, logged in with the letter's case number and PIN. */
    public WebClient debtor(Fixtures.OpenedCase c) {
        WebClient browser = new WebClient();
        assertThat(browser.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
        return browser;
    }

    /** A staff member's browser with this role. */
    public WebClient staff(String role) {
        return new WebClient().loginAsStaff(fixtures.staff(role), Fixtures.STAFF_PASSWORD);
    }

    /** Posts the proposal form (the fields given, the rest empty). */
    public Response propose(WebClient browser, Fixtures.OpenedCase c, Map<String, String> fields) {
        String path = "/cases/" + c.caseNumber() + "/plan";
        return browser.submit(path, path, fields);
    }

    /** Posts the proposal and follows the redirect to the answer. */
    public Document answer(WebClient browser, Fixtures.OpenedCase c, Map<String, String> fields) {
        Response posted = propose(browser, c, fields);
        assertThat(posted.statusCode()).as(posted.asString()).isEqualTo(303);
        return browser.getPage(posted.header("Location"));
    }

    /** Accepts the evaluation on the answer page ({@code n}-th accept form: 0 for the first). */
    public Response accept(WebClient browser, Document answer, int n) {
        var form = answer.select("form[action$=/plan/accept]").get(n);
        Map<String, String> body = new HashMap<>();
        form.select("input[type=hidden]").forEach(i -> body.put(i.attr("name"), i.attr("value")));
        return browser.post(form.attr("action"), body);
    }

    /**
     * A plan the service refers to a case officer, sent: 6 months on 8 000 kr with a budget short of living costs.
     * Returns the plan's reference.
     */
    public String referred(Fixtures.OpenedCase c) {
        WebClient debtor = debtor(c);
        Document answer = answer(debtor, c, Map.of("months", "6", "firstDueDate", "16.3.2026",
                "netIncome", "15 000", "housing", "8000"));
        assertThat(answer.select("[data-testid=plan-decision]").attr("data-decision")).isEqualTo("REFERRED");
        Response sent = accept(debtor, answer, 0);
        return debtor.getPage(sent.header("Location")).select("[data-testid=plan-reference]").text();
    }

    /** The hidden fields of the first form posting to {@code action} on a page, CSRF token included. */
    public static Map<String, String> hidden(Document page, String action) {
        Map<String, String> body = new HashMap<>();
        page.selectFirst("form[action=" + action + "]").select("input[type=hidden]")
                .forEach(i -> body.put(i.attr("name"), i.attr("value")));
        return body;
    }

    /** A payment by the case's KID through the creditor API; its answer. */
    public Response pay(Fixtures.OpenedCase c, String amount, LocalDate paidOn) {
        return RestAssured.given().header("X-Api-Key", c.apiKey()).contentType(ContentType.JSON)
                .body(Json.object("paymentId", "plan-" + amount + "-" + paidOn + "-" + System.nanoTime(),
                        "amount", amount, "paidOn", paidOn.toString(), "kid", c.kid()))
                .post("/api/v1/cases/" + c.caseNumber() + "/payments");
    }

    /** The case as its creditor reads it. */
    public io.restassured.path.json.JsonPath status(Fixtures.OpenedCase c) {
        return RestAssured.given().header("X-Api-Key", c.apiKey()).get("/api/v1/cases/" + c.caseNumber())
                .then().statusCode(200).extract().jsonPath();
    }

    public static Document parse(Response response) {
        return Jsoup.parse(response.asString());
    }

    public static String amount(Document page, String testId) {
        return page.select("[data-testid=" + testId + "]").first().attr("data-amount");
    }
}
