package no.minside.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The admin keeps each creditor's policy and key: an allocation order shows in that creditor's balances at once and
 * in no one else's; a rotated key works at once and the old one until its grace period ends; a second click rotates
 * nothing; other systems' keys are shown once and stop when revoked; every change is audited.
 */
@QuarkusTest
class AdminCreditorsTest {

    private static final String PAGE = "/staff/admin/creditors";

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    no.minside.plans.PlanFlows plans;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAllocationOrderShowsInThatCreditorsBalancesOnly() {
        clock.fixAt(Instant.parse("2025-10-10T10:00:00Z"));
        Fixtures.OpenedCase mine = paidCase();
        Fixtures.OpenedCase other = paidCase();
        // The default (costs, interest, principal): 100.00 → 35.00 IV fee, 4.56 interest, 60.44 principal.
        api(mine).body("balance.payments[0].toCosts", equalTo("35.00"))
                .body("balance.payments[0].toPrincipal", equalTo("60.44"));

        long creditor = fixtures.creditorId(mine.apiKey());
        WebClient admin = admin();
        Map<String, String> form = formOf(admin.getPage(PAGE + "/" + creditor));
        assertThat(form.get("allocationOrder")).isEqualTo("COSTS_INTEREST_PRINCIPAL");
        form.put("allocationOrder", "PRINCIPAL_INTEREST_COSTS");
        Response saved = admin.post(PAGE + "/" + creditor, form);
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        assertThat(admin.getPage(saved.header("Location")).select("[data-testid=creditor-saved]")).hasSize(1);

        // Principal first within the claim. The case-level collection notice fee (35.00) is paid before any claim in
        // every order (the engine's rule), so 65.00 goes to principal and none to interest: 335.00 left.
        api(mine).body("balance.payments[0].toCosts", equalTo("35.00"))
                .body("balance.payments[0].toInterest", equalTo("0.00"))
                .body("balance.payments[0].toPrincipal", equalTo("65.00"))
                .body("balance.principalOutstanding", equalTo("335.00"));
        api(other).body("balance.payments[0].toPrincipal", equalTo("60.44"));
        assertThat(fixtures.count("audit_log where action = 'CREDITOR_CHANGED' and target = 'creditor:" + creditor
                + "' and detail like 'allocationOrder: COSTS_INTEREST_PRINCIPAL → PRINCIPAL_INTEREST_COSTS%'"))
                .isEqualTo(1);
        assertThat(admin.getPage(PAGE).select("[data-creditor=" + creditor + "]").text())
                .contains("Hovedstol, så renter, så kostnader");
    }

    @Test
    void planPolicyOverridesAreValidatedAndKeptAsTyped() {
        String key = fixtures.creditor(true);
        long creditor = fixtures.creditorId(key);
        WebClient admin = admin();
        Map<String, String> form = formOf(admin.getPage(PAGE + "/" + creditor));
        form.put("minInstalment", "tre hundre");
        form.put("autoApproveMax", "500");
        form.put("months-1", "2");
        form.put("months-4", "121");
        form.put("contactEmail", "ikke-en-adresse");
        form.put("contactName", "Kari Nordmann");
        Response refused = admin.post(PAGE + "/" + creditor, form);
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.title()).startsWith("Feil: ");
        assertThat(page.select("[data-testid=error-summary] a").eachAttr("href"))
                .containsExactly("#minInstalment", "#autoApproveMax", "#months-1", "#months-4", "#contactEmail");
        assertThat(page.select("#months-1-error").text()).contains("færre måneder");
        assertThat(page.select("#minInstalment").attr("value")).isEqualTo("tre hundre");
        assertThat(page.select("#contactName").attr("value")).isEqualTo("Kari Nordmann");
        assertThat(fixtures.count("creditor where id = " + creditor + " and contact_name is not null")).isZero();

        form.put("minInstalment", "250");
        form.put("autoApproveMax", "20 000");
        form.put("months-1", "");
        form.put("months-4", "48");
        form.put("contactEmail", "kari@kreditor.no");
        form.put("surchargeWaived", "true");
        assertThat(admin.post(PAGE + "/" + creditor, form).statusCode()).isEqualTo(303);
        assertThat(fixtures.count("creditor where id = " + creditor + " and plan_min_instalment = 250 "
                + "and plan_auto_approve_max = 20000 and plan_surcharge_waived "
                + "and plan_max_months = array[3, 6, 12, 24, 48] and contact_email = 'kari@kreditor.no'"))
                .isEqualTo(1);
        Document again = admin.getPage(PAGE + "/" + creditor);
        assertThat(again.select("#months-4").attr("value")).isEqualTo("48");
        assertThat(again.select("#autoApproveMax").attr("value")).isEqualTo("20000");
    }

    @Test
    void aCreditorsPlanMonthsDecideTheEvaluationsFromThenOn() {
        Fixtures.OpenedCase c = plans.openCase("8000.00");
        String channel = fixtures.apiClient("CHANNEL");
        Map<String, Object> twelveMonths = Json.object("caseNumber", c.caseNumber(), "proposal",
                Json.object("months", 12, "firstDueDate", "2026-03-16"));
        // About 9 300 kr with the surcharge: the agency's band up to 10 000 kr allows 6 months.
        io.restassured.path.json.JsonPath before = evaluate(channel, twelveMonths);
        assertThat(before.getString("decision")).isNotEqualTo("APPROVED");
        assertThat(before.getString("policyVersion")).isEqualTo("agency-2026-1");

        long creditor = fixtures.creditorId(c.apiKey());
        WebClient admin = admin();
        Map<String, String> form = formOf(admin.getPage(PAGE + "/" + creditor));
        form.put("months-1", "12");
        assertThat(admin.post(PAGE + "/" + creditor, form).statusCode()).isEqualTo(303);

        io.restassured.path.json.JsonPath after = evaluate(channel, twelveMonths);
        assertThat(after.getString("decision")).isEqualTo("APPROVED");
        assertThat(after.getString("policyVersion")).startsWith("agency-2026-1/creditor-" + creditor + "-");
    }

    @Test
    void aChannelKeyMadeHereEvaluatesPlans() {
        Fixtures.OpenedCase c = plans.openCase("8000.00");
        WebClient admin = admin();
        Map<String, String> create = new LinkedHashMap<>();
        create.put("csrf-token", token(admin));
        create.put("step", "create-client");
        create.put("name", "Partner " + System.nanoTime());
        create.put("kind", "CHANNEL");
        String key = Jsoup.parse(admin.post(PAGE, create).asString()).select("[data-testid=new-key-value]").text();
        Map<String, Object> sixMonths = Json.object("caseNumber", c.caseNumber(), "proposal",
                Json.object("months", 6, "firstDueDate", "2026-03-16"));
        assertThat(evaluate(key, sixMonths).getString("decision")).isEqualTo("APPROVED");
        given().header("X-Api-Key", key).get("/api/v1/letters").then().statusCode(404);
    }

    private static io.restassured.path.json.JsonPath evaluate(String key, Map<String, Object> body) {
        return given().header("X-Api-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plan-evaluations").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aChangeFromAnOlderPageIsRefusedAndTheLoserIsTold() {
        String key = fixtures.creditor(true);
        long creditor = fixtures.creditorId(key);
        WebClient first = admin();
        WebClient second = admin();
        Map<String, String> mine = formOf(first.getPage(PAGE + "/" + creditor));
        Map<String, String> theirs = formOf(second.getPage(PAGE + "/" + creditor));
        mine.put("contactName", "Først");
        theirs.put("contactName", "Sist");
        assertThat(first.post(PAGE + "/" + creditor, mine).statusCode()).isEqualTo(303);
        Response lost = second.post(PAGE + "/" + creditor, theirs);
        assertThat(lost.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(lost.asString()).select("[data-testid=error-summary]").text())
                .contains("Noen andre endret");
        assertThat(Jsoup.parse(lost.asString()).select("#contactName").attr("value")).as("what was typed is kept")
                .isEqualTo("Sist");
        assertThat(Jsoup.parse(lost.asString()).select("[data-testid=current-state]").text()).as("beside how it is")
                .contains("Først");
        assertThat(fixtures.count("creditor where id = " + creditor + " and contact_name = 'Først'")).isEqualTo(1);
    }

    @Test
    void aRotatedKeyWorksAtOnceAndTheOldOneUntilItsGracePeriodEnds() {
        clock.fixAt(Instant.parse("2026-12-01T09:00:00Z"));
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        long creditor = fixtures.creditorId(c.apiKey());
        WebClient admin = admin();
        Document page = admin.getPage(PAGE + "/" + creditor);
        assertThat(page.select("[data-testid=new-key-value]")).isEmpty();
        Map<String, String> rotate = rotateForm(page, "7");
        WebClient other = admin();
        Map<String, String> sameMoment = rotateForm(other.getPage(PAGE + "/" + creditor), "7");

        Response shown = admin.post(PAGE + "/" + creditor, rotate);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.header("Cache-Control")).isEqualTo("no-store");
        String newKey = Jsoup.parse(shown.asString()).select("[data-testid=new-key-value]").text();
        assertThat(newKey).hasSizeGreaterThan(30).isNotEqualTo(c.apiKey());
        assertThat(Jsoup.parse(shown.asString()).select("[data-testid=old-key-until]").text()).contains("8.12.2026");

        Response twice = admin.post(PAGE + "/" + creditor, rotate);
        assertThat(twice.statusCode()).as("the second click lands on the creditor's page").isEqualTo(303);
        Document landed = admin.getPage(twice.header("Location"));
        assertThat(landed.select("[data-testid=key-shown-before]").text()).contains("første innsending");
        assertThat(landed.outerHtml()).as("shown once").doesNotContain(newKey);
        Response fromAnOlderPage = other.post(PAGE + "/" + creditor, sameMoment);
        assertThat(fromAnOlderPage.statusCode()).as("another admin's page from before the rotation").isEqualTo(409);
        assertThat(fromAnOlderPage.asString()).contains("allerede byttet");

        read(c.caseNumber(), newKey).statusCode(200);
        read(c.caseNumber(), c.apiKey()).statusCode(200);
        clock.shift(Duration.ofDays(7).minusSeconds(1));
        read(c.caseNumber(), c.apiKey()).statusCode(200);
        clock.shift(Duration.ofSeconds(1));
        read(c.caseNumber(), c.apiKey()).statusCode(401);
        read(c.caseNumber(), newKey).statusCode(200);
        assertThat(fixtures.count("audit_log where action = 'CREDITOR_KEY_ROTATED' and target = 'creditor:"
                + creditor + "'")).isEqualTo(1);
        assertThat(fixtures.count("audit_log where detail like '%" + newKey + "%'")).as("never logged").isZero();
    }

    @Test
    void withoutAGracePeriodTheOldKeyStopsAtOnce() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        long creditor = fixtures.creditorId(c.apiKey());
        WebClient admin = admin();
        Response shown = admin.post(PAGE + "/" + creditor, rotateForm(admin.getPage(PAGE + "/" + creditor), "0"));
        String newKey = Jsoup.parse(shown.asString()).select("[data-testid=new-key-value]").text();
        read(c.caseNumber(), c.apiKey()).statusCode(401);
        read(c.caseNumber(), newKey).statusCode(200);

        Map<String, String> noGrace = rotateForm(admin.getPage(PAGE + "/" + creditor), "5");
        Response refused = admin.post(PAGE + "/" + creditor, noGrace);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select("[data-testid=error-summary] a").attr("href"))
                .isEqualTo("#grace");
    }

    @Test
    void otherSystemsKeysAreShownOnceAndStopWhenRevoked() {
        WebClient admin = admin();
        String name = "Telefonsupport " + System.nanoTime();
        Map<String, String> create = new LinkedHashMap<>();
        create.put("csrf-token", token(admin));
        create.put("step", "create-client");
        create.put("name", name);
        create.put("kind", "PRINT");
        Response made = admin.post(PAGE, create);
        assertThat(made.statusCode()).isEqualTo(200);
        String key = Jsoup.parse(made.asString()).select("[data-testid=new-key-value]").text();
        given().header("X-Api-Key", key).get("/api/v1/letters").then().statusCode(200);

        create.put("csrf-token", token(admin));
        Response again = admin.post(PAGE, create);
        assertThat(again.statusCode()).as("the same name twice: a double click").isEqualTo(400);
        assertThat(Jsoup.parse(again.asString()).select("#name").attr("value")).isEqualTo(name);
        assertThat(fixtures.count("api_client where name = '" + name + "'")).isEqualTo(1);

        Document list = admin.getPage(PAGE);
        String client = list.select("[data-testid=client-row]:contains(" + name + ")").attr("data-client");
        String version = list.select("[data-client=" + client + "] input[name=version]").attr("value");
        Map<String, String> revoke = Map.of("csrf-token", token(admin), "step", "revoke-client", "client", client,
                "version", version);
        assertThat(admin.post(PAGE, revoke).statusCode()).isEqualTo(303);
        given().header("X-Api-Key", key).get("/api/v1/letters").then().statusCode(401);
        assertThat(fixtures.count("audit_log where action in ('API_CLIENT_CREATED', 'API_CLIENT_REVOKED') "
                + "and target = 'client:" + client + "'")).isEqualTo(2);

        Map<String, String> empty = Map.of("csrf-token", token(admin), "step", "create-client", "name", " ");
        Document refused = Jsoup.parse(admin.post(PAGE, empty).asString());
        assertThat(refused.select("[data-testid=error-summary] a").eachAttr("href")).containsExactly("#name", "#kind");
    }

    @Test
    void onlyAdminsReachThePages() {
        long creditor = fixtures.creditorId(fixtures.creditor(true));
        for (String role : List.of(Roles.SUPPORT, Roles.OFFICER)) {
            WebClient staff = new WebClient().loginAsStaff(fixtures.staff(role), Fixtures.STAFF_PASSWORD);
            String token = staff.getPage("/staff").select("input[name=csrf-token]").attr("value");
            for (String path : List.of(PAGE, PAGE + "/" + creditor)) {
                assertThat(staff.get(path).statusCode()).as(role + " " + path).isEqualTo(403);
                assertThat(staff.post(path, Map.of("csrf-token", token, "step", "rotate", "grace", "0"))
                        .statusCode()).as(role + " POST " + path).isEqualTo(403);
            }
        }
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        debtor.loginWithPin(c.caseNumber(), c.pin());
        for (String path : List.of(PAGE, PAGE + "/" + creditor)) {
            assertThat(debtor.get(path).statusCode()).as("a debtor session, " + path).isEqualTo(403);
        }
        assertThat(admin().get(PAGE + "/999999999").statusCode()).isEqualTo(404);
        assertThat(admin().get(PAGE + "/abc").statusCode()).isEqualTo(404);
        assertThat(fixtures.count("audit_log where action = 'CREDITOR_KEY_ROTATED' and target = 'creditor:"
                + creditor + "'")).isZero();
    }

    private Fixtures.OpenedCase paidCase() {
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "claims[0].principal", "400.00");
        Json.set(request, "claims[0].dueDate", "2025-09-01");
        request.put("collectionNoticeSentOn", "2025-09-20");
        Fixtures.OpenedCase c = fixtures.openCase(request);
        given().header("X-Api-Key", c.apiKey()).contentType(ContentType.JSON)
                .body(Json.object("paymentId", "p1", "amount", "100.00", "paidOn", "2025-10-05", "kid", c.kid()))
                .post("/api/v1/cases/" + c.caseNumber() + "/payments").then().statusCode(201);
        return c;
    }

    private WebClient admin() {
        return new WebClient().loginAsStaff(fixtures.staff(Roles.ADMIN), Fixtures.STAFF_PASSWORD);
    }

    /** The policy form's fields as the page fills them (checked boxes and radios only), with its CSRF token. */
    private static Map<String, String> formOf(Document page) {
        Map<String, String> fields = new LinkedHashMap<>();
        page.select("[data-testid=creditor-form] input").forEach(i -> {
            String type = i.attr("type");
            if ((!type.equals("checkbox") && !type.equals("radio")) || i.hasAttr("checked")) {
                fields.put(i.attr("name"), i.attr("value"));
            }
        });
        return fields;
    }

    private static Map<String, String> rotateForm(Document page, String grace) {
        Map<String, String> fields = new LinkedHashMap<>();
        page.select("[data-testid=key-rotate]").first().closest("form").select("input[type=hidden]")
                .forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        fields.put("grace", grace);
        return fields;
    }

    private static String token(WebClient admin) {
        return admin.getPage(PAGE).select("input[name=csrf-token]").attr("value");
    }

    private static io.restassured.response.ValidatableResponse api(Fixtures.OpenedCase c) {
        return read(c.caseNumber(), c.apiKey()).statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse read(String caseNumber, String key) {
        return given().header("X-Api-Key", key).get("/api/v1/cases/" + caseNumber).then();
    }
}
