package no.minside.cases.payments;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class PaymentApiTest {

    @Inject
    Fixtures fixtures;

    private String apiKey;
    private String caseNumber;
    private String kid;

    @BeforeEach
    void openCase() {
        apiKey = fixtures.creditor(true);
        ValidatableResponse opened = given().header("X-Api-Key", apiKey).contentType(ContentType.JSON)
                .body(IntakeRequests.consumer()).post("/api/v1/cases").then().statusCode(201);
        caseNumber = opened.extract().path("caseNumber");
        kid = opened.extract().path("kid");
    }

    @Test
    void registersAPaymentOnce() {
        Map<String, Object> payment = Json.object("paymentId", "bank-1", "amount", "500.00", "paidOn", "2025-10-01",
                "kid", kid);
        pay(payment).statusCode(201).body("amount", equalTo("500.00")).body("paymentId", equalTo("bank-1"));
        pay(payment).statusCode(200).body("amount", equalTo("500.00"));
        given().header("X-Api-Key", apiKey).get("/api/v1/cases/" + caseNumber).then().statusCode(200)
                .body("payments.size()", equalTo(1))
                .body("payments[0].amount", equalTo("500.00"))
                .body("timeline.type", hasItem("PAYMENT_RECEIVED"));
        assertThat(fixtures.count("payment where external_id = 'bank-1' and kid = '" + kid + "'")).isEqualTo(1);
    }

    @Test
    void theSamePaymentIdWithAnotherAmountIsRefused() {
        pay(Json.object("paymentId", "bank-2", "amount", "100.00", "paidOn", "2025-10-01", "kid", kid))
                .statusCode(201);
        pay(Json.object("paymentId", "bank-2", "amount", "200.00", "paidOn", "2025-10-01", "kid", kid))
                .statusCode(400).body("errors.field", hasItem("paymentId"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(nullValues = "NULL", value = {
            "paymentId, NULL,       paymentId",
            "amount,    0.00,       amount",
            "amount,    -1.00,      amount",
            "amount,    10.005,     amount",
            "amount,    1e2147483647, amount",
            "paidOn,    2999-01-01, paidOn",
            "paidOn,    NULL,       paidOn",
            "paidOn,    1900-10-01, paidOn",
            "kid,       12345,      kid",
            "kid,       NULL,       kid",
    })
    void eachInvalidFieldIsNamedAndNothingIsStored(String field, String value, String expectedField) {
        Map<String, Object> payment = Json.object("paymentId", "bank-3", "amount", "100.00", "paidOn", "2025-10-01",
                "kid", kid);
        Json.set(payment, field, value);
        long before = fixtures.count("payment");
        pay(payment).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(expectedField));
        assertThat(fixtures.count("payment")).isEqualTo(before);
    }

    @Test
    void anUnknownCaseIsNotFound() {
        given().header("X-Api-Key", apiKey).contentType(ContentType.JSON)
                .body(Json.object("paymentId", "x", "amount", "1.00", "paidOn", "2025-10-01", "kid", "12"))
                .post("/api/v1/cases/99999999/payments").then().statusCode(404);
    }

    private ValidatableResponse pay(Map<String, Object> payment) {
        return given().header("X-Api-Key", apiKey).contentType(ContentType.JSON).body(payment)
                .post("/api/v1/cases/" + caseNumber + "/payments").then();
    }
}
