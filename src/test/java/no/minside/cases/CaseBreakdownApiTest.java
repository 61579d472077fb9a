package no.minside.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * A case due in 2024 with payments in 2025 and 2026, read back through the API on 2 March 2026; every figure worked
 * out by hand from DOMAIN.md.
 */
@QuarkusTest
class CaseBreakdownApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;


    @Test
    void theWholeBreakdown() {
        clock.fixAt(Instant.parse("2026-03-02T11:00:00Z"));
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.movedIn2024());
        pay(c, "p-2025", "500.00", "2025-06-30");
        pay(c, "p-2026", "290.00", "2026-02-02");

        given().header("X-Api-Key", c.apiKey()).get("/api/v1/cases/" + c.caseNumber()).then().statusCode(200)
                .body("balance.asOf", equalTo("2026-03-02"))
                // Collection-notice fee: 700 / 20 = 35.00 (sats on 2024-03-20).
                // BO deadline 2024-04-04 + 14 = 2024-04-18; overrun by more than 28 days from 2024-05-17:
                // tungt salær replaces lett. Band ≤ 1 000 → lett 0.35, tungt 0.70 × sats; the claim is unpaid
                // on 2026-03-02, so the sats is today's 750 (provisional): 0.70 × 750 = 525.00. VAT-registered
                // creditor, consumer debtor: no VAT, no ×1.5.
                .body("balance.fees.type", contains("COLLECTION_NOTICE_FEE", "HEAVY_FEE"))
                .body("balance.fees.amount", contains("35.00", "525.00"))
                .body("balance.fees[1].incurredOn", equalTo("2024-05-17"))
                .body("balance.fees[1].sats", equalTo("750.00"))
                // Interest on 1 000.00 from 2024-03-02 to 2026-03-02, actual/365, per half-year:
                //   121 d × 12.50 % = 41.438356;  184 d × 12.50 % = 63.013699;  181 d × 12.50 % = 61.986301;
                //   184 d × 12.25 % = 61.753425;   61 d × 12.00 % = 20.054795;  sum 248.246576 → 248.25
                .body("balance.interest.days", contains(121, 184, 181, 184, 61))
                .body("balance.interest.percent", contains("12.50", "12.50", "12.50", "12.25", "12.00"))
                .body("balance.claims[0].interest", equalTo("248.25"))
                // 2025-06-30: 500.00 all to costs (35.00 + 525.00 = 560.00 owed).
                // 2026-02-02: 290.00 = 60.00 to the rest of the costs + 230.00 to interest (239.04 accrued).
                .body("balance.payments.toCosts", contains("500.00", "60.00"))
                .body("balance.payments.toInterest", contains("0.00", "230.00"))
                .body("balance.payments.toPrincipal", contains("0.00", "0.00"))
                .body("balance.paidTotal", equalTo("790.00"))
                .body("balance.feesOutstanding", equalTo("0.00"))
                .body("balance.interestOutstanding", equalTo("18.25"))
                .body("balance.principalOutstanding", equalTo("1000.00"))
                .body("balance.totalDue", equalTo("1018.25"))
                .body("balance.nextStep.kind", equalTo("LEGAL"));
    }

    @Test
    void aPaymentIsAllocatedAtOnce() {
        clock.fixAt(Instant.parse("2025-10-10T10:00:00Z"));
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "claims[0].principal", "400.00");
        Json.set(request, "claims[0].dueDate", "2025-09-01");
        request.put("collectionNoticeSentOn", "2025-09-20");
        Fixtures.OpenedCase c = fixtures.openCase(request);
        // IV fee 35.00; interest on 400.00 from 2025-09-02 to 2025-10-05: 34 d × 12.25 % = 4.564384 → 4.56.
        // 100.00 → 35.00 costs, 4.56 interest, 60.44 principal; 339.56 principal left.
        given().header("X-Api-Key", c.apiKey()).contentType(ContentType.JSON)
                .body(Json.object("paymentId", "p1", "amount", "100.00", "paidOn", "2025-10-05", "kid", c.kid()))
                .post("/api/v1/cases/" + c.caseNumber() + "/payments").then().statusCode(201);
        given().header("X-Api-Key", c.apiKey()).get("/api/v1/cases/" + c.caseNumber()).then().statusCode(200)
                .body("balance.payments[0].toCosts", equalTo("35.00"))
                .body("balance.payments[0].toInterest", equalTo("4.56"))
                .body("balance.payments[0].toPrincipal", equalTo("60.44"))
                .body("balance.principalOutstanding", equalTo("339.56"));
    }

    private static void pay(Fixtures.OpenedCase c, String id, String amount, String paidOn) {
        given().header("X-Api-Key", c.apiKey()).contentType(ContentType.JSON)
                .body(Json.object("paymentId", id, "amount", amount, "paidOn", paidOn, "kid", c.kid()))
                .post("/api/v1/cases/" + c.caseNumber() + "/payments").then().statusCode(201);
    }
}
