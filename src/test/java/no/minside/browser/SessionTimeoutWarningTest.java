package no.minside.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.support.Fixtures;
import no.minside.support.SmallLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2.1 in a real browser: before the session times out the page warns, moves focus to "stay logged in", and
 * that button keeps the session without leaving the page. Sessions here last 10 s and warn 6 s before the end.
 */
@QuarkusTest
@TestProfile(SmallLimits.class)
class SessionTimeoutWarningTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theWarningComesAndStayingLoggedInKeepsTheSession() {
        logInToANewCase();

        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-warning")));
        assertThat(warning.getAttribute("role")).isEqualTo("alertdialog");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("session-stay");

        browser.find("#session-stay").click();
        wait.until(ExpectedConditions.invisibilityOf(warning));
        assertThat(browser.path()).isEqualTo("/cases");

        // Past the original deadline (10 s after login), the session still lives because it was extended.
        sleep(Duration.ofSeconds(7));
        browser.open("/cases");
        assertThat(browser.path()).isEqualTo("/cases");
    }

    @Test
    void ignoringTheWarningEndsAtTheLoginPage() {
        logInToANewCase();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
        browser.open("/cases");
        assertThat(browser.path()).as("the server ended the session too").isEqualTo("/login");
    }

    private void logInToANewCase() {
        browser.reset(base);
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        browser.open("/login");
        browser.find("#caseNumber").sendKeys(c.caseNumber());
        browser.find("#pin").sendKeys(c.pin());
        browser.find("form[action='/login'] button[type='submit']").click();
        browser.waitForPath("/cases");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
