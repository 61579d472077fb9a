package no.minside.staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.auth.Base32;
import no.minside.auth.Totp;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's staff account pages, /staff/admin/staff: who reaches them, creating an account and its first login,
 * each change with its audit row (who, when, old and new), and that a change reaches the account's open session.
 */
@QuarkusTest
class StaffAdminPagesTest {

    private static final String LIST = "/staff/admin/staff";

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Test
    void onlyAdminsReachThePages() {
        long someone = fixtures.staffId(fixtures.staff(Roles.SUPPORT));
        List<String> pages = List.of(LIST, LIST + "/" + someone);
        for (String role : List.of(Roles.SUPPORT, Roles.OFFICER)) {
            WebClient staff = staff(role);
            for (String page : pages) {
                assertThat(staff.get(page).statusCode()).as("%s GET %s", role, page).isEqualTo(403);
            }
            // A token from a page the role may see, so that the refusal is the role's, not the CSRF filter's.
            Map<String, String> form = hiddenFields(staff.getPage("/staff"), "/logout");
            form.putAll(Map.of("username", "sneaky", "displayName", "Sneaky", "role", Roles.ADMIN));
            assertThat(staff.post(LIST, form).statusCode()).as("%s POST %s", role, LIST).isEqualTo(403);
            form.put("change", "disable");
            assertThat(staff.post(LIST + "/" + someone, form).statusCode()).isEqualTo(403);
        }
        assertThat(fixtures.count("staff_account where username = 'sneaky'")).isZero();
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        debtor.loginWithPin(c.caseNumber(), c.pin());
        for (String page : pages) {
            assertThat(debtor.get(page).statusCode()).as("a debtor at %s", page).isEqualTo(403);
        }
        Response anonymous = new WebClient().get(LIST);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/staff/login");
        assertThat(staff(Roles.ADMIN).getPage("/staff").select("[data-testid=admin-links] a").eachAttr("href"))
                .contains(LIST);
        assertThat(staff(Roles.SUPPORT).getPage("/staff").select("[data-testid=admin-links]")).isEmpty();
    }

    @Test
    void aNewAccountGetsAOneTimePasswordShownOnceAndSetsUpItsOwnAtTheFirstLogin() {
        String adminName = fixtures.staff(Roles.ADMIN);
        WebClient admin = new WebClient().loginAsStaff(adminName, Fixtures.STAFF_PASSWORD);
        String username = "kari.ny" + System.nanoTime() % 100000;
        Response created = admin.submit(LIST, LIST, Map.of("username", "  " + username.toUpperCase() + " ",
                "displayName", "Kari Ny", "role", Roles.OFFICER));
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.header("Location");
        assertThat(location).matches(".*/staff/admin/staff/[0-9]+\\?done=created");
        String accountPage = location.substring(location.indexOf("/staff/admin"));

        Document shown = admin.getPage(accountPage);
        assertThat(shown.select("[data-testid=account-done]").attr("data-done")).isEqualTo("created");
        assertThat(shown.select("h1").text()).isEqualTo("Konto: " + username);
        String issued = shown.select("[data-testid=issued-password]").text();
        assertThat(issued).matches("([a-zA-Z3-9]{5}-){3}[a-zA-Z3-9]{5}");
        assertThat(admin.getPage(accountPage).select("[data-testid=issued-password]")).as("shown once").isEmpty();
        assertThat(admin.getPage(LIST).select("[data-username=" + username + "]").text())
                .contains("Kari Ny", "saksbehandler", "ikke satt opp", "nytt passord ved neste innlogging");

        Fixtures.AuditRow row = fixtures.audit("staff:" + username).get(0);
        assertThat(row.action()).isEqualTo("STAFF_ACCOUNT_CREATED");
        assertThat(row.actorType()).isEqualTo("STAFF");
        assertThat(row.actorId()).isEqualTo(fixtures.staffId(adminName));
        assertThat(row.detail()).contains("role: - -> officer", "name: - -> Kari Ny").doesNotContain(issued);

        // The first login: the issued password, the app, the recovery codes, then a password of their own.
        WebClient kari = new WebClient();
        assertThat(kari.staffPassword(username, issued).statusCode()).isEqualTo(303);
        String secret = kari.getPage("/staff/login").selectFirst("[data-testid=totp-secret]").attr("data-secret");
        assertThat(kari.staffCode(code(secret)).statusCode()).isEqualTo(303);
        assertThat(kari.getPage("/staff/login").select("[data-testid=recovery-code]")).hasSize(10);
        assertThat(kari.submit("/staff/login", "/staff/login", Map.of()).header("Location"))
                .as("on to the password").endsWith("/staff/login");
        assertThat(kari.get("/staff").statusCode()).as("no session with the issued password").isEqualTo(302);

        Response weak = newPassword(kari, "sommer2024", "sommer2024");
        assertThat(weak.statusCode()).isEqualTo(400);
        Document weakPage = Jsoup.parse(weak.asString());
        assertThat(weakPage.title()).startsWith("Feil: ");
        assertThat(weakPage.select("[data-testid=error-summary]").text()).contains("minst 12 tegn");
        assertThat(weakPage.select("#password").attr("value")).as("a password is never sent back").isEmpty();
        assertThat(summary(newPassword(kari, "passordpassord", "passordpassord"))).contains("blant de vanligste");
        assertThat(summary(newPassword(kari, "Kari Ny sitt passord", "Kari Ny sitt passord")))
                .contains("kan ikke inneholde navnet");
        assertThat(summary(newPassword(kari, "snart fem fjell i kveld", "snart fem fjell i kvel")))
                .contains("ikke like");
        assertThat(summary(newPassword(kari, issued, issued))).contains("et annet passord enn det du fikk");
        Response good = newPassword(kari, "snart fem fjell i kveld", "snart fem fjell i kveld");
        assertThat(good.statusCode()).isEqualTo(303);
        assertThat(good.header("Location")).endsWith("/staff");
        assertThat(kari.getPage("/staff").select("main").text()).contains(username);
        assertThat(actions(username)).contains("TWO_FACTOR_ENROLLED", "STAFF_PASSWORD_CHANGED");
        Element listed = admin.getPage(LIST).selectFirst("[data-username=" + username + "]");
        assertThat(listed.attr("data-two-factor")).isEqualTo("true");
        assertThat(listed.text()).doesNotContain("nytt passord ved neste innlogging");

        clock.shift(Duration.ofSeconds(30));
        assertThat(new WebClient().staffPassword(username, issued).statusCode()).as("the issued one is gone")
                .isEqualTo(400);
        WebClient next = new WebClient();
        assertThat(next.staffPassword(username, "snart fem fjell i kveld").statusCode()).isEqualTo(303);
        assertThat(next.staffCode(code(secret)).header("Location")).endsWith("/staff");
    }

    @Test
    void aDoubleClickedCreateMakesOneAccountAndLeadsToItsPassword() {
        WebClient admin = staff(Roles.ADMIN);
        Map<String, String> form = hiddenFields(admin.getPage(LIST), LIST);
        String username = "dobbel" + System.nanoTime() % 100000;
        form.putAll(Map.of("username", username, "displayName", "Dobbel Klikk", "role", Roles.SUPPORT));
        long before = fixtures.count("staff_account");
        Response first = admin.post(LIST, form);
        Response second = admin.post(LIST, form);
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(fixtures.count("staff_account")).isEqualTo(before + 1);
        String page = second.header("Location").substring(second.header("Location").indexOf("/staff/admin"));
        assertThat(admin.getPage(page).select("[data-testid=issued-password]").text()).isNotBlank();
        assertThat(actions(username)).containsOnlyOnce("STAFF_ACCOUNT_CREATED");
        Map<String, String> fresh = hiddenFields(admin.getPage(LIST), LIST);
        // The same form page sent again later (its one-time token), with the browser's CSRF token of now.
        form.put("csrf-token", fresh.get("csrf-token"));
        Response later = admin.post(LIST, form);
        assertThat(later.statusCode()).as("the same form page sent later lands on the account").isEqualTo(303);
        assertThat(later.header("Location")).isEqualTo(first.header("Location"));
        fresh.putAll(Map.of("username", username, "displayName", "Dobbel Klikk", "role", Roles.SUPPORT));
        assertThat(admin.post(LIST, fresh).statusCode()).as("once the password was seen, the name is simply taken")
                .isEqualTo(400);
    }

    @Test
    void aFormWithErrorsIsShownAgainWithWhatWasTypedAndSavesNothing() {
        WebClient admin = staff(Roles.ADMIN);
        String taken = fixtures.staff(Roles.SUPPORT);
        long before = fixtures.count("staff_account");
        Response empty = admin.submit(LIST, LIST, Map.of("username", "", "displayName", " "));
        assertThat(empty.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(empty.asString());
        assertThat(page.title()).startsWith("Feil: ");
        assertThat(page.select("[data-testid=error-summary] a").eachAttr("href"))
                .containsExactly("#username", "#displayName", "#role");

        Response bad = admin.submit(LIST, LIST, Map.of("username", "kari nordmann", "displayName",
                "Kari\nNordmann", "role", "superuser"));
        Document badPage = Jsoup.parse(bad.asString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(badPage.select("#username").attr("value")).isEqualTo("kari nordmann");
        assertThat(badPage.select("#displayName").attr("value")).isEqualTo("Kari\nNordmann");
        assertThat(badPage.select("[data-testid=error-summary]").text()).contains("3–64 tegn", "linjeskift",
                "Velg en rolle");

        Response duplicate = admin.submit(LIST, LIST, Map.of("username", taken, "displayName", "Navn Navnesen",
                "role", Roles.SUPPORT));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        Document dupPage = Jsoup.parse(duplicate.asString());
        assertThat(dupPage.select("[data-testid=error-summary]").text()).contains("allerede i bruk");
        assertThat(dupPage.select("#displayName").attr("value")).isEqualTo("Navn Navnesen");
        assertThat(dupPage.select("#role-support").hasAttr("checked") || dupPage.select("#role").hasAttr("checked"))
                .as("the role chosen").isTrue();

        Response tooLong = admin.submit(LIST, LIST, Map.of("username", "x".repeat(5000), "displayName",
                "y".repeat(201), "role", Roles.SUPPORT));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(summary(tooLong)).contains("høyst 200 tegn");
        assertThat(fixtures.count("staff_account")).as("nothing saved").isEqualTo(before);

        assertThat(admin.post(LIST, Map.of("username", "no.token", "displayName", "No Token", "role",
                Roles.SUPPORT)).statusCode()).as("without the CSRF token").isEqualTo(400);
        assertThat(fixtures.count("staff_account")).isEqualTo(before);
    }

    @Test
    void aRoleChangeIsAuditedAndReachesTheOpenSessionAtItsNextRequest() {
        String adminName = fixtures.staff(Roles.ADMIN);
        WebClient admin = new WebClient().loginAsStaff(adminName, Fixtures.STAFF_PASSWORD);
        String username = fixtures.staff(Roles.SUPPORT);
        WebClient member = new WebClient().loginAsStaff(username, Fixtures.STAFF_PASSWORD);
        assertThat(member.get(LIST).statusCode()).isEqualTo(403);
        String page = LIST + "/" + fixtures.staffId(username);

        Response changed = admin.submit(page, page, Map.of("change", "role", "role", Roles.ADMIN));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(changed.header("Location")).endsWith(page + "?done=role");
        assertThat(admin.getPage(page).select("[data-testid=account-role]").text()).isEqualTo("administrator");
        assertThat(member.get(LIST).statusCode()).as("the same session, now an admin").isEqualTo(200);

        admin.submit(page, page, Map.of("change", "role", "role", Roles.OFFICER));
        assertThat(member.get(LIST).statusCode()).isEqualTo(403);
        List<Fixtures.AuditRow> rows = fixtures.audit("staff:" + username).stream()
                .filter(r -> r.action().equals("STAFF_ROLE_CHANGED")).toList();
        assertThat(rows).extracting(Fixtures.AuditRow::detail)
                .containsExactly("role: support -> admin", "role: admin -> officer");
        assertThat(rows).allMatch(r -> r.actorId().equals(fixtures.staffId(adminName)));

        Response bogus = admin.submit(page, page, Map.of("change", "role", "role", "root"));
        assertThat(bogus.statusCode()).isEqualTo(400);
        assertThat(summary(bogus)).contains("Velg en rolle");
        assertThat(admin.submit(page, page, Map.of("change", "role")).statusCode()).as("no role chosen")
                .isEqualTo(400);
        Response unknown = admin.submit(page, page, Map.of("change", "explode"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(summary(unknown)).contains("Velg hva du vil endre");
        assertThat(admin.get(LIST + "/999999999").statusCode()).isEqualTo(404);
        assertThat(admin.get(LIST + "/abc").statusCode()).isEqualTo(404);
        Map<String, String> noToken = Map.of("change", "role", "role", Roles.ADMIN);
        assertThat(admin.post(page, noToken).statusCode()).as("without the CSRF token").isEqualTo(400);
        assertThat(member.get(LIST).statusCode()).as("still an officer").isEqualTo(403);
    }

    @Test
    void aDisabledAccountsOpenSessionIsRefusedAtItsNextRequest() {
        WebClient admin = staff(Roles.ADMIN);
        String username = fixtures.staff(Roles.SUPPORT);
        WebClient member = new WebClient().loginAsStaff(username, Fixtures.STAFF_PASSWORD);
        WebClient halfway = new WebClient();
        halfway.staffPassword(username, Fixtures.STAFF_PASSWORD);
        String page = LIST + "/" + fixtures.staffId(username);

        assertThat(admin.submit(page, page, Map.of("change", "disable")).statusCode()).isEqualTo(303);
        assertThat(member.get("/staff").statusCode()).as("the open session").isEqualTo(302);
        assertThat(halfway.getPage("/staff/login").select("#username")).as("the login halfway").hasSize(1);
        assertThat(new WebClient().staffPassword(username, Fixtures.STAFF_PASSWORD).statusCode()).isEqualTo(400);
        assertThat(admin.getPage(page).select("[data-testid=account-status]").text()).isEqualTo("deaktivert");

        assertThat(admin.submit(page, page, Map.of("change", "enable")).statusCode()).isEqualTo(303);
        clock.shift(Duration.ofSeconds(30));
        new WebClient().loginAsStaff(username, Fixtures.STAFF_PASSWORD);
        assertThat(details(username, "STAFF_ACCOUNT_DISABLED")).containsExactly("active: true -> false; sessions ended");
        assertThat(details(username, "STAFF_ACCOUNT_ENABLED")).containsExactly("active: false -> true");
    }

    @Test
    void aResetPasswordEndsTheSessionsAndTheNewOneIsSetAtTheNextLogin() {
        WebClient admin = staff(Roles.ADMIN);
        String username = fixtures.staff(Roles.OFFICER);
        WebClient member = new WebClient().loginAsStaff(username, Fixtures.STAFF_PASSWORD);
        String page = LIST + "/" + fixtures.staffId(username);

        Response reset = admin.submit(page, page, Map.of("change", "reset-password"));
        assertThat(reset.header("Location")).endsWith("?done=reset-password");
        String issued = admin.getPage(page + "?done=reset-password").select("[data-testid=issued-password]").text();
        assertThat(issued).isNotBlank();
        assertThat(member.get("/staff").statusCode()).as("the open session ended").isEqualTo(302);
        assertThat(new WebClient().staffPassword(username, Fixtures.STAFF_PASSWORD).statusCode())
                .as("the old password").isEqualTo(400);

        clock.shift(Duration.ofSeconds(30));
        WebClient back = new WebClient();
        back.staffPassword(username, issued);
        assertThat(back.staffCode(fixtures.staffCode(username)).header("Location")).as("the app as before, then")
                .endsWith("/staff/login");
        assertThat(back.getPage("/staff/login").select("h1").text()).isEqualTo("Velg ditt eget passord");
        assertThat(newPassword(back, "ny vår i lia med sol", "ny vår i lia med sol").header("Location"))
                .endsWith("/staff");
        assertThat(details(username, "STAFF_PASSWORD_RESET")).singleElement().asString()
                .contains("must change at next login: false -> true", "sessions ended");
        assertThat(details(username, "STAFF_PASSWORD_CHANGED")).containsExactly(
                "password: issued by an admin -> own");
        clock.shift(Duration.ofSeconds(30));
        WebClient mac = new WebClient();
        assertThat(mac.staffPassword(username, "ny va\u030Ar i lia med sol").header("Location"))
                .as("the same password with the å typed as a + ring, as some keyboards send it")
                .endsWith("/staff/login");
        assertThat(mac.staffCode(fixtures.staffCode(username)).header("Location")).endsWith("/staff");
    }

    @Test
    void theIssuedPasswordIsShownToTheIssuingAdminOnlyAndOnlyForAWhile() {
        WebClient admin = staff(Roles.ADMIN);
        WebClient otherAdmin = staff(Roles.ADMIN);
        String page = LIST + "/" + fixtures.staffId(fixtures.staff(Roles.SUPPORT));
        admin.submit(page, page, Map.of("change", "reset-password"));
        assertThat(otherAdmin.getPage(page).select("[data-testid=issued-password]")).isEmpty();
        clock.shift(Duration.ofMinutes(8));
        assertThat(admin.get(LIST).statusCode()).as("the session kept alive").isEqualTo(200);
        clock.shift(Duration.ofMinutes(8));
        assertThat(admin.getPage(page).select("[data-testid=issued-password]")).as("after 15 minutes").isEmpty();
    }

    @Test
    void anAdminUnlocksAnAccountThatStrangersLocked() {
        WebClient admin = staff(Roles.ADMIN);
        String username = fixtures.staff(Roles.SUPPORT);
        for (int i = 0; i < 5; i++) {
            new WebClient().staffPassword(username, "wrong password " + i);
        }
        assertThat(new WebClient().staffPassword(username, Fixtures.STAFF_PASSWORD).statusCode()).isEqualTo(400);
        Element row = admin.getPage(LIST).selectFirst("[data-username=" + username + "]");
        assertThat(row.attr("data-locked")).isEqualTo("true");
        assertThat(row.text()).contains("stengt til");
        String page = LIST + "/" + fixtures.staffId(username);
        assertThat(admin.getPage(page).select("button[value=unlock]")).hasSize(1);

        assertThat(admin.submit(page, page, Map.of("change", "unlock")).statusCode()).isEqualTo(303);
        assertThat(admin.getPage(LIST).selectFirst("[data-username=" + username + "]").attr("data-locked"))
                .isEqualTo("false");
        new WebClient().loginAsStaff(username, Fixtures.STAFF_PASSWORD);
        assertThat(details(username, "STAFF_ACCOUNT_UNLOCKED")).singleElement().asString()
                .startsWith("locked until: ").endsWith(" -> not locked");
    }

    @Test
    void aResetTwoFactorMeansSettingUpTheAppAgainAtTheNextLogin() {
        WebClient admin = staff(Roles.ADMIN);
        String username = fixtures.staff(Roles.SUPPORT);
        WebClient member = new WebClient().loginAsStaff(username, Fixtures.STAFF_PASSWORD);
        String page = LIST + "/" + fixtures.staffId(username);
        assertThat(admin.getPage(page).select("[data-testid=account-two-factor]").text()).isEqualTo("satt opp");

        assertThat(admin.submit(page, page, Map.of("change", "reset-two-factor")).statusCode()).isEqualTo(303);
        assertThat(admin.getPage(page).select("[data-testid=account-two-factor]").text()).isEqualTo("ikke satt opp");
        assertThat(member.get("/staff").statusCode()).as("the session with the lost phone").isEqualTo(302);
        WebClient again = new WebClient();
        again.staffPassword(username, Fixtures.STAFF_PASSWORD);
        assertThat(again.getPage("/staff/login").select("[data-testid=totp-secret]")).hasSize(1);
        assertThat(again.staffCode(code(Fixtures.totpSecret(username))).statusCode()).as("the old app's code")
                .isEqualTo(400);
        assertThat(details(username, "STAFF_TWO_FACTOR_RESET")).containsExactly(
                "two-factor: set up -> not set up, enrol at next login; sessions ended");
    }

    @Test
    void anAdminCannotDisableOrDemoteThemselvesAndADemotedAdminChangesNothing() {
        String adminName = fixtures.staff(Roles.ADMIN);
        WebClient admin = new WebClient().loginAsStaff(adminName, Fixtures.STAFF_PASSWORD);
        String own = LIST + "/" + fixtures.staffId(adminName);
        Document ownPage = admin.getPage(own);
        assertThat(ownPage.select("[data-testid=own-account-limits]")).hasSize(1);
        assertThat(ownPage.select("button[value=disable], button[value=role]")).isEmpty();
        Map<String, String> form = hiddenFields(ownPage, own);
        form.put("change", "disable");
        Response refused = admin.post(own, form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(summary(refused)).contains("Be en annen administrator");
        assertThat(admin.get("/staff").statusCode()).isEqualTo(200);

        String otherName = fixtures.staff(Roles.ADMIN);
        WebClient other = new WebClient().loginAsStaff(otherName, Fixtures.STAFF_PASSWORD);
        String otherPage = LIST + "/" + fixtures.staffId(otherName);
        Map<String, String> otherForm = hiddenFields(other.getPage(own), own);
        admin.submit(otherPage, otherPage, Map.of("change", "role", "role", Roles.SUPPORT));
        otherForm.putAll(Map.of("change", "role", "role", Roles.SUPPORT));
        assertThat(other.post(own, otherForm).statusCode()).as("a form from before the demotion").isEqualTo(403);
        assertThat(admin.get(LIST).statusCode()).isEqualTo(200);
    }

    @Test
    void theListShowsEveryAccountInEnglishToo() {
        WebClient admin = staff(Roles.ADMIN).language("en");
        String username = fixtures.staffWithoutTwoFactor(Roles.OFFICER);
        Document list = admin.getPage(LIST);
        assertThat(list.select("h1").text()).isEqualTo("Staff and access");
        assertThat(list.selectFirst("[data-username=" + username + "]").text())
                .contains("case officer", "active", "not set up", "open");
        assertThat(list.select("[data-testid=staff-account]").size()).isGreaterThanOrEqualTo(2);
    }

    private WebClient staff(String role) {
        return new WebClient().loginAsStaff(fixtures.staff(role), Fixtures.STAFF_PASSWORD);
    }

    private Response newPassword(WebClient browser, String password, String repeat) {
        return browser.submit("/staff/login", "/staff/login", Map.of("password", password, "repeat", repeat));
    }

    private String code(String secret) {
        return Totp.code(Base32.decode(secret), Totp.step(clock.now()));
    }

    private List<String> actions(String username) {
        return fixtures.audit("staff:" + username).stream().map(Fixtures.AuditRow::action).toList();
    }

    private List<String> details(String username, String action) {
        return fixtures.audit("staff:" + username).stream().filter(r -> r.action().equals(action))
                .map(Fixtures.AuditRow::detail).toList();
    }

    private static Map<String, String> hiddenFields(Document page, String action) {
        Map<String, String> fields = new LinkedHashMap<>();
        page.select("form[action=" + action + "] input[type=hidden]").forEach(i -> fields.put(i.attr("name"),
                i.attr("value")));
        return fields;
    }

    private static String summary(Response answer) {
        return Jsoup.parse(answer.asString()).select("[data-testid=error-summary]").text();
    }
}
