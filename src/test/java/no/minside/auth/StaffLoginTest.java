package no.minside.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.WebClient;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff log in with bcrypt passwords; debtor and staff sessions never cross. */
@QuarkusTest
class StaffLoginTest {

    @Inject
    Fixtures fixtures;

    @Test
    void staffLogInAndSeeTheirRole() {
        String username = fixtures.staff(Roles.OFFICER);
        WebClient browser = new WebClient();
        Response password = staffLogin(browser, username, Fixtures.STAFF_PASSWORD);
        assertThat(password.statusCode()).isEqualTo(303);
        assertThat(password.header("Location")).as("the code comes next").endsWith("/staff/login");
        assertThat(browser.get("/staff").statusCode()).as("no session before the code").isEqualTo(302);
        Response code = browser.staffCode(fixtures.staffCode(username));
        assertThat(code.statusCode()).isEqualTo(303);
        assertThat(code.header("Location")).endsWith("/staff");
        assertThat(browser.getPage("/staff").select("main").text()).contains(username).contains("saksbehandler");
    }

    @Test
    void aWrongPasswordKeepsTheUsername() {
        String username = fixtures.staff(Roles.SUPPORT);
        WebClient browser = new WebClient();
        Response answer = staffLogin(browser, username, "wrong");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.asString()).contains("value=\"" + username + "\"").contains("data-testid=\"error-summary\"");
    }

    @Test
    void loggedOutStaffPagesLeadToTheStaffLogin() {
        Response answer = new WebClient().get("/staff");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/staff/login");
    }

    @Test
    void aDebtorSessionNeverReachesStaffPages() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        debtor.loginWithPin(c.caseNumber(), c.pin());
        assertThat(debtor.get("/staff").statusCode()).isEqualTo(403);
    }

    @Test
    void aStaffSessionIsNotADebtorSession() {
        String username = fixtures.staff(Roles.ADMIN);
        WebClient browser = new WebClient().loginAsStaff(username, Fixtures.STAFF_PASSWORD);
        assertThat(browser.get("/").header("Location")).endsWith("/staff");
        assertThat(browser.get("/cases").statusCode()).as("a staff member is logged in, but not as a debtor").isEqualTo(403);
    }

    static Response staffLogin(WebClient browser, String username, String password) {
        return browser.submit("/staff/login", "/staff/login", Map.of("username", username, "password", password));
    }
}
