package no.minside.staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Support finds a case in one box and sees it whole; every view is audited; national ids stay masked. */
@QuarkusTest
class StaffCasePagesTest {

    @Inject
    Fixtures fixtures;

    @Test
    void oneBoxFindsACaseByNumberKidNationalIdOrName() {
        String nationalId = Fixtures.nationalId();
        Map<String, Object> request = IntakeRequests.consumer(Fixtures.reference(), nationalId);
        no.minside.support.Json.set(request, "debtor.name", "Åse Søknadsdottir");
        Fixtures.OpenedCase c = fixtures.openCase(request);
        WebClient support = staff(Roles.SUPPORT);
        for (String q : new String[] {c.caseNumber(), c.kid(), nationalId, "søknadsdot", "ÅSE S"}) {
            Document page = support.getPage("/staff/search?q=" + java.net.URLEncoder.encode(q,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(page.select("[data-testid=search-hit] a").eachText()).as(q).contains(c.caseNumber());
            assertThat(page.select("main").text()).as(q).doesNotContain(nationalId)
                    .contains(nationalId.substring(0, 6) + "*****");
        }
        assertThat(fixtures.count("audit_log where action = 'STAFF_SEARCHED' and detail like '%" + nationalId + "%'"))
                .as("a national id searched for is audited masked").isZero();
        assertThat(support.getPage("/staff/search?q=%25").select("[data-testid=search-hit]"))
                .as("a wildcard is a character, not a wildcard").isEmpty();
    }

    @Test
    void theCaseViewShowsTheBalanceAndIsAudited() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient officer = staff(Roles.OFFICER);
        Document page = officer.getPage("/staff/cases/" + c.caseNumber());
        assertThat(page.select("[data-testid=case-number]").text()).isEqualTo(c.caseNumber());
        assertThat(page.select("[data-testid=balance-total]").attr("data-amount")).isNotBlank();
        assertThat(page.select("[data-testid=letters] li")).hasSize(1);
        assertThat(page.select("[data-testid=order-new-pin]")).as("officers do not order PINs").isEmpty();
        assertThat(fixtures.count("audit_log where action = 'STAFF_VIEWED_CASE' and target = 'case:"
                + c.caseNumber() + "'")).isEqualTo(1);
        assertThat(officer.get("/staff/cases/00000000").statusCode()).isEqualTo(404);
    }

    @Test
    void supportOrdersANewPinFromTheCaseView() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient support = staff(Roles.SUPPORT);
        Response ordered = support.submit("/staff/cases/" + c.caseNumber(),
                "/staff/cases/" + c.caseNumber() + "/new-pin", Map.of());
        assertThat(ordered.statusCode()).isEqualTo(303);
        assertThat(support.getPage(ordered.header("Location")).select("[data-testid=pin-ordered]")).hasSize(1);
        assertThat(new WebClient().loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(400);
        WebClient officer = staff(Roles.OFFICER);
        String token = officer.getPage("/staff/cases/" + c.caseNumber()).select("input[name=csrf-token]").attr("value");
        assertThat(officer.post("/staff/cases/" + c.caseNumber() + "/new-pin", Map.of("csrf-token", token))
                .statusCode()).as("an officer, with a valid token, is not allowed").isEqualTo(403);
    }

    @Test
    void aDebtorNeverReachesTheStaffPages() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        debtor.loginWithPin(c.caseNumber(), c.pin());
        for (String path : new String[] {"/staff", "/staff/search?q=" + c.caseNumber(), "/staff/cases/" + c.caseNumber()}) {
            assertThat(debtor.get(path).statusCode()).as(path).isEqualTo(403);
        }
    }

    private WebClient staff(String role) {
        return new WebClient().loginAsStaff(fixtures.staff(role), Fixtures.STAFF_PASSWORD);
    }
}
