package no.minside.browser;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.minside.auth.Base32;
import no.minside.auth.Totp;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff account pages and the two-factor login in a real browser (issue 11): an admin logs in with a code
 * (mistyping it first), creates an account (first with errors) and reads its one-time password; the new staff member
 * logs in with it, sets up the authenticator, takes the recovery codes and chooses a password (first a short one).
 * axe on every page, with and without errors, at 1280 and 375 px.
 */
@QuarkusTest
class StaffAdminBrowserTest extends BrowserTestBase {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Test
    void anAdminCreatesAnAccountAndItsHolderLogsInWithTwoFactors() {
        String admin = fixtures.staff(Roles.ADMIN);
        browser.open("/staff/login");
        browser.find("#username").sendKeys(admin);
        browser.find("#password").sendKeys(Fixtures.STAFF_PASSWORD, Keys.ENTER);
        browser.waitFor(By.id("code"));
        browser.checkPage("the code page", "110-staff-code");
        browser.find("#code").sendKeys("12", Keys.ENTER);
        browser.waitFor(By.cssSelector("[data-testid='error-summary']"));
        assertThat(browser.driver().getTitle()).startsWith("Feil: ");
        assertThat((String) browser.js("return document.activeElement.dataset.testid")).as("the summary has focus")
                .isEqualTo("error-summary");
        browser.checkPage("the code page with an error", "111-staff-code-error");
        browser.find("#code").clear();
        browser.find("#code").sendKeys(fixtures.staffCode(admin), Keys.ENTER);
        browser.waitForPath("/staff");

        browser.find("[data-testid='admin-links'] a[href='/staff/admin/staff']").click();
        browser.waitForPath("/staff/admin/staff");
        browser.checkPage("the staff accounts", "112-staff-accounts");
        browser.find("form[action='/staff/admin/staff'] button[type='submit']").click();
        browser.waitFor(By.cssSelector("[data-testid='error-summary']"));
        browser.checkPage("the new account form with errors", "113-staff-accounts-errors");
        browser.phone();
        browser.checkPage("the new account form with errors", "114-staff-accounts-errors-375");
        browser.desktop();

        String username = "ny.ansatt" + System.nanoTime() % 100000;
        browser.find("#username").sendKeys(username);
        browser.find("#displayName").sendKeys("Nina Ansatt");
        browser.find("#role-officer").click();
        browser.find("form[action='/staff/admin/staff'] button[type='submit']").click();
        browser.waitFor(By.cssSelector("[data-testid='issued-password']"));
        String issued = browser.testId("issued-password").getText();
        browser.checkPage("a new account with its one-time password", "115-staff-account-created");
        browser.phone();
        browser.checkPage("a new account with its one-time password", "116-staff-account-375");
        browser.desktop();

        browser.reset(base);
        browser.open("/staff/login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(issued, Keys.ENTER);
        browser.waitFor(By.cssSelector("[data-testid='totp-secret']"));
        browser.checkPage("setting up the authenticator", "117-staff-enrol");
        browser.phone();
        browser.checkPage("setting up the authenticator", "118-staff-enrol-375");
        browser.desktop();
        String secret = browser.testId("totp-secret").getAttribute("data-secret");
        browser.find("#code").sendKeys(Totp.code(Base32.decode(secret), Totp.step(clock.now())), Keys.ENTER);
        browser.waitFor(By.cssSelector("[data-testid='recovery-codes']"));
        List<?> codes = browser.testIds("recovery-code");
        assertThat(codes).hasSize(10);
        browser.checkPage("the recovery codes", "119-staff-recovery");
        browser.find("form[action='/staff/login'] button[type='submit']").click();

        browser.waitFor(By.id("repeat"));
        browser.checkPage("choosing a password", "120-staff-new-password");
        browser.find("#password").sendKeys("for kort");
        browser.find("#repeat").sendKeys("for kort", Keys.ENTER);
        browser.waitFor(By.cssSelector("[data-testid='error-summary']"));
        browser.checkPage("choosing a password, with an error", "121-staff-new-password-error");
        browser.find("#password").sendKeys("snart fem fjell i kveld");
        browser.find("#repeat").sendKeys("snart fem fjell i kveld", Keys.ENTER);
        browser.waitForPath("/staff");
        assertThat(browser.find("main").getText()).contains(username);
    }
}
