package no.minside.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import no.minside.cases.IntakeRequests;
import no.minside.support.Management;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged app (target/quarkus-app) against a fresh PostgreSQL: it applies the migrations at start and serves
 * health, pages and the API. No demo data and no synthetic national ids outside dev and test.
 */
@QuarkusIntegrationTest
class PackagedAppIT {

    @Test
    void readyWithTheDatabase() {
        Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** Operations are on the management port, which is never published; the public port answers 404 there. */
    @Test
    void operationsOnTheManagementPortOnly() {
        for (String path : new String[] {"/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi"}) {
            given().redirects().follow(false).get(path).then().statusCode(404);
            Management.given().get(path).then().statusCode(200);
        }
        Management.given().get("/q/health/live").then().body("status", equalTo("UP"));
    }

    @Test
    void servesTheStartPage() {
        given().get("/").then().statusCode(200).body(containsString("<h1>"));
    }

    /** In production every cookie is Secure, and the CSRF cookie is SameSite as the session cookie is. */
    @Test
    void cookiesAreSecureAndSameSiteInProduction() {
        String csrf = given().get("/login").getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("csrf-token=")).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(csrf).contains("Secure").contains("SameSite=Strict");
        String lang = given().redirects().follow(false).get("/language/en?return=/login").getHeaders()
                .getValues("Set-Cookie").stream().filter(c -> c.startsWith("lang=")).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(lang).startsWith("lang=en").contains("Secure");
    }

    /** The load benchmark's baseline page is in the benchmark build alone (no.minside.devdata.bench). */
    @Test
    void hasNoBenchmarkBaseline() {
        given().redirects().follow(false).get("/bench/fortunes").then().statusCode(404)
                .body(org.hamcrest.Matchers.not(containsString("Additional fortune")));
    }

    @Test
    void refusesAnUnknownApiKey() {
        given().header("X-Api-Key", "nope").contentType(ContentType.JSON).body(IntakeRequests.consumer())
                .post("/api/v1/cases").then().statusCode(401);
    }
}
