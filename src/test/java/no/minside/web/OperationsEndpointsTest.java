package no.minside.web;

import io.quarkus.test.junit.QuarkusTest;
import no.minside.support.Management;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

/**
 * Health, metrics and the OpenAPI document that operations and creditors' developers rely on: on the management
 * interface only, never on the public port.
 */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void livenessAndReadinessIncludingTheDatabase() {
        Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void prometheusMetrics() {
        Management.given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDescribesTheCreditorApi() {
        Management.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/cases"))
                .body("paths", hasKey("/api/v1/cases/{caseNumber}/payments"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi"})
    void notOnThePublicPort(String path) {
        given().redirects().follow(false).get(path).then().statusCode(404);
        Management.given().get(path).then().statusCode(200);
    }

    /** The public port refusing them must not make the app look dead to its orchestrator. */
    @Test
    void livenessStaysUpWhileThePublicPortRefusesOperations() {
        for (int i = 0; i < 3; i++) {
            given().get("/q/health/live").then().statusCode(404);
        }
        Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
