package no.minside.debtors;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.support.Fixtures;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ProfilePageTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aPinLoginSavesTheDetailsOfItsOwnCaseOnly() {
        String nationalId = Fixtures.nationalId();
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId));
        WebClient browser = new WebClient();
        browser.loginWithPin(c.caseNumber(), c.pin());
        assertThat(browser.getPage("/profile").select("[data-testid=profile-scope]").attr("data-scope"))
                .isEqualTo("case");
        Response saved = browser.submit("/profile", "/profile", Map.of("email", "ny@example.no",
                "phone", "22 33 44 55", "notifyByEmail", "true", "notifyBySms", "true", "language", "en"));
        assertThat(saved.statusCode()).isEqualTo(303);
        Document page = browser.getPage("/profile?saved=true");
        assertThat(page.select("#email").attr("value")).isEqualTo("ny@example.no");
        assertThat(fixtures.debtorEmail(nationalId)).as("the person's own address is untouched").isNull();
        assertThat(fixtures.count("audit_log where action = 'CASE_CONTACT_UPDATED' and detail like '%email%'"))
                .isGreaterThanOrEqualTo(1);
    }

    /**
     * The flaw a black-box test found: creditor B's intake gave it a PIN for the debtor, and its PIN session changed
     * the e-mail creditor A's case uses. Now a PIN session sees and changes only its own case's notice details.
     */
    @Test
    void anotherCreditorsPinCannotChangeWhatTheFirstCreditorsCaseUses() {
        String nationalId = Fixtures.nationalId();
        fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId));
        Fixtures.OpenedCase creditorB = fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId));
        WebClient b = new WebClient();
        b.loginWithPin(creditorB.caseNumber(), creditorB.pin());
        b.submit("/profile", "/profile", Map.of("email", "attacker@creditor-b.example", "language", "nb"));
        assertThat(fixtures.debtorEmail(nationalId)).as("the person's own address, which A's case falls back to")
                .isNull();
    }

    @Test
    void aLoginThatProvedIdentityChangesThePersonsOwnDetails() {
        String nationalId = Fixtures.nationalId();
        fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId));
        WebClient browser = new WebClient().withSession(fixtures.identitySession(nationalId));
        Document before = browser.getPage("/profile");
        assertThat(before.select("[data-testid=profile-scope]").attr("data-scope")).isEqualTo("person");
        assertThat(before.select("main").text()).as("the owner sees their own national id").contains(nationalId);
        saveAndCheck(browser);
        assertThat(fixtures.debtorEmail(nationalId)).isEqualTo("ny@example.no");
        assertThat(fixtures.count("audit_log where action = 'PROFILE_UPDATED' and detail like '%phone%'"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void savesContactDetailsAndPreferencesAndAuditsTheChange() {
        WebClient browser = loggedIn();
        saveAndCheck(browser);
        assertThat(fixtures.count("audit_log where action = 'CASE_CONTACT_UPDATED' and detail like '%phone%'"))
                .isGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "+47 912 34 567, +4791234567",
            "0047-91234567,  +4791234567",
            "22 33 44 55,    +4722334455",
            "+46 70 123 45 67, +46701234567",
            "0046 70 123 45 67, +46701234567",
    })
    void acceptsNorwegianPhoneFormats(String typed, String stored) {
        assertThat(PhoneNumbers.normalise(typed)).contains(stored);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1234567", "123456789", "+46 12", "0123 4567", "call me", "+0 1234 5678"})
    void rejectsOtherPhoneNumbers(String typed) {
        assertThat(PhoneNumbers.normalise(typed)).isEmpty();
    }

    @Test
    void errorsKeepWhatWasTyped() {
        WebClient browser = loggedIn();
        Response answer = browser.submit("/profile", "/profile", Map.of("email", "kari@", "phone", "12",
                "notifyBySms", "true", "language", "nb"));
        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.select("[data-testid=error-summary] a").eachAttr("href")).containsExactly("#email", "#phone");
        assertThat(page.select("#email").attr("value")).isEqualTo("kari@");
        assertThat(page.select("#phone").attr("value")).isEqualTo("12");
        assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#notifyBySms").hasAttr("checked")).isTrue();
        assertThat(page.select("[data-testid=error-summary]").text()).contains("gyldig e-postadresse");
    }


    /** Found by XssCorpusTest: a value over a field's length limit answered 500 (its message names no limit). */
    @Test
    void anOverlongPhoneOrEmailGetsItsMessageNotAnErrorPage() {
        WebClient browser = loggedIn();
        String longPhone = "9".repeat(25);
        String longEmail = "a".repeat(250) + "@example.no";
        Response answer = browser.submit("/profile", "/profile", Map.of("email", longEmail, "phone", longPhone,
                "language", "nb"));
        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.select("[data-testid=error-summary] a").eachAttr("href")).containsExactly("#email", "#phone");
        assertThat(page.select("[data-testid=error-summary]").text()).contains("norsk telefonnummer");
        assertThat(page.select("#phone").attr("value")).isEqualTo(longPhone);
        assertThat(page.select("#email").attr("value")).isEqualTo(longEmail);
    }
    @Test
    void aPinLoginSeesTheNationalIdMasked() {
        String nationalId = Fixtures.nationalId();
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId));
        WebClient browser = new WebClient();
        browser.loginWithPin(c.caseNumber(), c.pin());
        String main = browser.getPage("/profile").select("main").text();
        assertThat(main).doesNotContain(nationalId).contains(nationalId.substring(0, 6) + "*****");
    }

    @Test
    void theSavedLanguageGreetsTheDebtorAtTheNextLogin() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient first = new WebClient();
        first.loginWithPin(c.caseNumber(), c.pin());
        first.submit("/profile", "/profile", Map.of("email", "a@example.no", "language", "en",
                "notifyByEmail", "true"));
        WebClient later = new WebClient(); // a new browser with no language chosen, asking for Norwegian
        later.loginWithPin(c.caseNumber(), c.pin());
        assertThat(later.getPage("/cases").select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void needsALogin() {
        assertThat(new WebClient().get("/profile").header("Location")).endsWith("/login");
    }

    /** Saves a full form and checks that the page shows it back, in the language chosen. */
    private static void saveAndCheck(WebClient browser) {
        Response saved = browser.submit("/profile", "/profile", Map.of("email", "ny@example.no",
                "phone", "22 33 44 55", "notifyByEmail", "true", "notifyBySms", "true", "language", "en"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/profile?saved=true");
        Document page = browser.getPage("/profile?saved=true");
        assertThat(page.select("[data-testid=profile-saved]")).hasSize(1);
        assertThat(page.select("html").attr("lang")).as("the chosen language applies at once").isEqualTo("en");
        assertThat(page.select("#email").attr("value")).isEqualTo("ny@example.no");
        assertThat(page.select("#phone").attr("value")).isEqualTo("+4722334455");
        assertThat(page.select("#notifyBySms").hasAttr("checked")).isTrue();
        assertThat(page.select("#language-en").hasAttr("checked")).isTrue();
    }

    private WebClient loggedIn() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        assertThat(browser.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
        return browser;
    }
}
