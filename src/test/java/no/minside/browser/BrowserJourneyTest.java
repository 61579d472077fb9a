package no.minside.browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The debtor's journey in a real browser (headless Debian Chromium): the login page with its errors, logging in
 * with the letter's case number and PIN, the overview, a case, the language switch, the profile, the public rates
 * page and logging out. Every page state is kept as a screenshot under target/screenshots and checked by
 * {@link Browser#checkPage}: no axe violation of WCAG 2.1 A/AA, no sideways scrolling (also at 320 px wide), dates
 * and amounts never broken over lines. One browser serves the whole class; each test starts as a new visitor.
 * Issue 4, "Done when"; the recipe is in shared/design/RECIPE.md ("Real browser tests").
 */
@QuarkusTest
class BrowserJourneyTest extends BrowserTestBase {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    @Inject
    Fixtures fixtures;

    /** The page checks can fail: a page spoiled on purpose is caught by axe, the reflow check and the line check. */
    @Test
    void thePageChecksFindWhatTheyLookFor() {
        browser.open("/login");
        // Styles through the CSSOM: the page's CSP refuses style attributes.
        browser.js("""
                var main = document.querySelector('main');
                function add(tag, text, style) {
                  var e = document.createElement(tag);
                  e.textContent = text;
                  Object.assign(e.style, style);
                  return main.appendChild(e);
                }
                add('img', '', {}).src = '/favicon.ico';
                add('p', 'Lav kontrast', { color: '#bbb', background: '#fff' });
                add('div', 'bred', { width: '3000px' });
                add('p', '', { width: '3ch' }).appendChild(add('span', '12 345,67 kr', {})).dataset.amount = '';""");
        assertThatThrownBy(() -> browser.assertAccessible("a spoiled page"))
                .hasMessageContaining("image-alt").hasMessageContaining("color-contrast");
        assertThatThrownBy(() -> browser.assertNoHorizontalScroll("a spoiled page")).hasMessageContaining("sideways");
        assertThatThrownBy(() -> browser.assertDatesAndAmountsUnbroken("a spoiled page"))
                .hasMessageContaining("12 345,67 kr");
        browser.open("/login");
        browser.assertAccessible("the login page again");
    }

    @Test
    void theLoginPageWithAndWithoutErrors() {
        browser.open("/login");
        assertThat(browser.lang()).isEqualTo("nb");
        assertThat(browser.h1()).isEqualTo("Logg inn på Min side");
        assertThat(browser.driver().findElements(By.tagName("h1"))).hasSize(1);
        browser.checkPage("the login page", "01-login");

        // The first Tab reaches the skip link, which then shows and leads to the main content.
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.driver().switchTo().activeElement();
        assertThat(skip.getAttribute("class")).contains("skip-link");
        assertThat(skip.isDisplayed()).isTrue();
        assertThat(skip.getAttribute("hash")).isEqualTo("#main");

        submitLogin("", "");
        WebElement summary = browser.waitFor(By.cssSelector("[data-testid='error-summary']"));
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(summary.findElements(By.cssSelector("a")).stream().map(a -> a.getAttribute("hash")))
                .containsExactly("#caseNumber", "#pin");
        assertThat(browser.find("#caseNumber").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#pin").getAttribute("aria-invalid")).isEqualTo("true");
        browser.checkPage("the login page with errors", "02-login-errors");

        // The summary's links move focus to the field that needs fixing.
        summary.findElement(By.cssSelector("a[href='#pin']")).click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("pin");
    }

    @Test
    void aDebtorLogsInSeesTheOverviewOpensTheCaseAndLogsOut() {
        Fixtures.OpenedCase c = caseWithFeesInterestAndAPayment();
        logIn(c);
        assertThat(browser.lang()).isEqualTo("nb");
        assertThat(browser.h1()).isEqualTo("Mine saker");
        assertThat(browser.testIds("case-row")).hasSize(1);
        assertThat(browser.testId("case-number").getText()).isEqualTo(c.caseNumber());
        assertThat(browser.testId("balance-total").isDisplayed()).isTrue();
        browser.checkPage("the overview", "03-overview");

        openTheCase(c);
        WebElement total = browser.testId("balance-total");
        assertThat(total.isDisplayed()).isTrue();
        assertThat(total.getAttribute("data-amount")).matches("\\d+\\.\\d{2}");
        assertThat(total.getText()).endsWith("kr");
        assertThat(browser.testId("case-number").getText()).isEqualTo(c.caseNumber());
        assertThat(browser.testIds("claim-row")).hasSize(2);
        assertThat(browser.testIds("fee-row")).isNotEmpty();
        assertThat(browser.testIds("interest-row")).isNotEmpty();
        assertThat(browser.testIds("payment-row")).hasSize(1);
        assertThat(browser.testId("pay-kid").getText()).isEqualTo(c.kid());
        browser.checkPage("the case detail", "04-case-detail");

        browser.testId("logout").click();
        browser.waitForPath("/login");
        assertThat(browser.find(".notice[role='status']").isDisplayed()).isTrue();
        browser.checkPage("the login page after logout", "05-logged-out");
        browser.open("/cases/" + c.caseNumber());
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void theLanguageSwitchGivesEnglishPages() {
        Fixtures.OpenedCase c = caseWithFeesInterestAndAPayment();
        logIn(c);
        assertThat(browser.lang()).isEqualTo("nb");
        switchLanguage("en");
        assertThat(browser.path()).isEqualTo("/cases");
        assertThat(browser.h1()).isEqualTo("My cases");
        assertThat(browser.testId("case-number").getText()).isEqualTo(c.caseNumber());
        browser.checkPage("the overview in English", "06-overview-en");

        openTheCase(c);
        assertThat(browser.lang()).isEqualTo("en");
        assertThat(browser.testId("task").getText()).startsWith("Pay NOK ");
        assertThat(browser.testId("pay-amount").getText()).startsWith("NOK ");
        assertThat(browser.testId("balance-total").isDisplayed()).isTrue();
        browser.checkPage("the case detail in English", "07-case-detail-en");

        // The choice outlives the session: the login page after logout is English too, errors included.
        browser.testId("logout").click();
        browser.waitForPath("/login");
        assertThat(browser.lang()).isEqualTo("en");
        assertThat(browser.h1()).isEqualTo("Log in to My page");
        submitLogin("", "");
        WebElement summary = browser.waitFor(By.cssSelector("[data-testid='error-summary']"));
        assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("Please correct the following");
        browser.checkPage("the login page with errors in English", "08-login-errors-en");

        switchLanguage("nb");
        assertThat(browser.h1()).isEqualTo("Logg inn på Min side");
    }

    /** WCAG 1.4.10: at 320 CSS px nothing scrolls sideways (tables may scroll inside their own region). */
    @Test
    void thePagesWorkAt320PixelsWide() {
        Fixtures.OpenedCase c = caseWithFeesInterestAndAPayment();
        browser.narrow();
        browser.open("/login");
        browser.checkPage("the login page", "10-narrow-login");
        submitLogin("", "");
        browser.waitFor(By.cssSelector("[data-testid='error-summary']"));
        browser.checkPage("the login page with errors", "11-narrow-login-errors");

        logIn(c);
        browser.checkPage("the overview", "12-narrow-overview");
        openTheCase(c);
        browser.checkPage("the case detail", "13-narrow-case-detail");
        switchLanguage("en");
        openTheChartTable();
        browser.checkPage("the case detail in English", "14-narrow-case-detail-en");
    }

    /** The public rates page, in both languages and at 320 px. */
    @Test
    void theRatesPage() {
        browser.open("/rates");
        assertThat(browser.lang()).isEqualTo("nb");
        browser.checkPage("the rates page", "20-rates");
        switchLanguage("en");
        browser.checkPage("the rates page in English", "21-rates-en");
        browser.narrow();
        browser.checkPage("the rates page in English", "22-narrow-rates-en");
    }

    @Test
    void theProfilePage() {
        logIn(fixtures.openCase(IntakeRequests.consumer()));
        browser.find("header a[href='/profile']").click();
        browser.waitForPath("/profile");
        assertThat(browser.h1()).isEqualTo("Profil");
        assertThat(browser.find("#email").getAttribute("value"))
                .as("a PIN login sees the details of its own case's notices, as the creditor gave them")
                .isEqualTo("kari@example.no");
        assertThat(browser.find("[data-testid='profile-scope']").getAttribute("data-scope")).isEqualTo("case");
        browser.checkPage("the profile page", "30-profile");
        browser.narrow();
        browser.checkPage("the profile page", "31-narrow-profile");
    }

    @Test
    void theStaffLoginHomeAndErrorPages() {
        String username = fixtures.staff(no.minside.common.Roles.SUPPORT);
        browser.open("/staff/login");
        browser.find("form[action='/staff/login'] button[type='submit']").click();
        browser.waitFor(By.cssSelector("[data-testid='error-summary']"));
        browser.checkPage("the staff login page with errors", "40-staff-login-errors");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(Fixtures.STAFF_PASSWORD);
        WebElement oldPage = browser.find("html");
        browser.find("form[action='/staff/login'] button[type='submit']").click();
        waitForNewPage(oldPage);
        browser.find("#code").sendKeys(fixtures.staffCode(username), Keys.ENTER);
        browser.waitForPath("/staff");
        browser.checkPage("the staff home page", "41-staff-home");
        browser.open("/no-such-page");
        assertThat(browser.find("[data-testid='error-reference']").getText()).isNotBlank();
        browser.checkPage("the not-found page", "42-not-found");
    }

    // ---- steps ----

    private void submitLogin(String caseNumber, String pin) {
        WebElement number = browser.find("#caseNumber");
        WebElement secret = browser.find("#pin");
        number.clear();
        number.sendKeys(caseNumber);
        secret.clear();
        secret.sendKeys(pin);
        WebElement oldPage = browser.find("html");
        browser.find("form[action='/login'] button[type='submit']").click();
        waitForNewPage(oldPage);
    }

    private void logIn(Fixtures.OpenedCase c) {
        browser.open("/login");
        submitLogin(c.caseNumber(), c.pin());
        browser.waitForPath("/cases");
    }

    /** Follows the header's language link and waits for the page to come back in {@code lang}. */
    private void switchLanguage(String lang) {
        WebElement link = browser.testId("language-switch");
        assertThat(link.getAttribute("hreflang")).isEqualTo(lang);
        String path = browser.path().replaceAll("\\?.*", "");
        WebElement oldPage = browser.find("html");
        link.click();
        waitForNewPage(oldPage);
        browser.waitForPath(path);
        assertThat(browser.lang()).isEqualTo(lang);
    }

    private void waitForNewPage(WebElement oldPage) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> isGone(oldPage));
        browser.waitFor(By.tagName("h1"));
    }

    /**
     * Whether the element's page has been replaced. Chromium reports a replaced node either as stale or, while the
     * new document is still arriving, as "does not belong to the document": both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Opens the text alternative of the balance chart, so that the checks and the screenshot include it. */
    private void openTheChartTable() {
        WebElement details = browser.find(".chart details");
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        assertThat(browser.find(".chart details table").isDisplayed()).isTrue();
    }

    /** Follows the case's link on the overview; the detail opens with the chart's table shown. */
    private void openTheCase(Fixtures.OpenedCase c) {
        browser.find("[data-testid='case-row'] a.button").click();
        browser.waitForPath("/cases/" + c.caseNumber());
        openTheChartTable();
    }

    /**
     * A case past the payment demand, so that the detail page has everything to show: two claims, fees, interest,
     * a payment, the timeline and a chart with several points. Dates are relative to today (real clock).
     */
    private Fixtures.OpenedCase caseWithFeesInterestAndAPayment() {
        LocalDate today = LocalDate.now(OSLO);
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "claims[0].dueDate", today.minusDays(75).toString());
        @SuppressWarnings("unchecked")
        List<Object> claims = (List<Object>) request.get("claims");
        claims.add(Json.object("invoiceNumber", "10043", "description", "Nettleie november", "principal", "845.50",
                "dueDate", today.minusDays(60).toString()));
        request.put("collectionNoticeSentOn", today.minusDays(45).toString());
        request.put("paymentDemandSentOn", today.minusDays(25).toString());
        Fixtures.OpenedCase c = fixtures.openCase(request);
        RestAssured.given().header("X-Api-Key", c.apiKey()).contentType("application/json")
                .body(Json.object("paymentId", "browser-" + c.caseNumber(), "amount", "300.00",
                        "paidOn", today.minusDays(10).toString(), "kid", c.kid()))
                .post("/api/v1/cases/" + c.caseNumber() + "/payments").then().statusCode(201);
        return c;
    }
}
