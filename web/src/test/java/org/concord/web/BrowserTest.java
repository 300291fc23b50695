package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test shares: Debian's headless Chromium started for each test (needs the packages chromium and
 * chromium-driver; .ci/run installs them), signing in and out of the portal, and the checks every visited page passes
 * (axe WCAG 2 A/AA, no text missing from the bundles). A test class extends it and says {@code @ExtendWith}.
 */
abstract class BrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @ArquillianResource
    protected URL base;

    protected WebDriver browser;
    protected WebDriverWait wait;
    private Path profile;

    /** The window's width in CSS pixels (a phone: 390). */
    protected int windowWidth() {
        return 1280;
    }

    @BeforeEach
    protected void startBrowser() throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException(
                    "Browser tests need Debian's Chromium: " + "apt-get install chromium chromium-driver");
        }
        profile = Files.createTempDirectory("concord-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=en-US",
                "--window-size=" + windowWidth() + ",900",
                "--user-data-dir=" + profile);
        // The console, where Chromium reports what the page's Content-Security-Policy blocked (R-SEC.4).
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        // A page replaced while a wait reads it answers "stale" or "does not belong to the document": not yet.
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
    }

    @AfterEach
    protected void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
    }

    protected void signIn(String email) {
        browser.get(Http.local(base).resolve("login.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
        assertAccessible("the login page");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(Http.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        passSecondStep(email);
    }

    /**
     * R-SEC.2: after a right password, an account with a second factor (every demo account of the Center and every
     * Neutral) is on the second step: the code comes from {@link DemoTotp}. Nothing to do for the others.
     */
    protected void passSecondStep(String email) {
        if (!browser.getCurrentUrl().contains("login-factor.xhtml")) {
            return;
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("factor:code")));
        browser.findElement(By.id("factor:code")).sendKeys(DemoTotp.code(email));
        browser.findElement(By.id("factor:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login-factor.xhtml")));
    }
    /**
     * Signs out. An Ajax update that has just ended may still replace the header, so the button is looked up again
     * and clicked until Chromium accepts the click (it answers "node does not belong to the document" otherwise).
     */
    protected void signOut() {
        WebElement logout = wait.until(driver -> {
            try {
                openMenu();
                WebElement button = driver.findElement(By.id("session:logout"));
                button.click();
                return button;
            } catch (WebDriverException replaced) {
                return null;
            }
        });
        // Gone once the page is replaced: Chromium says "stale", or "does not belong to the document".
        wait.until(driver -> {
            try {
                logout.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }
    /**
     * Issue 24: on a phone the header's menu (links, language, sign out) is folded behind the "Menu" button; this
     * unfolds it, and does nothing where the button is not shown (a wide window, or the menu already open).
     */
    protected void openMenu() {
        List<WebElement> toggles = browser.findElements(By.id("menu-toggle"));
        if (!toggles.isEmpty()
                && toggles.get(0).isDisplayed()
                && "false".equals(toggles.get(0).getAttribute("aria-expanded"))) {
            toggles.get(0).click();
        }
    }

    /**
     * WCAG 2 A and AA checks by axe-core: no serious or critical violation. Every page the tests visit comes here, so
     * it also checks that no text is missing from the bundles ({@link #assertNoMissingText}).
     */
    protected void assertAccessible(String page) {
        assertNoMissingText(page);
        assertNothingBlocked(page);
        Results results =
                new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser);
        List<Rule> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .toList();
        assertTrue(
                serious.isEmpty(),
                page + ": "
                        + serious.stream()
                                .map(r -> r.getId() + " "
                                        + r.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("; ")));
    }
    /**
     * Issue 20: Faces renders a key missing from the bundles as {@code ???key???}; no page may show one, in its text,
     * its title or the labels of its controls.
     */
    protected void assertNoMissingText(String page) {
        String text = browser.getTitle() + "\n"
                + browser.findElement(By.tagName("body")).getText() + "\n"
                + ((JavascriptExecutor) browser)
                        .executeScript("return Array.from(document.querySelectorAll("
                                + "'[title], [aria-label], [placeholder], input[type=submit], button, option'))"
                                + ".map(e => [e.title, e.getAttribute('aria-label'), e.placeholder, e.value, e.textContent]"
                                + ".join(' ')).join('\\n');");
        List<String> missing = text.lines().filter(line -> line.contains("???")).toList();
        assertTrue(missing.isEmpty(), page + " shows text missing from the bundles: " + missing);
    }

    /**
     * R-SEC.4: the pages run under a Content-Security-Policy without {@code 'unsafe-inline'} for scripts; nothing a
     * page needs may be blocked by it (an inline script or an {@code on…} attribute that PrimeFaces did not turn
     * into a nonce'd script would be, and reported on the console).
     */
    protected void assertNothingBlocked(String page) {
        List<String> blocked = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertTrue(blocked.isEmpty(), page + ": blocked by the Content-Security-Policy: " + blocked);
    }

    protected void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
