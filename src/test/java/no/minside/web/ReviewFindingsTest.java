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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What a review of the letter-PIN change found with real requests, each shown failing before its fix. */
@QuarkusTest
class ReviewFindingsTest {

    @Inject
    Fixtures fixtures;

    @Test
    void parallelPaymentsAreWeighedOneAfterTheOther() throws Exception {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        String paidOn = LocalDate.now().minusDays(1).toString();
        List<Integer> statuses = parallel(8, i -> given().header("X-Api-Key", c.apiKey())
                .contentType(ContentType.JSON)
                .body(Json.object("paymentId", "parallel-" + i, "amount", "1500.00", "paidOn", paidOn, "kid", c.kid()))
                .post("/api/v1/cases/" + c.caseNumber() + "/payments").statusCode());
        // Due is about 1 200 kr: the first payment is booked (about 300 kr over), the rest would overpay by
        // 1 500 kr each and are held.
        assertThat(statuses).containsOnly(201, 202);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        given().header("X-Api-Key", c.apiKey()).get("/api/v1/cases/" + c.caseNumber()).then()
                .body("balance.paidTotal", org.hamcrest.Matchers.equalTo("1500.00"));
    }

    @Test
    void aDoubleClickedProfileSaveSavesOnce() throws Exception {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        browser.loginWithPin(c.caseNumber(), c.pin());
        String token = browser.getPage("/profile").select("form[action=/profile] input[name=csrf-token]").attr("value");
        List<Integer> statuses = parallel(6, i -> browser.post("/profile", Map.of("csrf-token", token,
                "email", "ny" + i + "@example.no", "language", "nb")).statusCode());
        assertThat(statuses).containsOnly(303);
        assertThat(fixtures.count("case_contact where case_id = " + fixtures.caseId(c.caseNumber()))).isEqualTo(1);
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIsTheClientsError() {
        io.restassured.config.RestAssuredConfig raw = RestAssured.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig().encodeContentTypeAs("///", ContentType.TEXT));
        Response page = RestAssured.given().config(raw).redirects().follow(false).header("Content-Type", "///")
                .body("x").post("/logout");
        assertThat(page.statusCode()).isEqualTo(400);
        Response api = RestAssured.given().config(raw).header("Content-Type", "///").body("x").post("/api/v1/cases");
        assertThat(api.statusCode()).isEqualTo(415);
    }

    @Test
    void aCreditorsIntakeNeverChangesThePersonsOwnContactDetails() {
        String nationalId = Fixtures.nationalId();
        Map<String, Object> first = IntakeRequests.consumer(Fixtures.reference(), nationalId);
        fixtures.openCase(first);
        Map<String, Object> second = IntakeRequests.consumer(Fixtures.reference(), nationalId);
        Json.set(second, "debtor.email", "attacker@creditor-b.example");
        Fixtures.OpenedCase b = fixtures.openCase(second);
        assertThat(fixtures.debtorEmail(nationalId)).as("the person's own address, set by no creditor").isNull();
        WebClient holder = new WebClient();
        holder.loginWithPin(b.caseNumber(), b.pin());
        assertThat(holder.getPage("/profile").select("#email").attr("value"))
                .as("creditor B's address is for creditor B's case").isEqualTo("attacker@creditor-b.example");
    }

    @Test
    void invisibleSeparatorsAndFormatCharactersAreNotOneLineOfText() {
        for (String name : new String[] {"Kari\u2028Nordmann", "Kari\u200BNordmann", "\uFEFFKari"}) {
            Map<String, Object> request = IntakeRequests.consumer();
            Json.set(request, "debtor.name", name);
            given().header("X-Api-Key", fixtures.creditor(true)).contentType(ContentType.JSON).body(request)
                    .post("/api/v1/cases").then().statusCode(400)
                    .body("errors.field", org.hamcrest.Matchers.hasItem("debtor.name"));
        }
    }

    @Test
    void oddMethodsDoNotAddMetricSeries() {
        for (int i = 0; i < 3; i++) {
            given().request("ZZMETH" + i, "/login");
        }
        assertThat(Management.given().get("/q/metrics").asString()).doesNotContain("ZZMETH");
    }

    @Test
    void theLettersApiNamesABadQueryParameter() {
        String key = fixtures.printServiceKey();
        given().header("X-Api-Key", key).queryParam("limit", "abc").get("/api/v1/letters").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("limit"));
        given().header("X-Api-Key", key).queryParam("after", "99999999999999999999").get("/api/v1/letters").then()
                .statusCode(400);
    }

    @Test
    void aLetterWhosePinCannotBeOpenedDoesNotStopThePrinting() {
        String creditorKey = fixtures.creditor(true);
        String caseNumber = given().header("X-Api-Key", creditorKey).contentType(ContentType.JSON)
                .body(IntakeRequests.consumer()).post("/api/v1/cases").then().statusCode(201).extract()
                .path("caseNumber");
        fixtures.sealLetterWithAnotherKey(caseNumber);
        List<Map<String, Object>> letters = given().header("X-Api-Key", fixtures.printServiceKey())
                .get("/api/v1/letters").then().statusCode(200).extract().jsonPath().getList("letters");
        Map<String, Object> lost = letters.stream().filter(l -> caseNumber.equals(l.get("caseNumber"))).findFirst()
                .orElseThrow();
        assertThat(lost).containsEntry("pinLost", true).doesNotContainKey("pin");
    }

    private static List<Integer> parallel(int n, java.util.function.IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                calls.add(() -> request.apply(index));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
