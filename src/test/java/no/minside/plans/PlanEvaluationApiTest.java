package no.minside.plans;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.support.Fixtures;
import no.minside.support.Management;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static no.minside.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/plan-evaluations}: a channel's key for any case, a creditor's key for its own; every
 * authentication case; problem details naming each bad field; the answer with every rule in both languages.
 */
@QuarkusTest
class PlanEvaluationApiTest {

    @Inject
    PlanFlows flows;

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> request(String caseNumber, Object proposal) {
        return object("caseNumber", caseNumber, "proposal", proposal);
    }

    private static Map<String, Object> months(int months, String firstDue) {
        return object("months", months, "firstDueDate", firstDue);
    }

    private static Response post(String key, Object body) {
        var spec = RestAssured.given().contentType(ContentType.JSON);
        if (key != null) {
            spec.header("X-Api-Key", key);
        }
        return spec.body(body).post("/api/v1/plan-evaluations");
    }

    @Test
    void aChannelEvaluatesAnyCaseAndGetsEveryRuleInBothLanguages() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        long before = fixtures.count("plan_evaluation");
        Response answer = post(fixtures.apiClient("CHANNEL"), request(c.caseNumber(), months(6, "2026-03-16")));
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        JsonPath json = answer.jsonPath();
        assertThat(json.getString("decision")).isEqualTo("APPROVED");
        assertThat(json.getString("evaluationId")).matches("[0-9a-f-]{36}");
        assertThat(json.getString("policyVersion")).isEqualTo("agency-2026-1");
        assertThat(json.getString("caseNumber")).isEqualTo(c.caseNumber());
        assertThat(json.getList("rules")).hasSize(11);
        assertThat(json.getString("rules.find { it.rule == 'MIN_INSTALMENT' }.reason.nb")).contains("minst 300,00");
        assertThat(json.getString("rules.find { it.rule == 'MIN_INSTALMENT' }.reason.en")).contains("at least NOK");
        assertThat(json.getString("terms.instalment")).isEqualTo("1593.00");
        assertThat(json.getString("terms.surcharge")).as("money as strings with two decimals").isEqualTo("1125.00");
        assertThat(json.getString("terms.balanceToday")).isEqualTo("8158.49");
        assertThat(json.getString("terms.totalBeforePlan")).isEqualTo("9283.49");
        assertThat(json.getList("terms.schedule")).hasSize(6);
        assertThat(json.getString("terms.schedule[0].dueDate")).isEqualTo("2026-03-16");
        assertThat(json.getString("counterOffer")).isNull();
        assertThat(fixtures.count("plan_evaluation")).isEqualTo(before + 1);
        assertThat(fixtures.count("plan_evaluation where channel = 'CHANNEL' and public_id = '"
                + json.getString("evaluationId") + "' and inputs ->> 'today' = '2026-03-02'")).isEqualTo(1);
        assertThat(fixtures.count("payment_plan where case_id = " + fixtures.caseId(c.caseNumber())))
                .as("an evaluation makes no plan").isZero();
    }

    @Test
    void aRejectedProposalComesWithACounterOfferOfItsOwn() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        JsonPath json = post(fixtures.apiClient("CHANNEL"), request(c.caseNumber(),
                object("monthlyAmount", "100.00", "firstDueDate", "2026-03-16"))).then().statusCode(200)
                .extract().jsonPath();
        assertThat(json.getString("decision")).isEqualTo("REJECTED");
        assertThat(json.getList("rules.findAll { !it.passed }.rule")).contains("MIN_INSTALMENT");
        assertThat(json.getString("counterOffer.evaluationId")).isNotEqualTo(json.getString("evaluationId"));
        assertThat(json.getInt("counterOffer.terms.months")).isEqualTo(6);
        assertThat(fixtures.count("plan_evaluation where public_id = '" + json.getString("counterOffer.evaluationId")
                + "' and decision = 'APPROVED' and counter_offer_of is not null")).isEqualTo(1);
    }

    @Test
    void aBudgetIsJudgedWithTheLivingAllowances() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        Map<String, Object> body = request(c.caseNumber(), months(6, "2026-03-16"));
        body.put("budget", object("netIncome", "40000.00", "housing", "12000.00", "adults", 2, "children6to10", 1,
                "otherDebts", "1500.00"));
        JsonPath json = post(fixtures.apiClient("CHANNEL"), body).then().statusCode(200).extract().jsonPath();
        // 40 000 − 12 000 − (2 × 9 082 + 4 553) − 1 500 = 3 783.00
        assertThat(json.getString("disposableIncome")).isEqualTo("3783.00");
        assertThat(json.getString("decision")).isEqualTo("APPROVED");
    }

    @Test
    void aCreditorsKeyEvaluatesItsOwnCasesOnly() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        Response own = post(c.apiKey(), request(c.caseNumber(), months(3, "2026-03-16")));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(fixtures.count("plan_evaluation where channel = 'CREDITOR' and public_id = '"
                + own.jsonPath().getString("evaluationId") + "'")).isEqualTo(1);
        Response another = post(fixtures.creditor(true), request(c.caseNumber(), months(3, "2026-03-16")));
        assertThat(another.statusCode()).as("another creditor's case is not there").isEqualTo(404);
        assertThat(another.contentType()).startsWith("application/problem+json");
    }

    @Test
    void everyOtherKeyIsRefused() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        Map<String, Object> body = request(c.caseNumber(), months(3, "2026-03-16"));
        assertThat(post(null, body).statusCode()).as("no key").isEqualTo(401);
        assertThat(post("", body).statusCode()).as("an empty key").isEqualTo(401);
        Response wrong = post("not-a-key-anyone-has", body);
        assertThat(wrong.statusCode()).as("an unknown key").isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).contains("X-Api-Key");
        assertThat(post("x".repeat(500), body).statusCode()).as("no key is that long").isEqualTo(401);
        assertThat(post(fixtures.printServiceKey(), body).statusCode()).as("the print service's key").isEqualTo(404);
        assertThat(post(fixtures.apiClient("CHANNEL"), request("99999999", months(3, "2026-03-16"))).statusCode())
                .as("no such case").isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
        "no proposal                  | {\"caseNumber\": \"CASE\"}                                                        | proposal",
        "neither amount nor months    | {\"caseNumber\": \"CASE\", \"proposal\": {\"firstDueDate\": \"2026-03-16\"}}        | proposal",
        "both amount and months       | {\"caseNumber\": \"CASE\", \"proposal\": {\"months\": 3, \"monthlyAmount\": \"500.00\", \"firstDueDate\": \"2026-03-16\"}} | proposal.months",
        "no first due date            | {\"caseNumber\": \"CASE\", \"proposal\": {\"months\": 3}}                          | proposal.firstDueDate",
        "months 0                     | {\"caseNumber\": \"CASE\", \"proposal\": {\"months\": 0, \"firstDueDate\": \"2026-03-16\"}} | proposal.months",
        "months 121                   | {\"caseNumber\": \"CASE\", \"proposal\": {\"months\": 121, \"firstDueDate\": \"2026-03-16\"}} | proposal.months",
        "three decimals               | {\"caseNumber\": \"CASE\", \"proposal\": {\"monthlyAmount\": \"500.005\", \"firstDueDate\": \"2026-03-16\"}} | proposal.monthlyAmount",
        "a negative amount            | {\"caseNumber\": \"CASE\", \"proposal\": {\"monthlyAmount\": \"-500.00\", \"firstDueDate\": \"2026-03-16\"}} | proposal.monthlyAmount",
        "an amount that is no number  | {\"caseNumber\": \"CASE\", \"proposal\": {\"monthlyAmount\": \"fem hundre\", \"firstDueDate\": \"2026-03-16\"}} | proposal.monthlyAmount",
        "a date that is no date       | {\"caseNumber\": \"CASE\", \"proposal\": {\"months\": 3, \"firstDueDate\": \"16.3.2026\"}} | proposal.firstDueDate",
        "a date years away            | {\"caseNumber\": \"CASE\", \"proposal\": {\"months\": 3, \"firstDueDate\": \"2030-03-16\"}} | proposal.firstDueDate",
        "a case number that is none   | {\"caseNumber\": \"12ab\", \"proposal\": {\"months\": 3, \"firstDueDate\": \"2026-03-16\"}} | caseNumber",
        "no case number               | {\"proposal\": {\"months\": 3, \"firstDueDate\": \"2026-03-16\"}}                   | caseNumber",
        "a budget without income      | {\"caseNumber\": \"CASE\", \"proposal\": {\"months\": 3, \"firstDueDate\": \"2026-03-16\"}, \"budget\": {\"housing\": \"100.00\"}} | budget.netIncome",
        "no adult in the household    | {\"caseNumber\": \"CASE\", \"proposal\": {\"months\": 3, \"firstDueDate\": \"2026-03-16\"}, \"budget\": {\"netIncome\": \"100.00\", \"adults\": 0}} | budget.adults",
        "a hundred children           | {\"caseNumber\": \"CASE\", \"proposal\": {\"months\": 3, \"firstDueDate\": \"2026-03-16\"}, \"budget\": {\"netIncome\": \"100.00\", \"children0to5\": 100}} | budget.children0to5",
        "a proposal that is a string  | {\"caseNumber\": \"CASE\", \"proposal\": \"six months\"}                            | proposal",
    })
    void badInputIsNamedInProblemDetails(String what, String body, String field) {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        Response answer = post(fixtures.apiClient("CHANNEL"), body.replace("CASE", c.caseNumber()));
        assertThat(answer.statusCode()).as(what + ": " + answer.asString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getList("errors.field")).as(what + ": " + answer.asString()).contains(field);
        assertThat(answer.asString()).doesNotContain("Exception").doesNotContain("at no.minside");
    }

    @Test
    void anEmptyBodyAndACaseWithNothingToPayAreNamedToo() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        String key = fixtures.apiClient("CHANNEL");
        Response empty = RestAssured.given().header("X-Api-Key", key).contentType(ContentType.JSON)
                .post("/api/v1/plan-evaluations");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.jsonPath().getList("errors.field")).containsExactly("body");
        Response notJson = RestAssured.given().header("X-Api-Key", key).contentType(ContentType.JSON)
                .body("{\"caseNumber\":").post("/api/v1/plan-evaluations");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");
        flows.pay(c, flows.status(c).getString("balance.totalDue"), PlanFlows.TODAY);
        Response paid = post(key, request(c.caseNumber(), months(3, "2026-03-16")));
        assertThat(paid.statusCode()).isEqualTo(400);
        assertThat(paid.jsonPath().getList("errors.field")).containsExactly("caseNumber");
    }

    @Test
    void theOpenApiDocumentDescribesItWithExamples() {
        String openapi = Management.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        JsonPath doc = new JsonPath(openapi);
        assertThat(doc.getMap("paths")).containsKey("/api/v1/plan-evaluations");
        assertThat(openapi).contains("six months with a budget").contains("counterOffer").contains("reason");
    }
}
