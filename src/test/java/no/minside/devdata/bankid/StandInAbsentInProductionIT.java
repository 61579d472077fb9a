package no.minside.devdata.bankid;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged app (the production build, prod profile) has no stand-in BankID provider: none of its endpoints
 * answers, even with the configuration pointed straight at it, and BankID then stays off rather than trust a
 * provider on its own server. A real broker is the only way in (issue 10).
 */
@QuarkusIntegrationTest
@TestProfile(StandInAbsentInProductionIT.PointedAtTheStandIn.class)
class StandInAbsentInProductionIT {

    /** The production build with the dev/test BankID settings, as a careless deploy might copy them. */
    public static class PointedAtTheStandIn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "minside.bankid.issuer", "/bankid-standin",
                    "minside.bankid.client-id", "minside-test",
                    "minside.bankid.client-secret", "test-only-bankid-secret-0123456789abcdef",
                    "minside.bankid.required-acr", "idporten-loa-high");
        }
    }

    @Test
    void noneOfTheStandInsEndpointsExists() {
        for (String path : new String[] {"/bankid-standin/.well-known/openid-configuration", "/bankid-standin/jwks",
                "/bankid-standin/authorize?client_id=minside-test&redirect_uri=http%3A%2F%2Flocalhost%2Flogin%2Fbankid",
                "/bankid-standin/logout?client_id=minside-test"}) {
            Response answer = given().redirects().follow(false).get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.asString()).as(path).doesNotContain("Test-BankID").doesNotContain("Ingrid Haugen");
        }
        Response token = given().redirects().follow(false).auth().preemptive()
                .basic("minside-test", "test-only-bankid-secret-0123456789abcdef")
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "authorization_code")
                .formParam("code", "x").post("/bankid-standin/token");
        assertThat(token.statusCode()).isIn(403, 404, 405);
        assertThat(token.asString()).doesNotContain("id_token");
    }

    @Test
    void bankIdStaysOffAndTheLoginPageOffersThePinAlone() {
        Document login = Jsoup.parse(given().get("/login").asString());
        assertThat(login.select("[data-testid=login-bankid]")).isEmpty();
        assertThat(login.select("[data-testid=login-bankid-unavailable]")).hasSize(1);
        assertThat(login.select("form[action=/login] input[name=caseNumber]")).hasSize(1);

        Response start = given().redirects().follow(false).get("/login/bankid");
        assertThat(start.statusCode()).isEqualTo(503);
        assertThat(start.header("Location")).isNull();
        assertThat(Jsoup.parse(start.asString()).selectFirst("[data-testid=bankid-outcome]").attr("data-outcome"))
                .isEqualTo("unavailable");
    }
}
