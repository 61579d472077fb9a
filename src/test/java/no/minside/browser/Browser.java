package no.minside.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One headless Debian Chromium driven by the Debian chromedriver, with the checks the browser tests share: axe
 * (WCAG 2.1 A and AA), full-page screenshots under {@code target/screenshots}, and "no horizontal scrolling".
 * Nothing is downloaded: the driver service and the browser binary are given by path, so Selenium Manager never
 * runs. A missing browser or driver fails the test (CI installs them; see .ci/run), it never skips it.
 */
final class Browser implements AutoCloseable {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String AXE_SOURCE = axeSource();
    private static final ObjectMapper AXE_JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private String base;
    private final List<String> problems = new ArrayList<>();

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium, Accept-Language bokmål like a Norwegian browser (Chromium's default would be en-US). */
    static Browser start() {
        File chromium = executable("minside.chromium", "/usr/bin/chromium", "chromium");
        File chromedriver = executable("minside.chromedriver", "/usr/bin/chromedriver", "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("minside-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--lang=nb-NO",
                "--window-size=1280,900", "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nb-NO,nb"));
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw new AssertionError("Could not start " + chromium + " through " + chromedriver + ": " + e.getMessage(),
                    e);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(service, driver, profile);
    }

    /** The browser or driver at its path (a system property can point elsewhere); a missing one fails loudly. */
    private static File executable(String property, String defaultPath, String debianPackage) {
        File file = new File(System.getProperty(property, defaultPath));
        if (!file.canExecute()) {
            throw new AssertionError("The browser tests need " + file + " (Debian package " + debianPackage
                    + "): apt-get install -y chromium chromium-driver. They must not be skipped, so this fails.");
        }
        return file;
    }

    private static String axeSource() {
        try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** A new visitor of the application at {@code base}: no cookies (session, language), desktop-sized window. */
    void reset(URL base) {
        this.base = base.toString().replaceAll("/$", "");
        problems.clear();
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        desktop();
    }

    void desktop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** A phone: 375 × 812 CSS px, the size of the phones most people open the letter's link on. */
    void phone() {
        driver.manage().window().setSize(new Dimension(375, 812));
        long inner = ((Number) js("return window.innerWidth")).longValue();
        if (inner != 375) {
            throw new AssertionError("Chromium did not give a 375 px viewport (innerWidth " + inner + ")");
        }
    }

    /** Lets the page write to the clipboard, as a person's click on a copy button would. */
    void allowClipboard() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", base,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** A 320 CSS px wide viewport (WCAG 1.4.10 reflow: 320 px is 1280 px at 400 % zoom). */
    void narrow() {
        driver.manage().window().setSize(new Dimension(320, 800));
        long inner = ((Number) js("return window.innerWidth")).longValue();
        if (inner != 320) {
            throw new AssertionError("Chromium did not give a 320 px viewport (innerWidth " + inner + ")");
        }
    }

    /** Opens a path on the application under test and waits for its h1. */
    void open(String path) {
        driver.get(url(path));
        waitFor(By.tagName("h1"));
    }

    String url(String path) {
        return base + path;
    }

    /** The path (and query) the browser is on now. */
    String path() {
        return (String) js("return location.pathname + location.search");
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    WebElement testId(String id) {
        return find("[data-testid='" + id + "']");
    }

    List<WebElement> testIds(String id) {
        return driver.findElements(By.cssSelector("[data-testid='" + id + "']"));
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Waits until the browser has navigated to {@code path} (exact pathname) and the new page has its h1. */
    void waitForPath(String path) {
        new WebDriverWait(driver, WAIT).withMessage(() -> "expected to arrive at " + path + " but am at " + path())
                .until(d -> path.equals(js("return location.pathname")) && "complete".equals(
                        js("return document.readyState")));
        waitFor(By.tagName("h1"));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    String lang() {
        return find("html").getAttribute("lang");
    }

    String h1() {
        return find("h1").getText().trim();
    }

    /**
     * Keeps a screenshot of the page as it is now, then runs every page check on it: axe (WCAG 2.1 A/AA), no
     * sideways scrolling, dates and amounts on one line. Failures are collected, not thrown, so that one run reports
     * every page's problems; {@link #assertNoProblems()} fails the test with all of them.
     */
    void checkPage(String pageName, String screenshotName) {
        screenshot(screenshotName);
        String name = pageName + " at " + js("return window.innerWidth") + " px";
        collect(() -> assertAccessible(name));
        collect(() -> assertNoHorizontalScroll(name));
        collect(() -> assertDatesAndAmountsUnbroken(name));
    }

    private void collect(Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
    }

    /** Fails with every problem {@link #checkPage} found since the last {@link #reset}. */
    void assertNoProblems() {
        if (!problems.isEmpty()) {
            String all = String.join("\n\n", problems);
            int count = problems.size();
            problems.clear();
            throw new AssertionError(count + " page check(s) failed (screenshots in " + SCREENSHOTS + "):\n\n" + all);
        }
    }

    /** Runs axe with the WCAG 2.1 A and AA rules and fails with every violation, its nodes and what to fix. */
    void assertAccessible(String pageName) {
        Results results = axe(pageName);
        if (results.getPasses() == null || results.getPasses().isEmpty()) {
            throw new AssertionError("axe reported no passing rules on " + pageName + ": it did not really run");
        }
        List<Rule> incomplete = results.getIncomplete() == null ? List.of() : results.getIncomplete();
        if (!incomplete.isEmpty()) {
            // "Needs review": axe could not decide (e.g. text over a gradient). Logged for people, not failed on.
            System.out.println("[axe] " + pageName + " needs review: " + describe(incomplete));
        }
        List<Rule> violations = results.getViolations() == null ? List.of() : results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " axe violation(s) (WCAG 2.1 A/AA) on " + pageName + " ("
                    + path() + ", lang " + lang() + "):\n" + describe(violations));
        }
    }

    /**
     * Runs axe-core (the copy in Deque's selenium jar) in the page: injected once per document, run with the WCAG
     * rules only, its result handed back as one JSON string. Deque's AxeBuilder injects the 560 KB script on every
     * call, opens a blank window for each run and sends the result as a tree of WebDriver objects: about three times
     * the time on these pages, with the same rules and the same verdicts (the pages have no frames).
     */
    private Results axe(String pageName) {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object' && typeof window.axe.run === 'function'"))) {
            js(AXE_SOURCE);
        }
        String json = (String) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then(function (r) { done(JSON.stringify(r)); }, function (e) { done('!' + e); });""", WCAG_21_AA);
        if (json == null || json.startsWith("!")) {
            throw new AssertionError("axe could not check " + pageName + " (" + path() + "): " + json);
        }
        try {
            return AXE_JSON.readValue(json, Results.class);
        } catch (IOException e) {
            throw new AssertionError("axe's answer on " + pageName + " could not be read: " + e.getMessage(), e);
        }
    }

    static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp()
                        + " (" + rule.getHelpUrl() + ")\n" + rule.getNodes().stream().map(Browser::describe)
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", "\n      ");
        return "    target " + node.getTarget() + "\n      html " + node.getHtml()
                + (summary.isEmpty() ? "" : "\n      " + summary);
    }

    /** No horizontal scrolling: the document is no wider than the viewport (WCAG 1.4.10). */
    void assertNoHorizontalScroll(String pageName) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) js("""
                var inner = window.innerWidth, found = [];
                function clipped(e) {
                  for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible') { return true; }
                  }
                  return false;
                }
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > inner + 0.5 && !clipped(e)) {
                    found.push(Math.round(r.right) + 'px ' + e.outerHTML.substring(0, 160));
                  }
                });
                return { scrollWidth: document.documentElement.scrollWidth, innerWidth: inner,
                         offenders: found.slice(0, 5).join('\\n    ') };""");
        long scrollWidth = ((Number) m.get("scrollWidth")).longValue();
        long innerWidth = ((Number) m.get("innerWidth")).longValue();
        if (scrollWidth > innerWidth) {
            throw new AssertionError(pageName + " (" + path() + ") scrolls sideways at " + innerWidth
                    + " px: scrollWidth " + scrollWidth + "; elements reaching past the right edge:\n    "
                    + m.get("offenders"));
        }
    }

    /**
     * Dates and amounts stay on one line: a narrow column must not break "9.10.2026" or "1 200,00 kr" into pieces
     * (with {@code overflow-wrap: anywhere} a table squeezes its cells instead of scrolling).
     */
    void assertDatesAndAmountsUnbroken(String pageName) {
        String broken = (String) js("""
                var found = [];
                document.querySelectorAll('main time, main [data-amount]').forEach(function (e) {
                  if (e.getBoundingClientRect().width === 0) { return; }
                  // [data-amount] also marks sentences that mention an amount; only the bare values count here.
                  if (e.localName !== 'time' && !/^[-\\u2212]?[\\d\\s.,]+\\s?kr$/.test(e.textContent.trim())) { return; }
                  var range = document.createRange();
                  range.selectNodeContents(e);
                  var tops = {};
                  Array.prototype.forEach.call(range.getClientRects(), function (r) {
                    if (r.width > 0) { tops[Math.round(r.top)] = true; }
                  });
                  var lines = Object.keys(tops).length;
                  if (lines > 1) { found.push(lines + ' lines: ' + e.outerHTML.substring(0, 160)); }
                });
                return found.slice(0, 8).join('\\n    ');""");
        if (!broken.isEmpty()) {
            throw new AssertionError(pageName + " (" + path() + ", " + js("return window.innerWidth")
                    + " px wide) breaks dates or amounts over several lines:\n    " + broken);
        }
    }

    /** A full-page PNG under target/screenshots (the page as laid out at the current window width). */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            byte[] png;
            try {
                Number width = (Number) js("return document.documentElement.clientWidth");
                Number height = (Number) js("return Math.max(document.documentElement.scrollHeight, "
                        + "document.body.scrollHeight)");
                Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                        "format", "png", "optimizeForSpeed", true, "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
                                "width", width, "height", height, "scale", 1)));
                png = Base64.getDecoder().decode((String) shot.get("data"));
            } catch (RuntimeException cdpFailed) {
                png = driver.getScreenshotAs(OutputType.BYTES);
            }
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
