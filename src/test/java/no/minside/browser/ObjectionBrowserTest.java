package no.minside.browser;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An objection from end to end in a real browser (issue 8): the debtor disputes the case with the keyboard alone,
 * attaching a PDF, first making a mistake; support finds it in the queue and by search, reads it with the case, and
 * rejects it; the debtor reads the answer. axe on every page, with and without errors, at 375 and 1280 px.
 */
@QuarkusTest
class ObjectionBrowserTest extends BrowserTestBase {

    @Inject
    Fixtures fixtures;

    @Test
    void aDebtorObjectsWithTheKeyboardAndSupportAnswers() throws IOException {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        String page = "/cases/" + c.caseNumber() + "/objection";
        logIn(c);

        // From the case page: the action link, reached with Tab and followed with Enter.
        browser.open("/cases/" + c.caseNumber());
        tabTo("[data-testid=action-objection]");
        enter();
        browser.waitForPath(page);
        browser.phone();
        browser.checkPage("the objection form", "80-objection-form-375");
        browser.desktop();
        browser.checkPage("the objection form", "81-objection-form-1280");

        // A mistake first: "Something else" chosen with the arrow keys, no text, sent with Enter.
        tabTo("#reason");
        for (int i = 0; i < 5; i++) {
            keys(Keys.ARROW_DOWN);
        }
        assertThat(active().getAttribute("value")).isEqualTo("OTHER");
        tabTo("[data-testid=objection-submit]");
        enter();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !browser.testIds("error-summary").isEmpty());
        assertThat(browser.driver().getTitle()).startsWith("Feil: ");
        assertThat(active().getAttribute("data-testid")).as("the error summary has the focus").isEqualTo("error-summary");
        assertThat(browser.find("#reason-OTHER").isSelected()).as("the choice is kept").isTrue();
        browser.phone();
        browser.checkPage("the objection form with errors", "82-objection-errors-375");
        browser.desktop();
        browser.checkPage("the objection form with errors", "83-objection-errors-1280");

        // The error's link takes the focus to the field; then the whole case, a text and a file.
        tabTo("[data-testid=error-summary] a");
        enter();
        assertThat(active().getAttribute("id")).isEqualTo("text");
        keys("Jeg betalte hele beløpet 1. mars. Kvitteringen ligger ved.");
        Path pdf = Files.createTempFile("kvittering", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", StandardCharsets.US_ASCII);
        keys(Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("attachments");
        active().sendKeys(pdf.toAbsolutePath().toString());
        keys(Keys.chord(Keys.SHIFT, Keys.TAB), Keys.chord(Keys.SHIFT, Keys.TAB));
        tabBackTo("#claims");
        keys(Keys.SPACE);
        assertThat(browser.find("#claims").isSelected()).isTrue();
        tabTo("[data-testid=objection-submit]");
        enter();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !browser.testIds("objection-receipt").isEmpty());
        String reference = browser.testId("objection-reference").getText();
        assertThat(reference).startsWith("INN-");
        assertThat(browser.testId("objection-status").getAttribute("data-status")).isEqualTo("OPEN");
        assertThat(browser.testIds("objection-files").get(0).getText()).contains("kvittering");
        browser.phone();
        browser.checkPage("the objection receipt", "84-objection-receipt-375");
        browser.desktop();
        browser.checkPage("the objection receipt", "85-objection-receipt-1280");
        browser.open("/cases/" + c.caseNumber());
        assertThat(browser.testId("task").getAttribute("data-phase")).isEqualTo("PAUSED_OBJECTION");
        browser.phone();
        browser.checkPage("the case page under review", "86-case-under-review-375");

        // Support: the queue, the search, the case, the objection and its decision.
        browser.reset(base);
        staffLogIn(fixtures.staff(Roles.SUPPORT));
        browser.open("/staff/objections");
        browser.checkPage("the objection queue", "87-staff-queue-1280");
        browser.phone();
        browser.checkPage("the objection queue", "88-staff-queue-375");
        browser.desktop();
        browser.open("/staff/search?q=" + c.caseNumber());
        browser.checkPage("the staff search", "89-staff-search-1280");
        browser.open("/staff/cases/" + c.caseNumber());
        browser.checkPage("the staff case view", "90-staff-case-1280");
        browser.open("/staff/objections/" + fixtures.objectionId(reference));
        browser.checkPage("the objection for support", "91-staff-objection-1280");
        browser.find("[data-testid=decision-submit]").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !browser.testIds("error-summary").isEmpty());
        browser.checkPage("the decision with errors", "92-staff-decision-errors-1280");
        browser.phone();
        browser.checkPage("the decision with errors", "93-staff-decision-errors-375");
        browser.desktop();
        browser.find("#decision-REJECT").click();
        browser.find("#reason").sendKeys("Vi finner ikke innbetalingen. Send oss gjerne kontoutskriften.");
        browser.find("[data-testid=decision-submit]").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !browser.testIds("decision-saved").isEmpty());
        browser.checkPage("the decided objection", "94-staff-decided-1280");

        // The debtor reads the answer.
        browser.reset(base);
        logIn(c);
        browser.open(page);
        assertThat(browser.testId("objection-answer").getAttribute("data-outcome")).isEqualTo("REJECTED");
        browser.phone();
        browser.checkPage("the answer", "95-objection-answer-375");
        browser.desktop();
        browser.checkPage("the answer", "96-objection-answer-1280");
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
        moveFocus(css, Keys.TAB);
    }

    private void tabBackTo(String css) {
        moveFocus(css, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    private void moveFocus(String css, CharSequence key) {
        WebElement target = browser.find(css);
        for (int i = 0; i < 80; i++) {
            if (target.equals(active())) {
                return;
            }
            keys(key);
        }
        throw new AssertionError("The keyboard never reached " + css + " on " + browser.path());
    }

    private void logIn(Fixtures.OpenedCase c) {
        browser.open("/login");
        browser.find("#caseNumber").sendKeys(c.caseNumber());
        browser.find("#pin").sendKeys(c.pin(), Keys.ENTER);
        browser.waitForPath("/cases");
    }

    private void staffLogIn(String username) {
        browser.open("/staff/login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(Fixtures.STAFF_PASSWORD, Keys.ENTER);
        browser.waitFor(org.openqa.selenium.By.id("code")).sendKeys(fixtures.staffCode(username), Keys.ENTER);
        browser.waitForPath("/staff");
    }
}
