package no.minside.browser;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.devdata.bankid.StandInProvider;
import no.minside.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BankID login in a real browser (issue 10), with the keyboard alone: from the login page through the stand-in
 * provider (real OIDC: quarkus-oidc's code flow, a signed ID token) to the overview of a person with cases at three
 * creditors, the profile and the logout, which passes through the provider. axe on every page (0 violations of WCAG
 * 2.1 A/AA), at 375 and 1280 px.
 */
@QuarkusTest
class BankIdBrowserTest extends BrowserTestBase {

    @Inject
    Fixtures fixtures;

    @Inject
    StandInProvider provider;

    @AfterEach
    void resetTheProvider() {
        provider.reset();
    }

    @Test
    void aPersonLogsInWithBankIdUsingTheKeyboardAndSeesEveryCase() {
        String nationalId = Fixtures.nationalId();
        List<String> cases = List.of(openCase(nationalId), openCase(nationalId), openCase(nationalId));
        String identity = provider.addIdentity(nationalId, "Ingrid Testesen");

        browser.open("/login");
        browser.checkPage("the login page with BankID first", "90-bankid-login");
        tabTo("[data-testid=login-bankid]");
        enter();
        browser.waitForPath("/bankid-standin/authorize");
        assertThat(browser.h1()).isEqualTo("Logg inn med test-BankID");
        browser.phone();
        browser.checkPage("the stand-in provider's page", "91-bankid-standin-375");
        browser.desktop();
        browser.checkPage("the stand-in provider's page", "92-bankid-standin-1280");

        // The person is chosen with the arrow keys in the radio group, the form sent with Enter on its button.
        tabTo("#identity");
        for (int i = 0; i < 10 && !identity.equals(active().getAttribute("value")); i++) {
            keys(Keys.ARROW_DOWN);
        }
        assertThat(active().getAttribute("value")).isEqualTo(identity);
        tabTo("[data-testid=standin-login]");
        enter();

        browser.waitForPath("/cases");
        assertThat(browser.h1()).isEqualTo("Mine saker");
        assertThat(browser.testIds("case-row")).hasSize(3);
        assertThat(browser.testIds("case-number").stream().map(WebElement::getText))
                .containsExactlyInAnyOrderElementsOf(cases);
        BigDecimal sum = browser.testIds("balance-total").stream().map(e -> new BigDecimal(e.getAttribute("data-amount")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(browser.testId("overview-total").getAttribute("data-amount")))
                .isEqualByComparingTo(sum);
        browser.checkPage("the overview with three cases after BankID", "93-bankid-overview-1280");
        browser.phone();
        browser.checkPage("the overview with three cases after BankID", "94-bankid-overview-375");
        browser.desktop();

        browser.open("/profile");
        assertThat(browser.testId("profile-national-id").getText()).isEqualTo(nationalId);
        browser.checkPage("the profile after BankID", "95-bankid-profile");

        // Logging out goes by the provider's end_session endpoint and back to our login page.
        tabTo("[data-testid=logout]");
        enter();
        browser.waitForPath("/login");
        assertThat(browser.path()).isEqualTo("/login?loggedOut=true");
        assertThat(provider.logouts()).isEqualTo(1);
        browser.checkPage("the login page after a BankID logout", "96-bankid-logged-out");
        browser.open("/cases");
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void aPersonWithNoCasesIsToldSo() {
        browser.open("/login/bankid");
        browser.waitForPath("/bankid-standin/authorize");
        tabTo("#identity");
        for (int i = 0; i < 10 && !"kari".equals(active().getAttribute("value")); i++) {
            keys(Keys.ARROW_DOWN);
        }
        assertThat(browser.find("#identity-kari").isSelected()).isTrue();
        tabTo("[data-testid=standin-login]");
        enter();
        browser.waitForPath("/login/bankid/no-cases");
        assertThat(browser.h1()).isEqualTo("Vi finner ingen saker på deg");
        browser.checkPage("the page for a person with no cases", "97-bankid-no-cases");
        browser.open("/cases");
        assertThat(browser.path()).isEqualTo("/login");
    }

    private String openCase(String nationalId) {
        return fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId)).caseNumber();
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private void enter() {
        keys(Keys.ENTER);
    }

    /** Presses Tab until the element matching {@code css} has the focus; fails if it never gets it. */
    private void tabTo(String css) {
        WebElement target = browser.find(css);
        for (int i = 0; i < 80; i++) {
            if (target.equals(active())) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("The keyboard never reached " + css + " on " + browser.path());
    }
}
