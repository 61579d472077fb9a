package no.minside.browser;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.cases.StageCases;
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
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page on a phone and on a desktop, at every stage (issue 14): a screenshot of each at 375 px and
 * 1280 px under target/screenshots, axe and no sideways scrolling on every one, in bokmål and (for two stages)
 * English; on the case with the most claims the pay block is on the first screen and the copy buttons work with
 * the keyboard.
 */
@QuarkusTest
class CasePageBrowserTest extends BrowserTestBase {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    @Inject
    Fixtures fixtures;

    @Inject
    StageCases stages;

    @Test
    void everyStageOnAPhoneAndADesktop() {
        LocalDate today = LocalDate.now(OSLO);
        int n = 50;
        for (StageCases.Stage stage : StageCases.Stage.values()) {
            Fixtures.OpenedCase c = stages.open(stage, today);
            browser.reset(base);
            logIn(c);
            browser.open("/cases/" + c.caseNumber());
            String name = stage.name().toLowerCase(Locale.ROOT).replace('_', '-');
            browser.checkPage("the case page, " + name, (n++) + "-stage-" + name + "-1280");
            browser.phone();
            browser.checkPage("the case page, " + name, (n++) + "-stage-" + name + "-375");
            if (stage == StageCases.Stage.LIGHT_FEE || stage == StageCases.Stage.MOVED) {
                browser.open("/language/en?return=/cases/" + c.caseNumber());
                browser.checkPage("the case page in English, " + name, (n++) + "-stage-" + name + "-375-en");
                browser.desktop();
                browser.checkPage("the case page in English, " + name, (n++) + "-stage-" + name + "-1280-en");
            }
        }
    }

    @Test
    void theCaseWithTheMostClaimsOnAPhone() {
        Fixtures.OpenedCase c = fixtures.openCase(manyClaims(LocalDate.now(OSLO)));
        logIn(c);
        browser.phone();
        browser.open("/cases/" + c.caseNumber());
        browser.checkPage("the case with eight claims", "70-many-claims-375");

        WebElement kid = browser.testId("pay-kid");
        long bottom = ((Number) browser.js("return arguments[0].getBoundingClientRect().bottom", kid)).longValue();
        long screen = ((Number) browser.js("return window.innerHeight")).longValue();
        assertThat(bottom).as("the KID is on the first screen").isLessThanOrEqualTo(screen);
        for (WebElement table : browser.driver().findElements(By.cssSelector("main table"))) {
            Object overflow = browser.js("return arguments[0].scrollWidth > arguments[0].clientWidth + 1", table);
            assertThat(overflow).as("no table scrolls sideways").isEqualTo(false);
        }

        // Keyboard only: tab to the KID's copy button and press Enter.
        browser.allowClipboard();
        WebElement copy = browser.find("button.copy[data-copy='" + c.kid() + "']");
        assertThat(copy.isDisplayed()).as("the copy buttons appear with JavaScript").isTrue();
        browser.js("arguments[0].closest('dd').querySelector('.copyable').setAttribute('tabindex', '-1');"
                + "arguments[0].closest('dd').querySelector('.copyable').focus()", copy);
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("data-copy")).isEqualTo(c.kid());
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> browser.find(".copy-status").getText().contains(c.kid()));
        Object copied = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript("var done = arguments[0]; navigator.clipboard.readText().then(done, function () "
                        + "{ done('no access'); });");
        assertThat(copied).isEqualTo(c.kid());
        browser.checkPage("the case after copying the KID", "71-copied-375");
    }

    /** Eight claims of every size, past the payment demand, with a payment. */
    private static Map<String, Object> manyClaims(LocalDate today) {
        Map<String, Object> request = IntakeRequests.consumer();
        @SuppressWarnings("unchecked")
        List<Object> claims = (List<Object>) request.get("claims");
        claims.clear();
        String[] amounts = {"149.00", "1200.00", "845.50", "2499.99", "12345.67", "399.00", "78.90", "6050.00"};
        for (int i = 0; i < amounts.length; i++) {
            claims.add(Json.object("invoiceNumber", "2026-" + (1000 + i), "description",
                    "Strøm og nettleie, måned " + (i + 1), "principal", amounts[i],
                    "dueDate", today.minusDays(80 + i).toString()));
        }
        request.put("collectionNoticeSentOn", today.minusDays(60).toString());
        request.put("paymentDemandSentOn", today.minusDays(40).toString());
        return request;
    }

    private void logIn(Fixtures.OpenedCase c) {
        browser.open("/login");
        browser.find("#caseNumber").sendKeys(c.caseNumber());
        browser.find("#pin").sendKeys(c.pin());
        WebElement oldPage = browser.find("html");
        browser.find("form[action='/login'] button[type='submit']").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        browser.waitForPath("/cases");
    }
}
