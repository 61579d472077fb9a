package no.minside.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.minside.common.Luhn;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class IntakeApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseRepository cases;

    @Inject
    PinHash pinHashes;

    private String apiKey;

    @BeforeEach
    void creditor() {
        apiKey = fixtures.creditor(true);
    }

    @Test
    void opensACaseAndAnswersWithCaseNumberAndKidButNeverThePin() {
        Map<String, Object> request = IntakeRequests.consumer();
        String caseNumber = open(apiKey, request).statusCode(201)
                .contentType(ContentType.JSON)
                .body("caseNumber", matchesPattern("[0-9]{8,12}"))
                .body("$", not(hasKey("pin")))
                .body("status", equalTo("COLLECTION_NOTICE"))
                .body("creditorReference", equalTo(request.get("creditorReference")))
                .extract().path("caseNumber");
        String kid = given().header("X-Api-Key", apiKey).get("/api/v1/cases/" + caseNumber)
                .then().statusCode(200)
                .body("status", equalTo("COLLECTION_NOTICE"))
                .body("claims[0].principal", equalTo("1200.00"))
                .body("claims[0].dueDate", equalTo("2025-09-01"))
                .body("collectionNoticeSentOn", equalTo(LocalDate.now(ZoneId.of("Europe/Oslo")).toString()))
                .body("debtor.maskedNationalId", matchesPattern("[0-9]{6}\\*{5}"))
                .body("timeline.type", hasItem("COLLECTION_NOTICE_SENT"))
                .extract().path("kid");
        assertThat(Luhn.isValid(caseNumber)).as("case number carries a check digit").isTrue();
        assertThat(Luhn.isValid(kid)).as("KID is mod-10").isTrue();
    }

    @Test
    void storesOnlyAHashOfThePin() {
        Map<String, Object> request = IntakeRequests.consumer();
        ValidatableResponse answer = open(apiKey, request).statusCode(201);
        String pin = fixtures.letterPin(answer.extract().path("caseNumber"));
        assertThat(pin).as("the PIN the collection notice carries").matches("[0-9]{8}");
        String pinHash = pinHashOf(answer.extract().path("caseNumber"));
        assertThat(pinHash).doesNotContain(pin).startsWith("h1$");
        assertThat(pinHashes.matches(pin, pinHash)).isTrue();
        assertThat(new PinHash(() -> "another-key-than-the-applications-0123456789").matches(pin, pinHash))
                .as("without PIN_KEY the stored hash tests no PIN").isFalse();
    }

    @Test
    void theSameReferenceReturnsTheSameCase() {
        Map<String, Object> request = IntakeRequests.consumer();
        String first = open(apiKey, request).statusCode(201).extract().path("caseNumber");
        open(apiKey, request).statusCode(200)
                .body("caseNumber", equalTo(first))
                .body("$", not(hasKey("pin")));
        assertThat(fixtures.count("collection_case where creditor_reference = '"
                + request.get("creditorReference") + "'")).isEqualTo(1);
    }

    @Test
    void twoCasesForOnePersonShareTheDebtor() {
        String nationalId = Fixtures.nationalId();
        open(apiKey, IntakeRequests.consumer(Fixtures.reference(), nationalId)).statusCode(201);
        open(apiKey, IntakeRequests.consumer(Fixtures.reference(), nationalId)).statusCode(201);
        assertThat(fixtures.count("debtor where national_id = '" + nationalId + "'")).isEqualTo(1);
    }

    @Test
    void aBusinessDebtorIsIdentifiedByOrganisationNumber() {
        open(apiKey, IntakeRequests.business()).statusCode(201).body("status", equalTo("COLLECTION_NOTICE"));
    }

    @Test
    void aMovedCaseKeepsItsNoticeDates() {
        Map<String, Object> request = IntakeRequests.consumer();
        request.put("collectionNoticeSentOn", "2025-09-20");
        request.put("paymentDemandSentOn", "2025-10-06");
        String caseNumber = open(apiKey, request).statusCode(201)
                .body("status", equalTo("PAYMENT_DEMAND")).extract().path("caseNumber");
        given().header("X-Api-Key", apiKey).get("/api/v1/cases/" + caseNumber).then().statusCode(200)
                .body("collectionNoticeSentOn", equalTo("2025-09-20"))
                .body("collectionNoticeDeadline", equalTo("2025-10-04"))
                .body("paymentDemandSentOn", equalTo("2025-10-06"))
                .body("paymentDemandDeadline", equalTo("2025-10-20"));
    }

    @Test
    void anotherCreditorsCaseIsNotFound() {
        String caseNumber = open(apiKey, IntakeRequests.consumer()).statusCode(201).extract().path("caseNumber");
        String otherKey = fixtures.creditor(true);
        given().header("X-Api-Key", otherKey).get("/api/v1/cases/" + caseNumber)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("X-Api-Key", otherKey).contentType(ContentType.JSON)
                .body(Json.object("paymentId", "x1", "amount", "10.00", "paidOn", "2025-10-01", "kid", "12345"))
                .post("/api/v1/cases/" + caseNumber + "/payments")
                .then().statusCode(404);
    }

    @Test
    void aMissingOrWrongApiKeyIsUnauthorized() {
        given().contentType(ContentType.JSON).body(IntakeRequests.consumer()).post("/api/v1/cases")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().header("X-Api-Key", "not-a-key").contentType(ContentType.JSON).body(IntakeRequests.consumer())
                .post("/api/v1/cases").then().statusCode(401);
        given().header("X-Api-Key", "not-a-key").get("/api/v1/cases/10000016").then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(nullValues = "NULL", value = {
            "creditorReference,               NULL,               creditorReference",
            "creditorReference,               '',                 creditorReference",
            "creditorReference,               'has spaces',       creditorReference",
            "debtor.kind,                     NULL,               debtor.kind",
            "debtor.nationalId,               NULL,               debtor.nationalId",
            "debtor.nationalId,               15038520073,        debtor.nationalId",
            "debtor.nationalId,               1503852007,         debtor.nationalId",
            "debtor.organisationNumber,       923100008,          debtor.organisationNumber",
            "debtor.name,                     '',                 debtor.name",
            "debtor.address,                  NULL,               debtor.address",
            "debtor.address.postalCode,       01550,              debtor.address.postalCode",
            "debtor.address.city,             NULL,               debtor.address.city",
            "debtor.email,                    not-an-email,       debtor.email",
            "debtor.phone,                    call me,            debtor.phone",
            "claims[0].invoiceNumber,         NULL,               claims[0].invoiceNumber",
            "claims[0].description,           '',                 claims[0].description",
            "claims[0].principal,             NULL,               claims[0].principal",
            "claims[0].principal,             0.00,               claims[0].principal",
            "claims[0].principal,             -5.00,              claims[0].principal",
            "claims[0].principal,             100.001,            claims[0].principal",
            "claims[0].principal,             one hundred,        claims[0].principal",
            "claims[0].dueDate,               NULL,               claims[0].dueDate",
            "claims[0].dueDate,               2999-01-01,         claims[0].dueDate",
            "claims[0].dueDate,               2025-13-01,         claims[0].dueDate",
            "claims[0].reminderFee,           -1.00,              claims[0].reminderFee",
            "claims[0].principal,             1e2147483647,       claims[0].principal",
            "claims[0].principal,             10000000000.00,     claims[0].principal",
            "claims[0].dueDate,               2021-03-01,         claims[0].dueDate",
            "claims[0].dueDate,               -0001-01-01,        claims[0].dueDate",
            "debtor.phone,                    +46 12,             debtor.phone",
            "collectionNoticeSentOn,          2999-01-01,         collectionNoticeSentOn",
            "collectionNoticeSentOn,          2025-09-10,         claims[0].dueDate",
            "paymentDemandSentOn,             2025-01-01,         collectionNoticeSentOn",
    })
    void eachInvalidFieldIsNamedAndNothingIsStored(String path, String value, String expectedField) {
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, path, value);
        long casesBefore = fixtures.count("collection_case");
        long debtorsBefore = fixtures.count("debtor");
        open(apiKey, request).statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(expectedField));
        assertThat(fixtures.count("collection_case")).isEqualTo(casesBefore);
        assertThat(fixtures.count("debtor")).isEqualTo(debtorsBefore);
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "debtor.nationalId", "12345678901");
        Json.set(request, "claims[0].principal", "0");
        Json.set(request, "debtor.address.postalCode", "X");
        open(apiKey, request).statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder(
                        "claims[0].principal", "debtor.address.postalCode", "debtor.nationalId"));
    }

    @Test
    void aControlCharacterIsRefusedNotStored() {
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "claims[0].description", "Strøm\u0000oktober");
        open(apiKey, request).statusCode(400).body("errors.field", hasItem("claims[0].description"));
    }

    @Test
    void parallelCasesForOneNewDebtorAllSucceed() throws Exception {
        String nationalId = Fixtures.nationalId();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> open(apiKey, IntakeRequests.consumer(Fixtures.reference(), nationalId))
                        .extract().statusCode()));
            }
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(fixtures.count("debtor where national_id = '" + nationalId + "'")).isEqualTo(1);
    }

    @Test
    void oddCaseNumbersAreNotFound() {
        for (String caseNumber : new String[]{"%00", "abc", "9".repeat(200)}) {
            given().header("X-Api-Key", apiKey).urlEncodingEnabled(false).get("/api/v1/cases/" + caseNumber)
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void twoClaimsWithTheSameInvoiceNumberAreRefused() {
        Map<String, Object> request = IntakeRequests.consumer();
        @SuppressWarnings("unchecked")
        java.util.List<Object> claims = (java.util.List<Object>) request.get("claims");
        claims.add(Json.object("invoiceNumber", "10042", "description", "Again", "principal", "10.00",
                "dueDate", "2025-09-01"));
        open(apiKey, request).statusCode(400).body("errors.field", hasItem("claims[1].invoiceNumber"));
    }

    @Test
    void aBodyThatIsNotJsonIsAProblemNotAStackTrace() {
        given().header("X-Api-Key", apiKey).contentType(ContentType.JSON).body("{\"claims\": [")
                .post("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("at no.minside")));
    }

    static ValidatableResponse open(String apiKey, Map<String, Object> request) {
        return given().header("X-Api-Key", apiKey).contentType(ContentType.JSON).body(request)
                .post("/api/v1/cases").then();
    }

    @Transactional
    String pinHashOf(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).orElseThrow().pinHash;
    }
}
