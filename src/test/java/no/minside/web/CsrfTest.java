package no.minside.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the CSRF protection, which comes from a pinned older artifact (quarkus-rest-csrf 3.31.3, see pom.xml):
 * every form on every page carries the token, and a form posted without it is refused with the friendly page and
 * changes nothing.
 */
@QuarkusTest
class CsrfTest {

    private static final String TOKEN = "csrf-token";

    @Inject
    Fixtures fixtures;

    @Test
    void everyFormOnEveryPageCarriesTheToken() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        debtor.loginWithPin(c.caseNumber(), c.pin());
        WebClient staff = new WebClient().loginAsStaff(fixtures.staff(Roles.SUPPORT), Fixtures.STAFF_PASSWORD);
        List<Document> pages = List.of(new WebClient().getPage("/login"), new WebClient().getPage("/staff/login"),
                new WebClient().getPage("/rates"), debtor.getPage("/cases"),
                debtor.getPage("/cases/" + c.caseNumber()), debtor.getPage("/profile"), staff.getPage("/staff"));
        for (Document page : pages) {
            for (Element form : page.select("form[method=post]")) {
                assertThat(form.select("input[type=hidden][name=" + TOKEN + "]").attr("value"))
                        .as("the token in the form posting to %s on %s", form.attr("action"), page.title())
                        .isNotBlank();
            }
        }
    }

    @Test
    void theProfileFormWithoutTheTokenIsRefusedAndSavesNothing() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        browser.loginWithPin(c.caseNumber(), c.pin());
        Response answer = browser.post("/profile", Map.of("email", "changed@example.no", "language", "nb"));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.asString()).contains("<h1>").doesNotContain("Exception");
        assertThat(browser.getPage("/profile").select("#email").attr("value")).as("what the creditor supplied")
                .isEqualTo("kari@example.no");
    }

    @Test
    void theStaffLoginWithoutTheTokenIsRefused() {
        String username = fixtures.staff(Roles.SUPPORT);
        WebClient browser = new WebClient();
        browser.get("/staff/login");
        Response answer = browser.post("/staff/login", Map.of("username", username, "password",
                Fixtures.STAFF_PASSWORD));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(browser.cookies()).doesNotContainKey("minside_session");
    }

    @Test
    void logoutWithoutTheTokenLeavesTheSessionAlive() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        browser.loginWithPin(c.caseNumber(), c.pin());
        assertThat(browser.post("/logout", Map.of("x", "y")).statusCode()).isEqualTo(400);
        assertThat(browser.get("/cases").statusCode()).isEqualTo(200);
    }
}
