package no.minside.auth.bankid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.audit.AuditEntry;
import no.minside.audit.AuditLog;
import no.minside.cases.IntakeRequests;
import no.minside.common.NationalId;
import no.minside.devdata.bankid.StandInProvider;
import no.minside.devdata.bankid.StandInProvider.Spoil;
import no.minside.support.Fixtures;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BankID login end to end: quarkus-oidc's authorization code flow against the stand-in provider, which signs
 * real ID tokens (RS256) and can spoil the next one on purpose. Every refusal ends on the login page with no session;
 * a login ends with the portal's own session, which sees every case on the national id and nothing else.
 * Issue 10, "Done when".
 */
@QuarkusTest
class BankIdLoginTest {

    @Inject
    Fixtures fixtures;

    @Inject
    StandInProvider provider;

    @Inject
    AuditLog audit;

    @Inject
    TestClock clock;

    @AfterEach
    void forgetWhatTheTestSetAtTheProvider() {
        provider.reset();
    }

    /** A person with a case at each of three creditors, whom the stand-in knows. */
    private record Person(String nationalId, String identity, List<Fixtures.OpenedCase> cases) {
    }

    private Person personWithCases(int count) {
        String nationalId = Fixtures.nationalId();
        List<Fixtures.OpenedCase> cases = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId)));
        }
        return new Person(nationalId, provider.addIdentity(nationalId, "Kari Nordmann"), cases);
    }

    @Test
    void aLoginShowsEveryCaseOnTheNationalIdAcrossCreditorsWithTheTotal() {
        Person kari = personWithCases(3);
        WebClient browser = new WebClient();
        Response answer = new BankIdFlow(browser).loginAs(kari.identity());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/cases");
        String session = setCookie(answer, "minside_session");
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/");
        // quarkus-oidc's own session cookie (the encrypted ID token) is never left with the browser.
        assertThat(answer.headers().getValues("Set-Cookie")).noneMatch(c -> c.startsWith("q_session")
                && !c.contains("Max-Age=0"));
        assertThat(browser.cookies()).doesNotContainKey("q_session_bankid");

        Document overview = browser.getPage("/cases");
        assertThat(overview.select("[data-testid=case-number]").eachText())
                .containsExactlyInAnyOrderElementsOf(kari.cases().stream().map(Fixtures.OpenedCase::caseNumber)
                        .toList());
        BigDecimal sum = overview.select("[data-testid=case-row] [data-testid=balance-total]").stream()
                .map(e -> new BigDecimal(e.attr("data-amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isPositive();
        assertThat(new BigDecimal(overview.selectFirst("[data-testid=overview-total]").attr("data-amount")))
                .isEqualByComparingTo(sum);
        assertThat(overview.select(".overview-total").text()).contains("3 saker fra 3 oppdragsgivere");
        for (Fixtures.OpenedCase c : kari.cases()) {
            assertThat(browser.get("/cases/" + c.caseNumber()).statusCode()).isEqualTo(200);
        }

        // The profile is the person's own, with the national id in full; the overview shows it nowhere.
        Document profile = browser.getPage("/profile");
        assertThat(profile.selectFirst("[data-testid=profile-national-id]").text()).isEqualTo(kari.nationalId());
        assertThat(profile.selectFirst("[data-testid=profile-scope]").attr("data-scope")).isEqualTo("person");
        assertThat(overview.html()).doesNotContain(kari.nationalId());
    }

    @Test
    void theFlowAsksForTheCodeWithPkceStateNonceTheScopesAndTheLevel() {
        URI authorize = new BankIdFlow(new WebClient()).start();
        assertThat(authorize.getPath()).isEqualTo("/bankid-standin/authorize");
        assertThat(BankIdFlow.param(authorize, "response_type")).isEqualTo("code");
        assertThat(BankIdFlow.param(authorize, "client_id")).isEqualTo("minside-test");
        assertThat(BankIdFlow.param(authorize, "scope").split(" ")).contains("openid", "profile", "nin");
        assertThat(BankIdFlow.param(authorize, "code_challenge_method")).isEqualTo("S256");
        assertThat(BankIdFlow.param(authorize, "code_challenge")).hasSizeGreaterThan(40);
        assertThat(BankIdFlow.param(authorize, "state")).isNotBlank();
        assertThat(BankIdFlow.param(authorize, "nonce")).isNotBlank();
        assertThat(BankIdFlow.param(authorize, "acr_values")).isEqualTo("idporten-loa-high");
        assertThat(URI.create(BankIdFlow.param(authorize, "redirect_uri")).getPath()).isEqualTo("/login/bankid");
    }

    @Test
    void theLoginPageOffersBankIdFirst() {
        Document login = new WebClient().getPage("/login");
        assertThat(login.selectFirst("[data-testid=login-bankid]").attr("href")).isEqualTo("/login/bankid");
        String html = login.html();
        assertThat(html.indexOf("data-testid=\"login-bankid\"")).isLessThan(html.indexOf("action=\"/login\""));
    }

    @Test
    void aStateThatIsNotTheFlowsOwnIsRefused() {
        Person kari = personWithCases(1);
        WebClient browser = new WebClient();
        BankIdFlow flow = new BankIdFlow(browser);
        URI back = flow.choose(flow.start(), kari.identity());
        String forged = back.getRawQuery().replaceAll("state=[^&]+", "state=" + java.util.UUID.randomUUID());
        assertRefused(browser, flow.back(URI.create(back.getRawPath() + "?" + forged)));
    }

    @Test
    void aReplayedCallbackIsRefused() {
        Person kari = personWithCases(1);
        WebClient browser = new WebClient();
        BankIdFlow flow = new BankIdFlow(browser);
        URI back = flow.choose(flow.start(), kari.identity());
        assertThat(flow.back(back).header("Location")).isEqualTo("/cases");

        // The same browser again, its flow over: the state cookie is gone and the code is spent.
        assertThat(flow.back(back).header("Location")).isEqualTo("/login?bankid=failed");
        // Another browser with a flow of its own: the old callback's state is not its state.
        WebClient other = new WebClient();
        new BankIdFlow(other).start();
        assertRefused(other, new BankIdFlow(other).back(back));
        // And with no flow at all.
        WebClient stranger = new WebClient();
        assertRefused(stranger, new BankIdFlow(stranger).back(back));
    }

    @Test
    void aCodeFromAnotherFlowIsRefusedEvenWithTheRightState() {
        Person kari = personWithCases(1);
        WebClient victim = new WebClient();
        BankIdFlow victimFlow = new BankIdFlow(victim);
        URI victimsAuthorize = victimFlow.start();
        // The attacker's own code, spliced into the victim's callback: its PKCE verifier and nonce are not the
        // victim's flow's, so the token endpoint or the nonce check refuses it.
        WebClient attacker = new WebClient();
        BankIdFlow attackerFlow = new BankIdFlow(attacker);
        URI attackersBack = attackerFlow.choose(attackerFlow.start(), kari.identity());
        String code = BankIdFlow.param(attackersBack, "code");
        URI spliced = URI.create("/login/bankid?code=" + code + "&state="
                + BankIdFlow.param(victimsAuthorize, "state"));
        assertRefused(victim, victimFlow.back(spliced));
    }

    @ParameterizedTest
    @EnumSource(value = Spoil.class, names = {"EXPIRED", "OTHER_KEY", "WRONG_AUDIENCE", "WRONG_NONCE", "WRONG_ISSUER",
            "NO_NATIONAL_ID"})
    void aSpoiledIdTokenIsRefused(Spoil how) {
        Person kari = personWithCases(1);
        provider.spoilNextToken(how);
        WebClient browser = new WebClient();
        assertRefused(browser, new BankIdFlow(browser).loginAs(kari.identity()));
        // The next login, with a sound token, goes through: the refusal left nothing behind.
        assertThat(new BankIdFlow(browser).loginAs(kari.identity()).header("Location")).isEqualTo("/cases");
    }

    @Test
    void aLoginBelowTheRequiredLevelStartsNoSession() {
        Person kari = personWithCases(1);
        provider.spoilNextToken(Spoil.LOW_ACR);
        WebClient browser = new WebClient();
        Response answer = new BankIdFlow(browser).loginAs(kari.identity());
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/login/bankid/level-too-low");
        assertThat(browser.cookies()).doesNotContainKey("minside_session");
        Response page = browser.get("/login/bankid/level-too-low");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(page.asString()).selectFirst("[data-testid=bankid-outcome]").attr("data-outcome"))
                .isEqualTo("level-too-low");
        assertThat(browser.get("/cases").header("Location")).endsWith("/login");
        assertThat(audited(kari.nationalId())).extracting(e -> e.action).contains("BANKID_LEVEL_TOO_LOW")
                .doesNotContain("BANKID_LOGIN");
    }

    @Test
    void anUnknownNationalIdSeesNoData() {
        String stranger = Fixtures.nationalId();
        String identity = provider.addIdentity(stranger, "Ola Nordmann");
        WebClient browser = new WebClient();
        Response answer = new BankIdFlow(browser).loginAs(identity);
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/login/bankid/no-cases");
        assertThat(browser.cookies()).doesNotContainKey("minside_session");

        Response page = browser.get("/login/bankid/no-cases");
        assertThat(page.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(page.asString());
        assertThat(doc.selectFirst("[data-testid=bankid-outcome]").attr("data-outcome")).isEqualTo("no-cases");
        assertThat(doc.select("h1").text()).isEqualTo("Vi finner ingen saker på deg");
        assertThat(doc.select("[data-testid=case-row]")).isEmpty();
        assertThat(browser.get("/cases").header("Location")).endsWith("/login");
        assertThat(browser.get("/profile").header("Location")).endsWith("/login");
        assertThat(audited(stranger)).extracting(e -> e.action).containsExactly("BANKID_NO_CASES");
    }

    @Test
    void theBankIdTextsAreInEnglishToo() {
        WebClient english = new WebClient().language("en");
        assertThat(english.getPage("/login").selectFirst("[data-testid=login-bankid]").text())
                .isEqualTo("Log in with BankID");
        assertThat(english.getPage("/login/bankid/no-cases").select("h1").text()).isEqualTo("We find no cases on you");
        assertThat(Jsoup.parse(english.get("/login/bankid/level-too-low").asString()).select("h1").text())
                .isEqualTo("The login was not secure enough");
        assertThat(english.getPage("/login?bankid=failed").selectFirst("[data-testid=login-notice]").text())
                .startsWith("The BankID login was not completed");
    }

    @Test
    void theDemoPersonWithNoCasesIsOfferedByTheStandIn() {
        // Kari Utensak of the demo list: no creditor has sent a case on her here either.
        WebClient browser = new WebClient();
        assertThat(new BankIdFlow(browser).loginAs("kari").header("Location")).isEqualTo("/login/bankid/no-cases");
    }

    @Test
    void debtorAsNationalIdNeverShowsDebtorBsCases() {
        Person a = personWithCases(2);
        Person b = personWithCases(2);
        WebClient browser = new WebClient();
        assertThat(new BankIdFlow(browser).loginAs(a.identity()).header("Location")).isEqualTo("/cases");

        Document overview = browser.getPage("/cases");
        List<String> shown = overview.select("[data-testid=case-number]").eachText();
        assertThat(shown).containsExactlyInAnyOrder(a.cases().get(0).caseNumber(), a.cases().get(1).caseNumber());
        for (Fixtures.OpenedCase theirs : b.cases()) {
            assertThat(browser.get("/cases/" + theirs.caseNumber()).statusCode()).isEqualTo(404);
            assertThat(browser.get("/cases/" + theirs.caseNumber() + "/objection").statusCode()).isEqualTo(404);
        }
        assertThat(browser.getPage("/profile").selectFirst("[data-testid=profile-national-id]").text())
                .isEqualTo(a.nationalId());
    }

    @Test
    void logoutEndsTheSessionHereAndAtTheProviderAndAReplayedCookieGetsTheLoginPage() {
        Person kari = personWithCases(1);
        WebClient browser = new WebClient();
        new BankIdFlow(browser).loginAs(kari.identity());
        String stolen = browser.cookies().get("minside_session");
        assertThat(browser.get("/cases").statusCode()).isEqualTo(200);

        Response logout = browser.submit("/cases", "/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(303);
        URI endSession = URI.create(logout.header("Location"));
        assertThat(endSession.getPath()).isEqualTo("/bankid-standin/logout");
        assertThat(BankIdFlow.param(endSession, "client_id")).isEqualTo("minside-test");
        assertThat(URI.create(BankIdFlow.param(endSession, "post_logout_redirect_uri")).getPath()).isEqualTo("/login");
        assertThat(endSession.getRawQuery()).doesNotContain(kari.nationalId()).doesNotContain("id_token_hint");
        assertThat(browser.cookies()).doesNotContainKey("minside_session");

        Response atProvider = browser.get(endSession.toString());
        assertThat(atProvider.statusCode()).isEqualTo(303);
        URI backHome = URI.create(atProvider.header("Location"));
        assertThat(backHome.getPath() + "?" + backHome.getRawQuery()).isEqualTo("/login?loggedOut=true");
        assertThat(provider.logouts()).isEqualTo(1);

        WebClient replay = new WebClient().withSession(stolen);
        assertThat(replay.get("/cases").header("Location")).endsWith("/login");
        assertThat(replay.get("/profile").header("Location")).endsWith("/login");
        assertThat(replay.get("/").header("Location")).endsWith("/login");
        // /login/bankid with the old cookies is a new flow at the provider, never a login by itself.
        assertThat(URI.create(browser.get("/login/bankid").header("Location")).getPath())
                .isEqualTo("/bankid-standin/authorize");
    }

    /** A browser holds the logout form's redirect to form-action: a BankID session's pages allow the provider. */
    @Test
    void thePagesOfABankIdSessionLetTheLogoutFormContinueAtTheProvider() {
        Person kari = personWithCases(1);
        WebClient browser = new WebClient();
        new BankIdFlow(browser).loginAs(kari.identity());
        Response overview = browser.get("/cases");
        String provider = BankIdFlow.origin(new BankIdFlow(new WebClient()).start());
        assertThat(overview.header("Content-Security-Policy")).contains("form-action 'self' " + provider + ";");

        WebClient pin = new WebClient();
        pin.loginWithPin(kari.cases().get(0).caseNumber(), kari.cases().get(0).pin());
        assertThat(pin.get("/cases").header("Content-Security-Policy")).contains("form-action 'self';");
    }

    @Test
    void theSessionHasTheSameIdleLimitAsAPinLogin() {
        Person kari = personWithCases(1);
        WebClient browser = new WebClient();
        new BankIdFlow(browser).loginAs(kari.identity());
        clock.shift(Duration.ofMinutes(14));
        assertThat(browser.get("/cases").statusCode()).isEqualTo(200);
        clock.shift(Duration.ofMinutes(16));
        assertThat(browser.get("/cases").header("Location")).endsWith("/login");
    }

    @Test
    void eachLoginIsAuditedUnderTheMaskedNationalId() {
        Person kari = personWithCases(1);
        new BankIdFlow(new WebClient()).loginAs(kari.identity());
        new BankIdFlow(new WebClient()).loginAs(kari.identity());
        List<AuditEntry> entries = audited(kari.nationalId());
        assertThat(entries).extracting(e -> e.action).containsExactly("BANKID_LOGIN", "BANKID_LOGIN");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.target).isEqualTo("bankid:" + NationalId.mask(kari.nationalId()));
            assertThat(e.actorType).isEqualTo("DEBTOR");
            assertThat(e.actorId).isEqualTo(fixtures.debtorId(kari.nationalId()));
            assertThat(String.valueOf(e.detail)).doesNotContain(kari.nationalId());
        });
    }

    /** quarkus-oidc logs why it refused an ID token, claims and all: the log keeps neither national id nor name. */
    @Test
    void aRefusedTokenLeavesNoNationalIdOrNameInTheLog() throws java.io.IOException {
        Person kari = personWithCases(1);
        String identity = provider.addIdentity(kari.nationalId(), "Loggsjekk Testesen");
        for (Spoil how : new Spoil[] {Spoil.WRONG_NONCE, Spoil.EXPIRED, Spoil.WRONG_AUDIENCE}) {
            provider.spoilNextToken(how);
            WebClient browser = new WebClient();
            assertRefused(browser, new BankIdFlow(browser).loginAs(identity));
        }
        new BankIdFlow(new WebClient()).loginAs(identity);
        java.nio.file.Path log = java.nio.file.Path.of("target", "test-app.log");
        String written = java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(written).contains("BankID login not completed");
        assertThat(written).doesNotContain(kari.nationalId()).doesNotContain("Loggsjekk");
    }

    @Test
    void cancellingAtTheProviderEndsOnTheLoginPage() {
        WebClient browser = new WebClient();
        BankIdFlow flow = new BankIdFlow(browser);
        URI authorize = flow.start();
        Document page = flow.providerPage(authorize);
        Map<String, String> body = new java.util.LinkedHashMap<>();
        page.select("form[action=/bankid-standin/authorize] input[type=hidden]")
                .forEach(i -> body.put(i.attr("name"), i.attr("value")));
        body.put("action", "cancel");
        URI back = URI.create(browser.post("/bankid-standin/authorize", body).header("Location"));
        assertThat(BankIdFlow.param(back, "error")).isEqualTo("access_denied");
        assertRefused(browser, flow.back(back));
        Document login = browser.getPage("/login?bankid=failed");
        assertThat(login.selectFirst("[data-testid=login-notice]").text())
                .startsWith("Innloggingen med BankID ble ikke fullført");
    }

    @Test
    void oddInputOnTheWayBackIsNeverAServerError() {
        WebClient browser = new WebClient();
        new BankIdFlow(browser).start();
        for (String query : new String[] {"code=x&state=y", "code=&state=", "state=" + "9".repeat(3000),
                "code=" + "%00%ff".repeat(200) + "&state=%7B%7D", "error=server_error&error_description=%3Cscript%3E",
                "error=access_denied", "code=a&code=b&state=c&state=d"}) {
            Response answer = browser.get("/login/bankid?" + query);
            assertThat(answer.statusCode()).as(query.substring(0, Math.min(40, query.length()))).isIn(302, 303);
            assertThat(answer.asString()).doesNotContain("Exception");
        }
        assertThat(browser.cookies()).doesNotContainKey("minside_session");
    }

    private void assertRefused(WebClient browser, Response answer) {
        assertThat(answer.statusCode()).as("a refused BankID login").isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/login?bankid=failed");
        assertThat(answer.headers().getValues("Set-Cookie")).noneMatch(c -> c.startsWith("minside_session=")
                && !c.startsWith("minside_session=;"));
        assertThat(browser.cookies()).doesNotContainKey("minside_session");
        assertThat(browser.get("/cases").header("Location")).endsWith("/login");
    }

    private List<AuditEntry> audited(String nationalId) {
        return audit.findByTarget("bankid:" + NationalId.mask(nationalId));
    }

    private static String setCookie(Response answer, String name) {
        return answer.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie set"));
    }
}
