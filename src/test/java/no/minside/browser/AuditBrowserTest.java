package no.minside.browser;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.minside.admin.AuditRows;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's audit viewer in a real browser: who looked at a case, found through the filter form; a filter with
 * wrong dates explained in the error summary, which takes the focus and links to the field; an older page keeping
 * the filter. axe on every state, at 375 and 1280 px.
 */
@QuarkusTest
class AuditBrowserTest extends BrowserTestBase {

    @Inject
    Fixtures fixtures;

    @Inject
    AuditRows audit;

    @Test
    void anAdminFindsWhoLookedAtACase() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        String support = fixtures.staff(Roles.SUPPORT);
        WebClient supportBrowser = new WebClient().loginAsStaff(support, Fixtures.STAFF_PASSWORD);
        supportBrowser.getPage("/staff/cases/" + c.caseNumber());
        supportBrowser.getPage("/staff/search?q=" + c.caseNumber());

        staffLogIn(fixtures.staff(Roles.ADMIN));
        browser.open("/staff/admin/audit");
        browser.checkPage("the audit log", "a0-audit-1280");
        browser.phone();
        browser.checkPage("the audit log", "a1-audit-375");
        browser.desktop();

        // The filter: a case number and a staff member's looks, chosen from the list.
        browser.find("#case").sendKeys(c.caseNumber());
        new Select(browser.find("#action")).selectByValue("access");
        browser.find("#staff").sendKeys(support, Keys.ENTER);
        waitFor(() -> browser.path().contains("case=" + c.caseNumber()));
        assertThat(browser.testIds("audit-row")).hasSize(1);
        WebElement row = browser.testIds("audit-row").get(0);
        assertThat(row.getAttribute("data-action")).isEqualTo("STAFF_VIEWED_CASE");
        assertThat(row.findElement(By.cssSelector("[data-testid=audit-who]")).getText())
                .contains(support);
        browser.checkPage("the audit log for a case", "a2-audit-case-1280");
        browser.phone();
        browser.checkPage("the audit log for a case", "a3-audit-case-375");
        browser.desktop();

        // Dates the wrong way round and one that is no date: the summary has the focus and links to each field.
        browser.find("#case").clear();
        browser.find("#staff").clear();
        browser.find("#from").sendKeys("31.2.2026");
        browser.find("#to").sendKeys("i går", Keys.ENTER);
        waitFor(() -> !browser.testIds("error-summary").isEmpty());
        assertThat(browser.driver().getTitle()).startsWith("Feil: ");
        assertThat(active().getAttribute("data-testid")).as("the error summary has the focus")
                .isEqualTo("error-summary");
        assertThat(browser.find("#from").getAttribute("value")).isEqualTo("31.2.2026");
        assertThat(browser.find("#to").getAttribute("value")).isEqualTo("i går");
        browser.checkPage("the audit log with errors", "a4-audit-errors-1280");
        browser.phone();
        browser.checkPage("the audit log with errors", "a5-audit-errors-375");
        browser.desktop();
        browser.find("[data-testid=error-summary] a[href='#to']").click();
        assertThat(active().getAttribute("id")).isEqualTo("to");

        browser.find("#from").clear();
        browser.find("#to").clear();
        browser.find("#from").sendKeys("1.1.2026");
        browser.find("#to").sendKeys("1.1.2025", Keys.ENTER);
        waitFor(() -> browser.find("#to").getAttribute("aria-invalid") != null);
        assertThat(browser.find("#to-error").getText()).contains("før fra-datoen");
        browser.phone();
        browser.checkPage("the audit log with a period backwards", "a6-audit-backwards-375");
        browser.desktop();

        // More than a page of the support member's work: the older page keeps the filter.
        Instant now = Instant.now();
        long supportId = fixtures.staffId(support);
        audit.insert(IntStream.range(0, 55).mapToObj(i -> new AuditRows.Row(now.minusSeconds(60 + i), "STAFF",
                supportId, "STAFF_SEARCHED", "search", "Nordmann (" + i + ")")).toList());
        browser.open("/staff/admin/audit?staff=" + support);
        browser.testId("audit-older").click();
        waitFor(() -> browser.path().contains("before="));
        assertThat(browser.path()).contains("staff=" + support);
        assertThat(browser.testIds("audit-newer")).isNotEmpty();
        browser.checkPage("an older page of the audit log", "a7-audit-older-1280");
        browser.phone();
        browser.checkPage("an older page of the audit log", "a8-audit-older-375");
        browser.desktop();
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    /** Until {@code condition} holds; an element found on the page a submit is replacing is looked for again. */
    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private void staffLogIn(String username) {
        browser.open("/staff/login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(Fixtures.STAFF_PASSWORD, Keys.ENTER);
        browser.waitFor(org.openqa.selenium.By.id("code")).sendKeys(fixtures.staffCode(username), Keys.ENTER);
        browser.waitForPath("/staff");
    }
}
