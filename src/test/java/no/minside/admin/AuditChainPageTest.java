package no.minside.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
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
 * The audit viewer shows the hash chain's latest check (status, rows checked, when, the first break) as stored, and
 * lets the admin check it now; the check is audited as theirs. Only admins see or run it.
 */
@QuarkusTest
class AuditChainPageTest {

    private static final String PAGE = "/staff/admin/audit";
    private static final String CHECK = "/staff/admin/audit/check";

    @Inject
    Fixtures fixtures;

    @Test
    void theAdminChecksTheWholeLogAndSeesItIntact() {
        String username = fixtures.staff(Roles.ADMIN);
        WebClient admin = new WebClient().loginAsStaff(username, Fixtures.STAFF_PASSWORD);
        Response checked = admin.submit(PAGE, CHECK, Map.of("scope", "all"));
        assertThat(checked.statusCode()).isEqualTo(303);
        assertThat(checked.header("Location")).isEqualTo(PAGE + "#chain-title");

        Document page = admin.getPage(PAGE);
        Element chain = page.selectFirst("[data-testid=audit-chain]");
        assertThat(chain.attr("data-status")).isEqualTo("ok");
        assertThat(chain.select("[data-testid=audit-chain-status]").text()).startsWith("Loggen er hel");
        assertThat(chain.select("[data-testid=audit-chain-rows]").text()).matches("Hele loggen kontrollert: \\d+ .*");
        assertThat(chain.select("[data-testid=audit-chain-checked-at]").attr("datetime")).isNotBlank();
        assertThat(chain.select("[data-testid=audit-chain-break]")).isEmpty();
        assertThat(fixtures.count("audit_log where action = 'AUDIT_CHAIN_CHECKED' and actor_type = 'STAFF'"
                + " and actor_id = " + fixtures.staffId(username) + " and detail like 'whole log: intact, %'"))
                .isEqualTo(1);

        admin.submit(PAGE, CHECK, Map.of("scope", "new"));
        Document after = admin.language("en").getPage(PAGE);
        assertThat(after.select("[data-testid=audit-chain-rows]").text()).startsWith("New entries checked: ");
        assertThat(after.select("[data-testid=audit-chain-status]").text()).startsWith("The log is intact");
        assertThat(after.select("[data-testid=audit-row][data-action=AUDIT_CHAIN_CHECKED] [data-testid=audit-action]")
                .eachText()).contains("Checked the audit log");
    }

    @Test
    void aBreakFoundStaysOnThePageUntilTheWholeLogChecksIntact() {
        WebClient admin = new WebClient().loginAsStaff(fixtures.staff(Roles.ADMIN), Fixtures.STAFF_PASSWORD);
        // A check that found a forged row, as the verifier records one (AuditChainTest finds each kind for real).
        fixtures.execute("insert into audit_check (checked_at, kind, ok, from_seq, head_seq, rows_checked,"
                + " break_reason, break_seq, break_id, break_other, millis)"
                + " values (now(), 'FULL', false, 1, 41, 41, 'INSERTED', 41, 4242, 4243, 3)");
        Document page = admin.getPage(PAGE);
        Element chain = page.selectFirst("[data-testid=audit-chain]");
        assertThat(chain.attr("data-status")).isEqualTo("broken");
        Element found = chain.selectFirst("[data-testid=audit-chain-break]");
        assertThat(found.attr("data-reason")).isEqualTo("INSERTED");
        assertThat(found.attr("data-id")).isEqualTo("4242");
        assertThat(found.attr("data-seq")).isEqualTo("41");
        assertThat(found.text()).contains("Oppføring 4242 (nr. 41) er satt inn i ettertid", "oppføring 4243");
        assertThat(admin.language("en").getPage(PAGE).select("[data-testid=audit-chain-break]").text())
                .contains("Entry 4242 (no. 41) was inserted afterwards");

        admin.language("nb").submit(PAGE, CHECK, Map.of("scope", "new"));
        assertThat(admin.getPage(PAGE).select("[data-testid=audit-chain]").attr("data-status"))
                .as("checking new entries does not clear a break").isEqualTo("broken");
        admin.submit(PAGE, CHECK, Map.of("scope", "all"));
        assertThat(admin.getPage(PAGE).select("[data-testid=audit-chain]").attr("data-status"))
                .as("the whole log walked, and intact").isEqualTo("ok");
    }

    @Test
    void onlyAdminsCheck() {
        for (String role : List.of(Roles.SUPPORT, Roles.OFFICER)) {
            WebClient staff = new WebClient().loginAsStaff(fixtures.staff(role), Fixtures.STAFF_PASSWORD);
            long before = fixtures.count("audit_check");
            assertThat(staff.post(CHECK, Map.of("scope", "all")).statusCode()).as(role).isIn(403);
            assertThat(fixtures.count("audit_check")).isEqualTo(before);
        }
        WebClient admin = new WebClient().loginAsStaff(fixtures.staff(Roles.ADMIN), Fixtures.STAFF_PASSWORD);
        admin.getPage(PAGE);
        long before = fixtures.count("audit_check");
        assertThat(admin.postEncoded(CHECK, "scope=all").statusCode()).as("no CSRF token").isEqualTo(400);
        assertThat(fixtures.count("audit_check")).isEqualTo(before);
    }
}
