package no.minside.browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.plans.PlanFlows;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payment plans in a real browser, with the keyboard only (Tab, typing, Enter): the options, the form with errors,
 * each kind of answer with its summary, accepting a counter-offer, the confirmation, and the case officers' queue
 * and plan page. Every page is checked with axe (WCAG 2.1 A/AA, no violation) at 1280 and 375 px wide, with a
 * screenshot of each under target/screenshots.
 */
@QuarkusTest
class PlanBrowserTest extends BrowserTestBase {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    @Inject
    Fixtures fixtures;

    @Inject
    PlanFlows flows;

    @Test
    void aDebtorProposesSeesEachAnswerAndAcceptsTheCounterOfferWithTheKeyboard() {
        Fixtures.OpenedCase c = openCase();
        String firstDue = format(LocalDate.now(OSLO).plusDays(14));
        logIn(c);
        browser.open("/cases/" + c.caseNumber());
        tabTo("[data-testid='action-plan']");
        enter();
        browser.waitForPath("/cases/" + c.caseNumber() + "/plan");
        assertThat(browser.testIds("plan-option")).hasSizeGreaterThanOrEqualTo(3);
        both("the plan options", "80-plan-options");

        // The form with errors: a word for an amount, then Enter in the field submits it.
        tabTo("#monthlyAmount");
        type("femten hundre");
        enter();
        WebElement summary = browser.waitFor(By.cssSelector("[data-testid='error-summary']"));
        assertThat(browser.driver().getTitle()).startsWith("Feil: ");
        assertThat(browser.driver().switchTo().activeElement()).as("the summary takes the focus").isEqualTo(summary);
        assertThat(browser.find("#monthlyAmount").getAttribute("value")).isEqualTo("femten hundre");
        both("the plan form with errors", "81-plan-errors");

        // The summary's link leads to the field; the amount typed as people write it.
        tabTo("[data-testid='error-summary'] a[href='#monthlyAmount']");
        enter();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("monthlyAmount");
        retype("kr 1 800");
        enter();
        waitForAnswer("APPROVED");
        assertThat(browser.testId("plan-surcharge").getAttribute("data-amount")).isEqualTo("1125.00");
        both("an approved answer with its summary", "82-plan-approved");

        // Referred: the same amount with a budget that does not cover living costs.
        tabTo("#netIncome");
        type("15000");
        tabTo("#housing");
        type("8000");
        enter();
        waitForAnswer("REFERRED");
        assertThat(browser.testId("plan-answer-due").getText()).isNotBlank();
        both("a referred answer with the expected answer time", "83-plan-referred");

        // Rejected: too small an amount, and no budget; the counter-offer comes with its summary.
        tabTo("#monthlyAmount");
        retype("100");
        for (String field : new String[] {"#netIncome", "#housing", "#adults", "#children0to5", "#children6to10",
                "#children11to14", "#children15plus", "#otherDebts"}) {
            tabTo(field);
            retype("");
        }
        tabTo("#firstDueDate");
        retype(firstDue);
        enter();
        waitForAnswer("REJECTED");
        assertThat(browser.testIds("plan-counter-offer")).hasSize(1);
        both("a rejected answer with a counter-offer", "84-plan-rejected");

        tabTo("[data-testid='plan-counter-offer'] [data-testid='plan-accept']");
        WebElement answerPage = browser.find("html");
        enter();
        waitForNewPage(answerPage);
        assertThat(browser.path()).matches("/cases/" + c.caseNumber() + "/plan/BA-[0-9]+\\?accepted=true");
        assertThat(browser.testId("plan-confirmed").isDisplayed()).isTrue();
        assertThat(browser.testId("plan-reference").getText()).startsWith("BA-");
        assertThat(browser.testIds("plan-schedule-row")).isNotEmpty();
        assertThat(browser.testId("pay-kid").getText()).isEqualTo(c.kid());
        both("the confirmation with the schedule", "85-plan-confirmation");
    }

    @Test
    void aCaseOfficerFindsTheReferredPlanAndDecidesWithTheKeyboard() {
        Fixtures.OpenedCase c = openCase();
        String reference = referredPlan(c);
        String username = fixtures.staff(Roles.OFFICER);
        browser.open("/staff/login");
        tabTo("#username");
        type(username);
        tabTo("#password");
        type(Fixtures.STAFF_PASSWORD);
        WebElement login = browser.find("html");
        enter();
        waitForNewPage(login);
        // The second step: the code from the authenticator app, typed and sent with Enter.
        tabTo("#code");
        type(fixtures.staffCode(username));
        enter();
        browser.waitForPath("/staff");

        tabTo("[data-testid='queue'][data-queue='plans'] a");
        enter();
        browser.waitForPath("/staff/plans");
        assertThat(browser.testIds("queue-row")).isNotEmpty();
        both("the officers' queue", "86-staff-plans");

        tabTo("[data-testid='queue-row'][data-reference='" + reference + "'] a");
        enter();
        browser.waitFor(By.cssSelector("[data-testid='plan-rule']"));
        assertThat(browser.testId("plan-reference").getText()).isEqualTo(reference);
        both("the referred plan for an officer", "87-staff-plan");

        tabTo("[data-testid='plan-decide']");
        enter();
        browser.waitFor(By.cssSelector("[data-testid='error-summary']"));
        both("the decision form with errors", "88-staff-plan-errors");

        tabTo("#decision");
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        tabTo("#reason");
        type("Ny jobb fra neste måned; godkjent etter samtale.");
        tabTo("[data-testid='plan-decide']");
        WebElement form = browser.find("html");
        enter();
        waitForNewPage(form);
        assertThat(browser.testId("plan-decided").isDisplayed()).isTrue();
        assertThat(browser.testId("plan-status").getAttribute("data-status")).isEqualTo("ACTIVE");
        both("the plan after the decision", "89-staff-plan-decided");
    }

    // ---- steps ----

    /** 8 000 kr due 45 days ago: six months at most, with the surcharge; real dates (the browser's cookies). */
    private Fixtures.OpenedCase openCase() {
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "claims[0].principal", "8000.00");
        Json.set(request, "claims[0].dueDate", LocalDate.now(OSLO).minusDays(45).toString());
        return fixtures.openCase(request);
    }

    /** The debtor sends a proposal the budget does not cover to a case officer (outside the browser). */
    private String referredPlan(Fixtures.OpenedCase c) {
        WebClient debtor = flows.debtor(c);
        Document answer = flows.answer(debtor, c, Map.of("months", "6",
                "firstDueDate", format(LocalDate.now(OSLO).plusDays(14)), "netIncome", "15000", "housing", "8000"));
        Response sent = flows.accept(debtor, answer, 0);
        return debtor.getPage(sent.header("Location")).select("[data-testid=plan-reference]").text();
    }

    private void logIn(Fixtures.OpenedCase c) {
        browser.open("/login");
        tabTo("#caseNumber");
        type(c.caseNumber());
        tabTo("#pin");
        type(c.pin());
        WebElement login = browser.find("html");
        enter();
        waitForNewPage(login);
        browser.waitForPath("/cases");
    }

    /** The page checks at a desktop's width and a phone's, with a screenshot of each. */
    private void both(String page, String screenshot) {
        browser.desktop();
        browser.checkPage(page, screenshot + "-1280");
        browser.phone();
        browser.checkPage(page, screenshot + "-375");
        browser.desktop();
    }

    /** Presses Tab until the element matching {@code css} has the focus: how a keyboard user gets there. */
    private void tabTo(String css) {
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Object focused = browser.js("return document.activeElement && document.activeElement.matches(arguments[0])",
                    css);
            if (Boolean.TRUE.equals(focused)) {
                return;
            }
            seen.add((String) browser.js("var e = document.activeElement; return e ? e.outerHTML.substring(0, 80) : 'none'"));
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + css + " on " + browser.path() + "; the focus went to:\n"
                + String.join("\n", seen.subList(0, Math.min(60, seen.size()))));
    }

    private void type(String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
    }

    /** Replaces what the focused field holds, as select-all and typing do. */
    private void retype(String text) {
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                .sendKeys(Keys.BACK_SPACE).perform();
        if (!text.isEmpty()) {
            type(text);
        }
    }

    private void enter() {
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    }

    private void waitForAnswer(String decision) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage(() -> "no " + decision + " answer on "
                        + browser.path())
                .until(d -> !d.findElements(By.cssSelector("[data-testid='plan-decision'][data-decision='" + decision
                        + "']")).isEmpty());
        browser.waitFor(By.tagName("h1"));
    }

    private void waitForNewPage(WebElement oldPage) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> isGone(oldPage));
        browser.waitFor(By.tagName("h1"));
    }

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

    private static String format(LocalDate date) {
        return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    }
}
