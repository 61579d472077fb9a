package no.minside.devdata.bankid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand-in provider keeps to the protocol it stands in for, so that the login tests prove something about a real
 * broker: it redirects only to the registered client's redirect_uri, needs PKCE S256 and a nonce, redeems a code
 * once, at its redirect_uri, with the right verifier and client secret. Odd input gets an error, never a 500.
 */
@QuarkusTest
class StandInProviderTest {

    private static final String SECRET = "test-only-bankid-secret-0123456789abcdef";

    @Inject
    StandInProvider provider;

    @AfterEach
    void reset() {
        provider.reset();
    }

    @Test
    void discoveryNamesTheEndpointsAndWhatTheyOffer() {
        Response doc = RestAssured.get("/bankid-standin/.well-known/openid-configuration");
        assertThat(doc.statusCode()).isEqualTo(200);
        String issuer = doc.path("issuer");
        assertThat(issuer).endsWith("/bankid-standin");
        assertThat((String) doc.path("authorization_endpoint")).isEqualTo(issuer + "/authorize");
        assertThat((String) doc.path("token_endpoint")).isEqualTo(issuer + "/token");
        assertThat((String) doc.path("end_session_endpoint")).isEqualTo(issuer + "/logout");
        assertThat(doc.jsonPath().getList("code_challenge_methods_supported")).containsExactly("S256");
        assertThat(doc.jsonPath().getList("scopes_supported")).contains("openid", "profile", "nin");
        Response jwks = RestAssured.get("/bankid-standin/jwks");
        assertThat(jwks.jsonPath().getList("keys.kty")).containsExactly("RSA");
        assertThat(jwks.asString()).doesNotContain("\"d\"").doesNotContain("\"p\"");
    }

    @Test
    void anUnknownClientOrAForeignRedirectUriIsNeverRedirected() {
        for (String query : new String[] {
                authorize("someone-else", "http://localhost:8080/login/bankid"),
                authorize("minside-test", "https://evil.example/login/bankid"),
                authorize("minside-test", "http://localhost:8080/elsewhere"),
                authorize("minside-test", "http://user@localhost:8080/login/bankid"),
                authorize("minside-test", "javascript:alert(1)"),
                authorize("minside-test", "%%%"),
                ""}) {
            Response answer = new WebClient().get("/bankid-standin/authorize" + (query.isEmpty() ? "" : "?" + query));
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(answer.header("Location")).isNull();
            assertThat(Jsoup.parse(answer.asString()).select("h1").text()).isEqualTo("Innloggingen kan ikke starte");
        }
    }

    @Test
    void aRequestWithoutPkceOrNonceGoesBackAsInvalidRequest() {
        String redirect = "http://localhost:8080/login/bankid";
        String noPkce = "response_type=code&client_id=minside-test&scope=openid&state=s1&nonce=n1&redirect_uri="
                + enc(redirect);
        String plainPkce = noPkce + "&code_challenge=abc&code_challenge_method=plain";
        String noNonce = authorize("minside-test", redirect).replace("&nonce=n1", "");
        for (String query : new String[] {noPkce, plainPkce, noNonce}) {
            Response answer = new WebClient().get("/bankid-standin/authorize?" + query);
            assertThat(answer.statusCode()).as(query).isEqualTo(303);
            URI back = URI.create(answer.header("Location"));
            assertThat(back.getPath()).isEqualTo("/login/bankid");
            assertThat(back.getQuery()).contains("error=invalid_request").contains("state=s1").doesNotContain("code=");
        }
    }

    @Test
    void aCodeIsRedeemedOnceAtItsRedirectUriWithItsVerifierAndTheClientSecret() {
        String verifier = "verifier-0123456789-0123456789-0123456789-0123456789";
        String redirect = "http://localhost:8080/login/bankid";
        String code = code(redirect, StandInProvider.s256(verifier));

        assertThat(token("minside-test", "wrong-secret", code, redirect, verifier).statusCode()).isEqualTo(401);
        Response wrongVerifier = token("minside-test", SECRET, code(redirect, StandInProvider.s256(verifier)),
                redirect, verifier + "x");
        assertThat(wrongVerifier.statusCode()).isEqualTo(400);
        assertThat((String) wrongVerifier.path("error")).isEqualTo("invalid_grant");
        Response wrongRedirect = token("minside-test", SECRET, code(redirect, StandInProvider.s256(verifier)),
                "http://localhost:8080/other", verifier);
        assertThat((String) wrongRedirect.path("error")).isEqualTo("invalid_grant");

        Response first = token("minside-test", SECRET, code, redirect, verifier);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat((String) first.path("id_token")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat((String) first.path("token_type")).isEqualTo("Bearer");
        Response again = token("minside-test", SECRET, code, redirect, verifier);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat((String) again.path("error")).isEqualTo("invalid_grant");
    }

    @Test
    void oddTokenRequestsGetAnErrorNeverAServerError() {
        Response noAuth = RestAssured.given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "authorization_code").post("/bankid-standin/token");
        assertThat(noAuth.statusCode()).isEqualTo(401);
        Response badBasic = RestAssured.given().header("Authorization", "Basic %%%not-base64")
                .contentType("application/x-www-form-urlencoded").formParam("code", "x").post("/bankid-standin/token");
        assertThat(badBasic.statusCode()).isEqualTo(401);
        Response otherGrant = RestAssured.given().auth().preemptive().basic("minside-test", SECRET)
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .post("/bankid-standin/token");
        assertThat(otherGrant.statusCode()).isEqualTo(400);
        assertThat((String) otherGrant.path("error")).isEqualTo("unsupported_grant_type");
        Response junk = RestAssured.given().auth().preemptive().basic("minside-test", SECRET)
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "authorization_code")
                .formParam("code", "\u0000".repeat(50)).post("/bankid-standin/token");
        assertThat(junk.statusCode()).isEqualTo(400);
        Response tooBig = RestAssured.given().auth().preemptive().basic("minside-test", SECRET)
                .contentType("application/x-www-form-urlencoded").formParam("code", "x".repeat(40_000))
                .post("/bankid-standin/token");
        assertThat(tooBig.statusCode()).isBetween(400, 499);
    }

    @Test
    void choosingNobodyShowsTheErrorOnThePage() {
        WebClient browser = new WebClient();
        String page = "/bankid-standin/authorize?" + authorize("minside-test", "http://localhost:8080/login/bankid");
        Document form = browser.getPage(page);
        assertThat(form.select("input[name=identity]").eachAttr("value"))
                .containsExactly("ingrid", "emily", "piotr", "kari");
        assertThat(form.select("[data-testid=standin-warning]").text()).contains("ikke ekte BankID");
        Map<String, String> body = new LinkedHashMap<>();
        form.select("form input[type=hidden]").forEach(i -> body.put(i.attr("name"), i.attr("value")));
        body.put("action", "login");
        body.put("identity", "nobody");
        Response answer = browser.post("/bankid-standin/authorize", body);
        assertThat(answer.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(answer.asString());
        assertThat(again.title()).startsWith("Feil: ");
        assertThat(again.select("[data-testid=error-summary] a").attr("href")).isEqualTo("#identity");
    }

    @Test
    void logoutSendsOnlyTheRegisteredClientBack() {
        Response ours = new WebClient().get("/bankid-standin/logout?client_id=minside-test&post_logout_redirect_uri="
                + enc("http://localhost:8080/login?loggedOut=true"));
        assertThat(ours.statusCode()).isEqualTo(303);
        assertThat(ours.header("Location")).isEqualTo("http://localhost:8080/login?loggedOut=true");
        Response foreign = new WebClient().get("/bankid-standin/logout?client_id=minside-test&post_logout_redirect_uri="
                + enc("https://evil.example/login"));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.header("Location")).isNull();
    }

    private static String authorize(String clientId, String redirectUri) {
        return "response_type=code&client_id=" + enc(clientId) + "&scope=openid+profile+nin&state=s1&nonce=n1"
                + "&code_challenge=" + StandInProvider.s256("v") + "&code_challenge_method=S256&redirect_uri="
                + enc(redirectUri);
    }

    /** A code for Ingrid, from the authorize form as a browser would post it. */
    private String code(String redirectUri, String challenge) {
        WebClient browser = new WebClient();
        String query = authorize("minside-test", redirectUri).replace(StandInProvider.s256("v"), challenge);
        Document form = browser.getPage("/bankid-standin/authorize?" + query);
        Map<String, String> body = new LinkedHashMap<>();
        form.select("form input[type=hidden]").forEach(i -> body.put(i.attr("name"), i.attr("value")));
        body.put("action", "login");
        body.put("identity", "ingrid");
        Response answer = browser.post("/bankid-standin/authorize", body);
        assertThat(answer.statusCode()).isEqualTo(303);
        URI back = URI.create(answer.header("Location"));
        assertThat(back.getPath()).isEqualTo("/login/bankid");
        return back.getRawQuery().replaceAll(".*code=([^&]+).*", "$1");
    }

    private static Response token(String clientId, String secret, String code, String redirectUri, String verifier) {
        return RestAssured.given().auth().preemptive().basic(clientId, secret)
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", redirectUri).formParam("code_verifier", verifier)
                .post("/bankid-standin/token");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
