package no.minside.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff log in with the password and then a code from the authenticator app (RFC 6238): setting the app up at the
 * first login, the window of accepted codes, a used code refused, wrong codes locking the account like wrong
 * passwords, recovery codes that work once, and a login halfway that opens no staff page.
 */
@QuarkusTest
class StaffTwoFactorLoginTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Test
    void aFirstLoginSetsUpTheAppWithAQrCodeAndGivesTenRecoveryCodes() {
        String username = fixtures.staffWithoutTwoFactor(Roles.SUPPORT);
        WebClient browser = new WebClient();
        Response password = browser.staffPassword(username, Fixtures.STAFF_PASSWORD);
        assertThat(password.statusCode()).isEqualTo(303);
        assertThat(password.header("Location")).endsWith("/staff/login");
        assertThat(browser.get("/staff").statusCode()).as("no session while the app is not set up").isEqualTo(302);

        Document enrol = browser.getPage("/staff/login");
        assertThat(enrol.select("h1").text()).isEqualTo("Sett opp innlogging med kode fra telefonen");
        String secret = enrol.selectFirst("[data-testid=totp-secret]").attr("data-secret");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(enrol.selectFirst("[data-testid=totp-secret]").text()).as("grouped for typing")
                .isEqualTo(secret.replaceAll("(.{4})(?!$)", "$1 "));
        assertThat(enrol.select("svg.qr-code[role=img]").attr("aria-label")).isNotBlank();
        assertThat(enrol.select("svg.qr-code path").attr("d")).startsWith("M");
        assertThat(enrol.selectFirst("[data-testid=otpauth-link]").attr("href"))
                .isEqualTo("otpauth://totp/Nordlys%20Inkasso%20Min%20side:" + username + "?secret=" + secret
                        + "&issuer=Nordlys%20Inkasso%20Min%20side&algorithm=SHA1&digits=6&period=30");

        Response confirmed = browser.staffCode(appCode(secret, 0));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(browser.get("/staff").statusCode()).as("the codes are to be taken first").isEqualTo(302);
        Document recovery = browser.getPage("/staff/login");
        List<String> codes = recovery.select("[data-testid=recovery-code]").eachText();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));

        Response done = browser.submit("/staff/login", "/staff/login", Map.of());
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith("/staff");
        assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
        assertThat(browser.get("/staff/login").asString()).as("the codes are shown once").doesNotContain(codes.get(0));
        assertThat(actions(username)).contains("TWO_FACTOR_ENROLLED", "LOGIN_OK", "STAFF_SESSION_STARTED");

        clock.shift(Duration.ofSeconds(30));
        WebClient later = new WebClient();
        later.staffPassword(username, Fixtures.STAFF_PASSWORD);
        assertThat(later.getPage("/staff/login").select("h1").text()).as("the next login asks for the code")
                .isEqualTo("Skriv inn koden fra appen");
        assertThat(later.staffCode(appCode(secret, 0)).header("Location")).endsWith("/staff");
    }

    @Test
    void theEnrolmentNeedsACodeFromTheNewSecret() {
        String username = fixtures.staffWithoutTwoFactor(Roles.OFFICER);
        WebClient browser = new WebClient();
        browser.staffPassword(username, Fixtures.STAFF_PASSWORD);
        String secret = browser.getPage("/staff/login").selectFirst("[data-testid=totp-secret]").attr("data-secret");
        Response wrong = browser.staffCode(appCode(Fixtures.totpSecret("someone else"), 0));
        assertThat(wrong.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(wrong.asString());
        assertThat(page.title()).startsWith("Feil: ");
        assertThat(summary(page)).contains("Koden er feil eller allerede brukt");
        assertThat(page.selectFirst("[data-testid=totp-secret]").attr("data-secret")).as("the same secret again")
                .isEqualTo(secret);
        assertThat(browser.staffCode("12345").statusCode()).isEqualTo(400);
        assertThat(browser.staffCode(appCode(secret, 0)).statusCode()).isEqualTo(303);
    }

    @Test
    void aPhoneClockHalfAMinuteOffStillLogsInAMinuteOffDoesNot() {
        clock.fixAt(Instant.parse("2026-03-02T08:00:10Z"));
        String slow = fixtures.staff(Roles.SUPPORT);
        assertThat(codeLogin(slow, -2).statusCode()).as("a code from a minute ago").isEqualTo(400);
        assertThat(codeLogin(slow, -1).statusCode()).as("a phone 30 s slow").isEqualTo(303);

        String fast = fixtures.staff(Roles.SUPPORT);
        assertThat(codeLogin(fast, 2).statusCode()).as("a code from a minute ahead").isEqualTo(400);
        assertThat(codeLogin(fast, 1).statusCode()).as("a phone 30 s fast").isEqualTo(303);

        String shifted = fixtures.staff(Roles.SUPPORT);
        clock.shift(Duration.ofMinutes(5));
        assertThat(codeLogin(shifted, -10).statusCode()).as("the code of five minutes ago, 08:00")
                .isEqualTo(400);
        assertThat(codeLogin(shifted, 0).statusCode()).as("the code of 08:05").isEqualTo(303);
    }

    @Test
    void aCodeThatLoggedInOnceIsRefusedAfterwards() {
        clock.fixAt(Instant.parse("2026-03-02T09:00:00Z"));
        String username = fixtures.staff(Roles.SUPPORT);
        String code = appCode(Fixtures.totpSecret(username), 0);
        WebClient first = new WebClient();
        first.staffPassword(username, Fixtures.STAFF_PASSWORD);
        assertThat(first.staffCode(code).statusCode()).isEqualTo(303);

        WebClient replay = new WebClient();
        replay.staffPassword(username, Fixtures.STAFF_PASSWORD);
        Response again = replay.staffCode(code);
        assertThat(again.statusCode()).as("the same code, still within its 30 s").isEqualTo(400);
        assertThat(summary(Jsoup.parse(again.asString()))).contains("Koden er feil eller allerede brukt");
        assertThat(replay.get("/staff").statusCode()).isEqualTo(302);
        assertThat(replay.staffCode(appCode(Fixtures.totpSecret(username), -1)).statusCode())
                .as("the code before it").isEqualTo(400);
        assertThat(replay.staffCode(appCode(Fixtures.totpSecret(username), 1)).statusCode())
                .as("the app's next code").isEqualTo(303);
    }

    @Test
    void wrongCodesLockTheAccountAsWrongPasswordsDo() {
        String username = fixtures.staff(Roles.SUPPORT);
        WebClient stranger = new WebClient();
        stranger.staffPassword(username, Fixtures.STAFF_PASSWORD);
        String right = fixtures.staffCode(username);
        String wrong = right.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < 4; i++) {
            Response answer = stranger.staffCode(wrong);
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(summary(Jsoup.parse(answer.asString()))).contains("Koden er feil");
        }
        assertThat(summary(Jsoup.parse(stranger.staffCode(wrong).asString()))).as("the fifth wrong code")
                .contains("stengt for innlogging");
        Response locked = stranger.staffCode(right);
        assertThat(locked.statusCode()).as("the right code, now that the account is locked").isEqualTo(400);
        assertThat(summary(Jsoup.parse(locked.asString()))).contains("stengt for innlogging");
        assertThat(stranger.get("/staff").statusCode()).isEqualTo(302);
        assertThat(new WebClient().staffPassword(username, Fixtures.STAFF_PASSWORD).statusCode())
                .as("the password too, from a browser that never logged in").isEqualTo(400);
        assertThat(actions(username).stream().filter("LOGIN_CODE_FAILED"::equals)).hasSize(5);
    }

    @Test
    void aRecoveryCodeLogsInOnceInsteadOfTheApp() {
        String username = fixtures.staffWithoutTwoFactor(Roles.ADMIN);
        WebClient browser = new WebClient();
        browser.staffPassword(username, Fixtures.STAFF_PASSWORD);
        String secret = browser.getPage("/staff/login").selectFirst("[data-testid=totp-secret]").attr("data-secret");
        browser.staffCode(appCode(secret, 0));
        List<String> codes = browser.getPage("/staff/login").select("[data-testid=recovery-code]").eachText();
        browser.submit("/staff/login", "/staff/login", Map.of());

        WebClient withoutPhone = new WebClient();
        withoutPhone.staffPassword(username, Fixtures.STAFF_PASSWORD);
        assertThat(withoutPhone.staffCode(" " + codes.get(3).toUpperCase() + " ").header("Location"))
                .as("typed in capitals, with spaces around").endsWith("/staff");
        assertThat(withoutPhone.get("/staff").statusCode()).isEqualTo(200);

        WebClient again = new WebClient();
        again.staffPassword(username, Fixtures.STAFF_PASSWORD);
        assertThat(again.staffCode(codes.get(3)).statusCode()).as("the same recovery code again").isEqualTo(400);
        assertThat(again.staffCode(codes.get(4).replace("-", "")).header("Location")).as("another one")
                .endsWith("/staff");
        assertThat(fixtures.audit("staff:" + username).stream().filter(r -> r.action().equals("RECOVERY_CODE_USED"))
                .map(Fixtures.AuditRow::detail)).containsExactly("recovery codes left: 9", "recovery codes left: 8");
    }

    @Test
    void theLoginHalfwayEndsAfterTenMinutes() {
        String username = fixtures.staff(Roles.SUPPORT);
        WebClient browser = new WebClient();
        browser.staffPassword(username, Fixtures.STAFF_PASSWORD);
        Map<String, String> form = new java.util.LinkedHashMap<>();
        browser.getPage("/staff/login").select("form[data-testid=code-form] input[type=hidden]")
                .forEach(i -> form.put(i.attr("name"), i.attr("value")));
        clock.shift(Duration.ofMinutes(10).plusSeconds(1));
        form.put("code", fixtures.staffCode(username));
        Response late = browser.post("/staff/login", form);
        assertThat(late.statusCode()).isEqualTo(303);
        assertThat(late.header("Location")).endsWith("/staff/login?expired=true");
        Document start = browser.getPage("/staff/login?expired=true");
        assertThat(start.select("#username")).as("back to the password").hasSize(1);
        assertThat(start.select(".notice").text()).contains("Logg inn på nytt");
        assertThat(browser.get("/staff").statusCode()).isEqualTo(302);
    }

    @Test
    void cancellingStartsAgainWithThePassword() {
        String username = fixtures.staff(Roles.SUPPORT);
        WebClient browser = new WebClient();
        browser.staffPassword(username, Fixtures.STAFF_PASSWORD);
        Document code = browser.getPage("/staff/login");
        assertThat(code.select("[data-testid=cancel-login]")).hasSize(1);
        Map<String, String> cancel = new java.util.LinkedHashMap<>();
        code.select("form:has([data-testid=cancel-login]) input[type=hidden]")
                .forEach(i -> cancel.put(i.attr("name"), i.attr("value")));
        assertThat(browser.post("/staff/login", cancel).statusCode()).isEqualTo(303);
        assertThat(browser.getPage("/staff/login").select("#username")).hasSize(1);
        assertThat(browser.submit("/staff/login", "/staff/login", Map.of("step", "code", "code",
                fixtures.staffCode(username))).header("Location")).as("a code posted anyway")
                .endsWith("/staff/login?expired=true");
        assertThat(browser.get("/staff").statusCode()).isEqualTo(302);
    }

    @Test
    void badCodesAreToldApartAndNotCountedAndNeverA500() {
        String username = fixtures.staff(Roles.SUPPORT);
        WebClient browser = new WebClient();
        browser.staffPassword(username, Fixtures.STAFF_PASSWORD);
        for (String[] typed : new String[][] {{"", "Skriv inn koden fra appen"},
                {"12 34", "Koden fra appen har 6 siffer, og en gjenopprettingskode har 10 tegn"},
                {"x".repeat(5000), "Koden fra appen har 6 siffer"}, {"<script>", "Koden fra appen har 6 siffer"},
                {"１２３４５６", "Koden fra appen har 6 siffer"}}) {
            Response answer = browser.staffCode(typed[0]);
            assertThat(answer.statusCode()).as(typed[0]).isEqualTo(400);
            Document page = Jsoup.parse(answer.asString());
            assertThat(summary(page)).as(typed[0]).contains(typed[1]);
            assertThat(page.select("a[href=#code]")).as("the summary links to the field").hasSize(1);
            assertThat(page.select("#code").attr("aria-invalid")).isEqualTo("true");
        }
        assertThat(actions(username)).as("none of them counted").doesNotContain("LOGIN_CODE_FAILED");
        assertThat(browser.post("/staff/login", Map.of("step", "code", "code", "123456")).statusCode())
                .as("without the CSRF token").isEqualTo(400);
        assertThat(browser.submit("/staff/login", "/staff/login", Map.of("step", "no-such-step")).statusCode())
                .isEqualTo(303);
        assertThat(new WebClient().submit("/staff/login", "/staff/login", Map.of("step", "code", "code", "123456"))
                .header("Location")).as("a code without a login halfway").endsWith("/staff/login?expired=true");
        assertThat(browser.staffCode(fixtures.staffCode(username)).header("Location")).endsWith("/staff");
    }

    @Test
    void aStepCookieOpensNoStaffPage() {
        String username = fixtures.staff(Roles.ADMIN);
        WebClient browser = new WebClient();
        browser.staffPassword(username, Fixtures.STAFF_PASSWORD);
        String step = browser.cookies().get("minside_login_step");
        assertThat(step).isNotBlank();
        WebClient forged = new WebClient().withSession(step);
        assertThat(forged.get("/staff").statusCode()).isEqualTo(302);
        assertThat(forged.get("/staff/admin/staff").statusCode()).isEqualTo(302);
    }

    /** The password and then the code the app shows {@code steps} 30-second steps from now. */
    private Response codeLogin(String username, int steps) {
        WebClient browser = new WebClient();
        browser.staffPassword(username, Fixtures.STAFF_PASSWORD);
        return browser.staffCode(appCode(Fixtures.totpSecret(username), steps));
    }

    private String appCode(String secret, int steps) {
        return Totp.code(Base32.decode(secret), Totp.step(clock.now()) + steps);
    }

    private List<String> actions(String username) {
        return fixtures.audit("staff:" + username).stream().map(Fixtures.AuditRow::action).toList();
    }

    private static String summary(Document page) {
        return page.select("[data-testid=error-summary]").text();
    }
}
