package no.minside.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.RateTablesBackup;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The admin keeps the rate tables: the next half-year entered ahead counts from its first day and not before, gaps
 * and overlaps are refused with nothing saved, a correction of a period already used needs a reason and is audited.
 * The clock stands at 1 December 2026, the month the 2027 H1 rate is set.
 */
@QuarkusTest
class AdminRatesTest {

    private static final String PAGE = "/staff/admin/rates";

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    RateTablesBackup backup;

    @BeforeEach
    void keepTheSeededRates() {
        backup.save();
        clock.fixAt(Instant.parse("2026-12-01T09:00:00Z"));
    }

    @AfterEach
    void putThemBack() {
        backup.restore();
    }

    @Test
    void aHalfYearEnteredAheadIsUsedFromItsFirstDayAndNotBefore() {
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "claims[0].principal", "1000.00");
        Json.set(request, "claims[0].dueDate", "2026-11-01");
        Fixtures.OpenedCase c = fixtures.openCase(request);
        WebClient admin = admin();
        Document page = admin.getPage(PAGE);
        assertThat(page.select("[data-testid=next-half-year-missing]").text()).contains("1.1.2027");

        Response preview = post(admin, Map.of("table", "INTEREST", "validFrom", "1.1.2027", "value", "13,00",
                "source", "Norges Bank: styringsrenten 5,00 % 17.12.2026", "officialSource",
                "Lovdata: forskrift om forsinkelsesrente 2027", "step", "preview"));
        assertThat(preview.statusCode()).isEqualTo(200);
        Document shown = Jsoup.parse(preview.asString());
        assertThat(shown.select("[data-testid=preview-line]")).hasSize(2);
        assertThat(shown.select("[data-testid=preview-line]").get(0).text()).contains("31.12.2026");
        assertThat(shown.select("[data-testid=preview-past]")).as("nothing already used changes").isEmpty();
        assertThat(fixtures.count("late_interest_rate where valid_from = '2027-01-01'")).as("a preview saves nothing")
                .isZero();

        Response saved = admin.postEncoded(PAGE, hiddenFieldsOf(shown, "rate-save"));
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        assertThat(admin.getPage(saved.header("Location")).select("[data-testid=rates-saved]")).hasSize(1);
        assertThat(fixtures.count("audit_log where action = 'RATE_CHANGED' and target = 'rates:interest:2027-01-01'"))
                .isEqualTo(1);

        // 31 Dec 2026: 2026-11-02…12-31 = 60 days at 12.00 %: 1 000 × 12 × 60 / 36 500 = 19.7260 → 19.73.
        clock.fixAt(Instant.parse("2026-12-31T12:00:00Z"));
        api(c).body("balance.interestOutstanding", equalTo("19.73"));
        // 10 Jan 2027: + 2027-01-01…01-10 = 10 days at 13.00 %: 1 000 × 13 × 10 / 36 500 = 3.5616; 23.2877 → 23.29.
        clock.fixAt(Instant.parse("2027-01-10T12:00:00Z"));
        api(c).body("balance.interestOutstanding", equalTo("23.29"));
        Document rates = new WebClient().getPage("/rates");
        assertThat(rates.select("[data-testid=interest-today]").text()).contains("13,00");
    }

    @Test
    void gapsAndOverlapsAreRefusedWithNothingSavedAndTheTypingKept() {
        WebClient admin = admin();
        long before = fixtures.count("late_interest_rate");
        long audited = fixtures.count("audit_log where action = 'RATE_CHANGED'");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("1.7.2027", "Neste periode må begynne 1.1.2027");
        cases.put("1.3.2027", "1. januar eller 1. juli");
        cases.put("1.1.2021", "overlapper");
        cases.put("31.2.2027", "dag.måned.år");
        for (Map.Entry<String, String> wrong : cases.entrySet()) {
            Response refused = post(admin, Map.of("table", "INTEREST", "validFrom", wrong.getKey(), "value", "13,5",
                    "source", "notat", "step", "preview"));
            assertThat(refused.statusCode()).as(wrong.getKey()).isEqualTo(400);
            Document page = Jsoup.parse(refused.asString());
            assertThat(page.select("#validFrom-error").text()).as(wrong.getKey()).contains(wrong.getValue());
            assertThat(page.select("#validFrom").attr("value")).isEqualTo(wrong.getKey());
            assertThat(page.select("#value").attr("value")).isEqualTo("13,5");
            assertThat(page.title()).startsWith("Feil: ");
        }
        Document badRate = Jsoup.parse(post(admin, Map.of("table", "INTEREST", "validFrom", "1.1.2027",
                "value", "45", "source", "", "step", "save")).asString());
        assertThat(badRate.select("[data-testid=error-summary] a").eachAttr("href"))
                .containsExactly("#value", "#source");
        Document satsOverlap = Jsoup.parse(post(admin, Map.of("table", "SATS", "validFrom", "1.6.2025", "value",
                "800", "source", "notat", "step", "preview")).asString());
        assertThat(satsOverlap.select("#validFrom-error").text()).contains("overlapper");
        assertThat(fixtures.count("late_interest_rate")).isEqualTo(before);
        assertThat(fixtures.count("audit_log where action = 'RATE_CHANGED'")).isEqualTo(audited);
    }

    @Test
    void correctingAPeriodAlreadyUsedNeedsAReasonAndIsAudited() {
        WebClient admin = admin();
        Document form = admin.getPage(PAGE + "?edit=INTEREST&from=2026-07-01");
        assertThat(form.select("#validFrom").attr("value")).isEqualTo("1.7.2026");
        assertThat(form.select("#value").attr("value")).isEqualTo("12");
        Response preview = post(admin, Map.of("table", "INTEREST", "validFrom", "1.7.2026", "value", "12,25",
                "source", "Norges Bank: 4,25 % + 8", "step", "preview"));
        Document shown = Jsoup.parse(preview.asString());
        assertThat(shown.select("[data-testid=preview-past]")).hasSize(1);
        assertThat(shown.select("[data-testid=preview-affected]").text()).contains("Åpne saker");

        Response noReason = admin.postEncoded(PAGE, hiddenFieldsOf(shown, "rate-save"));
        assertThat(noReason.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(noReason.asString());
        assertThat(again.select("#reason-error").text()).contains("hvorfor");
        assertThat(again.select("[data-testid=rate-preview]")).as("the preview stays").hasSize(1);

        Response saved = admin.postEncoded(PAGE, hiddenFieldsOf(shown, "rate-save") + "&reason="
                + encode("Norges Bank satte renten ned 19. juni"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(fixtures.count("late_interest_rate where valid_from = '2026-07-01' and rate = 12.25 "
                + "and valid_to is null")).isEqualTo(1);
        assertThat(fixtures.count("audit_log where action = 'RATE_CHANGED' and target = 'rates:interest:2026-07-01' "
                + "and detail like '%12.00%12.25%' and detail like '%reason: Norges Bank satte renten ned%'"))
                .isEqualTo(1);
    }

    @Test
    void allowancesAndBandsToo() {
        WebClient admin = admin();
        Document form = admin.getPage(PAGE + "?edit=ALLOWANCES");
        assertThat(form.select("#amount-SINGLE_ADULT").attr("value")).as("carried forward to type over")
                .isEqualTo("10724");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("table", "ALLOWANCES");
        fields.put("validFrom", "1.7.2026");
        form.select("input[id^=amount-]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        fields.put("amount-SINGLE_ADULT", "11 020");
        fields.put("source", "regjeringen.no 2026");
        fields.put("step", "save");
        Response noReasonForThePast = post(admin, fields);
        assertThat(noReasonForThePast.statusCode()).as("1.7.2026 has been used by evaluations").isEqualTo(400);
        assertThat(Jsoup.parse(noReasonForThePast.asString()).select("[name=amount-SINGLE_ADULT]").attr("value"))
                .as("kept as typed").isEqualTo("11 020");
        fields.put("reason", "Satsene for 2026 ble rettet");
        Response saved = post(admin, fields);
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        assertThat(fixtures.count("living_allowance where valid_from = '2026-07-01'")).isEqualTo(6);
        assertThat(fixtures.count("living_allowance where valid_from = '2026-07-01' and category = 'SINGLE_ADULT' "
                + "and amount = 11020")).isEqualTo(1);

        String bandId = admin.getPage(PAGE).select("[data-testid=admin-band-row] a").first().attr("href")
                .replaceAll(".*band=([0-9]+).*", "$1");
        Response noReason = post(admin, Map.of("table", "BAND", "band", bandId, "value", "0,3", "step", "preview"));
        assertThat(Jsoup.parse(noReason.asString()).select("#reason-error").text()).contains("hvorfor");
        Response band = post(admin, Map.of("table", "BAND", "band", bandId, "value", "0,3", "reason", "Test",
                "step", "save"));
        assertThat(band.statusCode()).isEqualTo(303);
        assertThat(fixtures.count("fee_band where id = " + bandId + " and light_multiple = 0.3")).isEqualTo(1);
    }

    @Test
    void theStaffHomeLeadsAnAdminToEveryAdminPage() {
        assertThat(admin().getPage("/staff").select("[data-testid=admin-links] a").eachAttr("href"))
                .containsExactly("/staff/admin/rates", "/staff/admin/creditors", "/staff/admin/staff",
                        "/staff/admin/audit");
        WebClient support = new WebClient().loginAsStaff(fixtures.staff(Roles.SUPPORT), Fixtures.STAFF_PASSWORD);
        assertThat(support.getPage("/staff").select("[data-testid=admin-links]")).isEmpty();
    }

    @Test
    void onlyAdminsReachThePage() {
        for (String role : List.of(Roles.SUPPORT, Roles.OFFICER)) {
            WebClient staff = new WebClient().loginAsStaff(fixtures.staff(role), Fixtures.STAFF_PASSWORD);
            assertThat(staff.get(PAGE).statusCode()).as(role).isEqualTo(403);
            String token = staff.getPage("/staff").select("input[name=csrf-token]").attr("value");
            assertThat(staff.post(PAGE, Map.of("csrf-token", token, "table", "INTEREST", "validFrom", "1.1.2027",
                    "value", "1", "source", "x", "step", "save")).statusCode()).as(role).isEqualTo(403);
        }
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        debtor.loginWithPin(c.caseNumber(), c.pin());
        assertThat(debtor.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(fixtures.count("late_interest_rate where valid_from = '2027-01-01'")).isZero();
    }

    private WebClient admin() {
        return new WebClient().loginAsStaff(fixtures.staff(Roles.ADMIN), Fixtures.STAFF_PASSWORD);
    }

    /** Posts the rate form with the page's CSRF token. */
    private static Response post(WebClient admin, Map<String, String> fields) {
        // The table's form as the page shows it now: its CSRF token, and the table's version the save is made on.
        Document form = admin.getPage(PAGE + (fields.get("table") == null ? "" : "?edit=" + fields.get("table")));
        Map<String, String> body = new LinkedHashMap<>(fields);
        body.put("csrf-token", form.select("input[name=csrf-token]").attr("value"));
        body.putIfAbsent("version", form.select("input[name=version]").attr("value"));
        return admin.post(PAGE, body);
    }

    /** The save form's hidden fields as the preview page holds them, encoded. */
    private static String hiddenFieldsOf(Document page, String button) {
        return String.join("&", page.select("[data-testid=" + button + "]").first().closest("form")
                .select("input[type=hidden]").stream().map(i -> i.attr("name") + "=" + encode(i.attr("value")))
                .toList());
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static io.restassured.response.ValidatableResponse api(Fixtures.OpenedCase c) {
        return given().header("X-Api-Key", c.apiKey()).get("/api/v1/cases/" + c.caseNumber()).then().statusCode(200);
    }
}
