package no.minside.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.WebClient;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Queries per page stay the same however many claims, payments and events a case has. */
@QuarkusTest
class QueryCountTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManagerFactory emf;

    @Test
    void theCaseDetailCostsTheSameForASmallAndABigCase() {
        long small = statementsForDetail(1, 1);
        long big = statementsForDetail(10, 25);
        assertThat(big).as("statements for 10 claims / 25 payments vs 1 / 1").isEqualTo(small);
        assertThat(small).as("a handful of queries, not one per row").isLessThanOrEqualTo(16);
    }

    @Test
    void theCreditorApiCostsTheSameForASmallAndABigCase() {
        long small = statementsForApi(1, 1);
        long big = statementsForApi(8, 20);
        assertThat(big).isEqualTo(small);
    }

    @Test
    void anIntakeCostsAFixedNumberOfStatements() {
        String apiKey = fixtures.creditor(true);
        fixtures.openCase(apiKey, IntakeRequests.consumer());
        Statistics stats = statistics();
        stats.clear();
        fixtures.openCase(apiKey, IntakeRequests.consumer());
        long one = stats.getPrepareStatementCount();
        System.out.println("intake statements " + one + " " + java.util.Arrays.toString(stats.getQueries()));
        assertThat(one).isLessThanOrEqualTo(30);
    }

    private long statementsForDetail(int claims, int payments) {
        Fixtures.OpenedCase c = openWith(claims, payments);
        WebClient browser = new WebClient();
        browser.loginWithPin(c.caseNumber(), c.pin());
        browser.getPage("/cases/" + c.caseNumber());
        Statistics stats = statistics();
        stats.clear();
        assertThat(browser.get("/cases/" + c.caseNumber()).statusCode()).isEqualTo(200);
        return stats.getPrepareStatementCount();
    }

    private long statementsForApi(int claims, int payments) {
        Fixtures.OpenedCase c = openWith(claims, payments);
        Statistics stats = statistics();
        stats.clear();
        RestAssured.given().header("X-Api-Key", c.apiKey()).get("/api/v1/cases/" + c.caseNumber())
                .then().statusCode(200);
        return stats.getPrepareStatementCount();
    }

    private Fixtures.OpenedCase openWith(int claims, int payments) {
        Map<String, Object> request = IntakeRequests.consumer();
        @SuppressWarnings("unchecked")
        List<Object> claimList = (List<Object>) request.get("claims");
        claimList.clear();
        for (int i = 0; i < claims; i++) {
            claimList.add(Json.object("invoiceNumber", "INV-" + i, "description", "Claim " + i,
                    "principal", (100 + i) + ".00", "dueDate", "2025-01-0" + (1 + i % 9)));
        }
        Fixtures.OpenedCase c = fixtures.openCase(request);
        LocalDate paidOn = LocalDate.now().minusDays(1);
        for (int i = 0; i < payments; i++) {
            RestAssured.given().header("X-Api-Key", c.apiKey()).contentType("application/json")
                    .body(Json.object("paymentId", "p" + i, "amount", "1.00", "paidOn", paidOn.toString(),
                            "kid", c.kid()))
                    .post("/api/v1/cases/" + c.caseNumber() + "/payments").then().statusCode(201);
        }
        return c;
    }

    private Statistics statistics() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        return stats;
    }
}
