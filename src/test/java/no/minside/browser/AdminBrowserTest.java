package no.minside.browser;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.RateTablesBackup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin pages in a real browser (issue 11): the rate tables, a rate form with errors and its preview, the
 * creditors with the other systems' keys, a creditor's policy with errors, and a rotated key shown once. axe on
 * every page, with and without errors, at 375 and 1280 px.
 */
@QuarkusTest
class AdminBrowserTest extends BrowserTestBase {

    @Inject
    Fixtures fixtures;

    @Inject
    RateTablesBackup rates;

    @BeforeEach
    void keepTheSeededRates() {
        rates.save();
    }

    @AfterEach
    void putTheRatesBack() {
        rates.restore();
    }

    @Test
    void anAdminKeepsTheRatesAndTheCreditors() {
        long creditor = fixtures.creditorId(fixtures.creditor(true));
        logIn(fixtures.staff(Roles.ADMIN));

        browser.open("/staff/admin/rates");
        check("the rate tables", "110-admin-rates");
        browser.find("[data-testid=add-interest]").click();
        browser.find("#value").sendKeys("45");
        browser.find("[data-testid=rate-preview-submit]").click();
        waitFor("error-summary");
        assertThat(browser.driver().getTitle()).startsWith("Feil: ");
        assertThat(browser.find("#value").getAttribute("value")).isEqualTo("45");
        check("the rate form with errors", "111-admin-rate-errors");
        browser.find("#value").clear();
        browser.find("#value").sendKeys("13,00");
        browser.find("#source").sendKeys("Norges Bank: styringsrenten 5,00 %");
        browser.find("[data-testid=rate-preview-submit]").click();
        waitFor("rate-preview");
        check("the rate preview", "112-admin-rate-preview");
        browser.find("[data-testid=rate-save]").click();
        waitFor("rates-saved");
        check("the rate saved", "113-admin-rate-saved");

        browser.open("/staff/admin/creditors");
        check("the creditors", "114-admin-creditors");
        browser.find("[data-testid=client-create]").click();
        waitFor("error-summary");
        check("the key form with errors", "115-admin-client-errors");
        browser.find("#name").sendKeys("Telefonsupport " + System.nanoTime(), Keys.ENTER);
        waitFor("new-key-value");
        check("a new system key, shown once", "116-admin-client-key");

        browser.open("/staff/admin/creditors/" + creditor);
        check("a creditor's policy", "117-admin-creditor");
        browser.find("#minInstalment").sendKeys("tre hundre");
        browser.find("#months-4").sendKeys("0");
        browser.find("[data-testid=creditor-save]").click();
        waitFor("error-summary");
        assertThat(browser.find("#minInstalment").getAttribute("value")).isEqualTo("tre hundre");
        check("a creditor's policy with errors", "118-admin-creditor-errors");
        browser.find("#minInstalment").clear();
        browser.find("#months-4").clear();
        browser.find("#contactName").sendKeys("Kari Nordmann");
        browser.find("[data-testid=creditor-save]").click();
        waitFor("creditor-saved");
        browser.find("[data-testid=key-rotate]").click();
        waitFor("new-key-value");
        check("a new creditor key, shown once", "119-admin-creditor-key");
    }

    private void check(String page, String screenshot) {
        browser.phone();
        browser.checkPage(page, screenshot + "-375");
        browser.desktop();
        browser.checkPage(page, screenshot + "-1280");
    }

    private void waitFor(String testId) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !browser.testIds(testId).isEmpty());
    }

    private void logIn(String username) {
        browser.open("/staff/login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(Fixtures.STAFF_PASSWORD, Keys.ENTER);
        browser.waitFor(org.openqa.selenium.By.id("code")).sendKeys(fixtures.staffCode(username), Keys.ENTER);
        browser.waitForPath("/staff");
    }
}
