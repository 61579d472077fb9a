package no.minside.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.support.Fixtures;
import no.minside.support.WebClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer carries the security headers; errors show a friendly page with a reference, never a stack trace. */
@QuarkusTest
class SecurityHeadersTest {

    @Inject
    Fixtures fixtures;

    @Test
    void onOkRedirectNotFoundAndServerError() {
        WebClient browser = new WebClient();
        assertHeaders(browser.get("/login"), 200);
        assertHeaders(browser.get("/cases"), 302);
        assertHeaders(browser.get("/no-such-page"), 404);
        assertHeaders(browser.get("/test-only/boom"), 500);
    }

    @Test
    void loggedInPagesAreNotCached() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        browser.loginWithPin(c.caseNumber(), c.pin());
        Response page = browser.get("/cases/" + c.caseNumber());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aServerErrorShowsAReferenceAndNoDetail() {
        Response answer = new WebClient().get("/test-only/boom");
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.asString()).contains("data-testid=\"error-reference\"").contains("Noe gikk galt hos oss")
                .doesNotContain("IllegalStateException").doesNotContain("15038520072").doesNotContain("at no.minside");
    }

    @Test
    void theApiAnswersProblemDetailsInstead() {
        Response answer = new WebClient().get("/test-only/api-boom");
        assertThat(answer.statusCode()).isEqualTo(500);
        // Not under /api/, so people get the page; the JSON API's own failures are covered by its tests.
        assertThat(answer.asString()).doesNotContain("IllegalStateException");
    }

    @Test
    void anUnavailableDatabaseShowsTheTemporaryErrorPage() {
        Response answer = new WebClient().get("/test-only/database-down");
        assertHeaders(answer, 503);
        assertThat(answer.asString()).contains("midlertidig utilgjengelig").contains("data-testid=\"error-reference\"")
                .doesNotContain("5432");
    }

    @Test
    void aNotFoundPageIsLocalized() {
        Response answer = new WebClient().language("en").get("/no-such-page");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.asString()).contains("find that page").contains("lang=\"en\"")
                .contains("data-testid=\"error-reference\"");
    }

    private static void assertHeaders(Response answer, int status) {
        assertThat(answer.statusCode()).isEqualTo(status);
        String csp = answer.header("Content-Security-Policy");
        assertThat(csp).as("CSP on %d", status).contains("default-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
    }
}
