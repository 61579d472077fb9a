package no.minside.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.WebClient;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the objection uploads may send tens of MB; a JSON call or an ordinary form over 1 MB is refused before it is
 * read, with an answer the sender can use (problem details or the error page), never a bare 413 or a stack trace.
 */
@QuarkusTest
class RequestSizeLimitsTest {

    private static final int OVER_THE_LIMIT = 1024 * 1024 + 1;

    @Inject
    Fixtures fixtures;

    @Test
    void anApiBodyOverOneMegabyteGetsProblemDetails() {
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "debtor.name", "x".repeat(OVER_THE_LIMIT));
        Response answer = given().header("X-Api-Key", fixtures.creditor(true)).contentType(ContentType.JSON)
                .body(request).post("/api/v1/cases");
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getString("type")).isEqualTo("/problems/payload-too-large");
        assertThat(answer.jsonPath().getInt("status")).isEqualTo(413);
        assertThat(answer.asString()).doesNotContain("Exception").doesNotContain("at no.minside");
    }

    @Test
    void anApiBodyUnderTheLimitIsStillRead() {
        Map<String, Object> request = IntakeRequests.consumer();
        given().header("X-Api-Key", fixtures.creditor(true)).contentType(ContentType.JSON).body(request)
                .post("/api/v1/cases").then().statusCode(201);
    }

    @Test
    void aFormOverOneMegabyteGetsTheErrorPage() {
        Response answer = new WebClient().submit("/login", "/login",
                Map.of("caseNumber", "1".repeat(OVER_THE_LIMIT), "pin", "123456"));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.asString()).contains("data-testid=\"error-reference\"").doesNotContain("Exception");
    }
}
