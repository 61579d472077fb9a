package no.minside.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The debtor's overview and case pages, checked as HTML through the data-testid hooks. */
@QuarkusTest
class DebtorCasePagesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    TestCasePauses pauses;


    @Test
    void loggedOutPagesLeadToTheLogin() {
        WebClient browser = new WebClient();
        for (String path : new String[]{"/cases", "/cases/10000016", "/"}) {
            Response answer = browser.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(path.equals("/") ? 303 : 302);
            assertThat(answer.header("Location")).as(path).endsWith("/login");
        }
    }

    @Test
    void theOverviewListsTheCaseWithItsAmountDue() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = loggedIn(c);
        Document page = browser.getPage("/cases");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("[data-testid=case-row]")).hasSize(1);
        assertThat(page.select("[data-testid=case-number]").text()).isEqualTo(c.caseNumber());
        assertThat(page.select("[data-testid=case-status]").attr("data-status")).isEqualTo("COLLECTION_NOTICE");
        assertThat(page.select("[data-testid=balance-total]").attr("data-amount"))
                .isEqualTo(api(c).getString("balance.totalDue"));
        assertThat(page.select("[data-testid=next-deadline] time").attr("datetime")).isNotEmpty();
    }

    @Test
    void theDetailShowsTheEnginesBreakdown() {
        clock.fixAt(Instant.parse("2026-03-02T11:00:00Z"));
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.movedIn2024());
        RestAssured.given().header("X-Api-Key", c.apiKey()).contentType("application/json")
                .body(Json.object("paymentId", "p1", "amount", "500.00", "paidOn", "2025-06-30", "kid", c.kid()))
                .post("/api/v1/cases/" + c.caseNumber() + "/payments").then().statusCode(201);

        Document page = loggedIn(c).getPage("/cases/" + c.caseNumber());
        JsonPath balance = api(c);
        // By hand (DOMAIN.md): 1 000.00 due 2024-03-01, notice 2024-03-20, demand deadline 2024-04-18.
        // Notice fee 700 / 20 = 35.00; tungt salær from 2024-05-17 at today's sats: 2 × 0.35 × 750 = 525.00.
        // Interest on 1 000.00 (the 500.00 of 2025-06-30 went to the fees), 2024-03-02 … 2026-03-02:
        // (486 d × 12.50 + 184 d × 12.25 + 61 d × 12.00) × 1 000 / 36 500 = 9 061 000 / 36 500 = 248.2466 → 248.25.
        // The sum: 1 000.00 + 248.25 + (35.00 + 525.00) − 500.00 = 1 308.25.
        assertThat(amount(page, "balance-principal")).isEqualTo("1000.00");
        assertThat(amount(page, "balance-interest")).isEqualTo("248.25");
        assertThat(amount(page, "balance-fees")).isEqualTo("560.00");
        assertThat(amount(page, "balance-paid")).isEqualTo("500.00");
        assertThat(amount(page, "balance-total")).isEqualTo("1308.25");
        for (String[] line : new String[][] {{"balance-principal", "principal"}, {"balance-interest", "interest"},
                {"balance-fees", "fees"}, {"balance-paid", "paid"}, {"balance-total", "due"}}) {
            assertThat(amount(page, line[0])).isEqualTo(balance.getString("balance.sum." + line[1]));
        }
        assertThat(amount(page, "balance-total")).isEqualTo(balance.getString("balance.totalDue"));
        assertThat(page.select("[data-testid=fee-row]").eachAttr("data-type"))
                .containsExactly("COLLECTION_NOTICE_FEE", "HEAVY_FEE");
        assertThat(page.select("[data-testid=fee-row] td").text()).contains("inkassoforskriften");
        assertThat(page.select("[data-testid=interest-row]")).hasSize(balance.getList("balance.interest").size());
        assertThat(page.select("[data-testid=payment-row] td:nth-child(2) [data-amount]").first().attr("data-amount"))
                .isEqualTo("500.00");
        assertThat(page.select("[data-testid=pay-kid]").text()).isEqualTo(c.kid());
        assertThat(page.select("[data-testid=pay-account]").text()).isNotBlank();
        assertThat(page.select("[data-testid=task]").attr("data-phase")).as("past every deadline").isEqualTo("LEGAL");
        assertThat(page.select("[data-testid=next-deadline]")).as("no deadline lies ahead").isEmpty();
        assertThat(page.select("[data-testid=timeline-event]").eachAttr("data-type"))
                .contains("COLLECTION_NOTICE_SENT", "PAYMENT_DEMAND_SENT", "PAYMENT_RECEIVED");
        assertThat(page.select(".chart svg title").text()).isNotBlank();
        assertThat(page.select(".chart details table tbody tr")).isNotEmpty();
        // Norwegian money format in the text, plain value in data-amount.
        assertThat(page.select("[data-testid=balance-paid]").text().replace('\u00A0', ' ')).isEqualTo("500,00 kr");
    }

    /**
     * 12 345.67 due 2025-03-01, seen on 2026-12-01: four rate periods whose rows, rounded one by one, once made
     * 2 633.68 against a total of 2 633.69 (LateInterestTest works the øre out). Now the rows add up to the total
     * under them, which is the interest in the summary.
     */
    @Test
    void theInterestRowsAddUpToTheTotalUnderThem() {
        clock.fixAt(Instant.parse("2026-12-01T10:00:00Z"));
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "claims[0].principal", "12345.67");
        Json.set(request, "claims[0].dueDate", "2025-03-01");
        request.put("collectionNoticeSentOn", "2025-03-20");
        Fixtures.OpenedCase c = fixtures.openCase(request);

        Document page = loggedIn(c).getPage("/cases/" + c.caseNumber());

        assertThat(page.select("[data-testid=interest-row] td:last-child [data-amount]").eachAttr("data-amount"))
                .containsExactly("511.59", "762.39", "734.65", "625.06");
        assertThat(amount(page, "interest-total")).isEqualTo("2633.69");
        assertThat(amount(page, "balance-interest")).isEqualTo("2633.69");
    }

    @Test
    void aPausedCaseSaysSoAndAddsNoNewFee() {
        clock.fixAt(Instant.parse("2025-12-01T10:00:00Z"));
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "claims[0].dueDate", "2025-10-01");
        request.put("collectionNoticeSentOn", "2025-10-20");
        request.put("paymentDemandSentOn", "2025-11-04");
        Fixtures.OpenedCase c = fixtures.openCase(request);
        long caseId = fixtures.caseId(c.caseNumber());
        // Paused (an objection, say) before the payment-demand deadline 2025-11-18: no salær may follow.
        pauses.pause(caseId, java.time.LocalDate.parse("2025-11-10"));
        try {
            Document page = loggedIn(c).getPage("/cases/" + c.caseNumber());
            assertThat(page.select("[data-testid=fee-row]").eachAttr("data-type"))
                    .containsExactly("COLLECTION_NOTICE_FEE");
            assertThat(page.select("[data-testid=next-step]").text()).contains("står i bero");
            Document overview = loggedIn(c).getPage("/cases");
            assertThat(overview.select("[data-testid=badge-objection]")).as("the pause's own source says why")
                    .hasSize(1);
            assertThat(overview.select("[data-testid=badge-plan]")).isEmpty();
        } finally {
            pauses.resume(caseId);
        }
    }

    @Test
    void anotherCaseNumberIsNotFound() {
        Fixtures.OpenedCase mine = fixtures.openCase(IntakeRequests.consumer());
        Fixtures.OpenedCase theirs = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = loggedIn(mine);
        Response answer = browser.get("/cases/" + theirs.caseNumber());
        assertThat(answer.statusCode()).isEqualTo(404);
        Document notFound = org.jsoup.Jsoup.parse(answer.asString());
        assertThat(notFound.select("h1").text()).isEqualTo("Vi finner ikke siden");
        assertThat(notFound.select("main").text()).doesNotContain(theirs.caseNumber());
        assertThat(notFound.select("header a[href=/cases]")).as("the logged-in header stays").hasSize(1);
        assertThat(notFound.select("main a[href=/cases]").text()).isEqualTo("Gå til Mine saker");
        assertThat(browser.get("/cases/00000000").statusCode()).isEqualTo(404);
    }

    @Test
    void aPinLoginSeesOnlyItsOwnCaseEvenForTheSameDebtor() {
        String nationalId = Fixtures.nationalId();
        Fixtures.OpenedCase first = fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId));
        Fixtures.OpenedCase second = fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId));
        WebClient browser = loggedIn(first);
        assertThat(browser.getPage("/cases").select("[data-testid=case-number]").eachText())
                .containsExactly(first.caseNumber());
        assertThat(browser.get("/cases/" + second.caseNumber()).statusCode()).isEqualTo(404);
    }

    @Test
    void theLanguageSwitchAndAcceptLanguage() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = loggedIn(c);
        Document norwegian = browser.getPage("/cases");
        assertThat(norwegian.select("html").attr("lang")).isEqualTo("nb");
        assertThat(norwegian.select("h1").text()).isEqualTo("Mine saker");

        String switchUrl = norwegian.select("[data-testid=language-switch]").attr("href");
        Response switched = browser.get(switchUrl);
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.header("Location")).endsWith("/cases");
        Document english = browser.getPage("/cases");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("h1").text()).isEqualTo("My cases");

        Document fromHeader = new WebClient().language("en-GB,en;q=0.9").getPage("/login");
        assertThat(fromHeader.select("html").attr("lang")).isEqualTo("en");
        assertThat(fromHeader.select("h1").text()).isEqualTo("Log in to My page");
    }

    @Test
    void theLanguageSwitchNeverRedirectsOffSiteNorFails() {
        for (String target : new String[]{"//evil.example/x", "/%5Cevil.example", "https://evil.example/",
                "/a%20b", "/a%7Cb", "%00"}) {
            Response answer = new WebClient().get("/language/en?return=" + target);
            assertThat(answer.statusCode()).as(target).isEqualTo(303);
            assertThat(answer.header("Location")).as(target).doesNotContain("evil.example");
        }
    }

    @Test
    void oddCaseNumbersAreNotFound() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = loggedIn(c);
        for (String path : new String[]{"/cases/%00", "/cases/abc", "/cases/" + "9".repeat(300)}) {
            assertThat(browser.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    private WebClient loggedIn(Fixtures.OpenedCase c) {
        WebClient browser = new WebClient();
        assertThat(browser.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
        return browser;
    }

    private static JsonPath api(Fixtures.OpenedCase c) {
        return RestAssured.given().header("X-Api-Key", c.apiKey()).get("/api/v1/cases/" + c.caseNumber())
                .then().statusCode(200).extract().jsonPath();
    }

    private static String amount(Document page, String testId) {
        return page.select("[data-testid=" + testId + "]").attr("data-amount");
    }
}
