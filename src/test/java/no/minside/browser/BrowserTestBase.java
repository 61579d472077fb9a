package no.minside.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;

/**
 * What every browser journey shares: one Chromium per test class, a new visitor (no cookies) before each test, and
 * after each test the page checks it collected (axe, horizontal scroll) reported together.
 */
abstract class BrowserTestBase {

    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void newVisitor() {
        browser.reset(base);
    }

    @AfterEach
    void pagesPassedTheirChecks() {
        browser.assertNoProblems();
    }
}
