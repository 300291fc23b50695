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
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * R-ACC.3 in a real browser (Debian's headless Chromium, axe on every page): Alice sees her lawyer on her Procedure's
 * page, authorises the lawyer for that Procedure, and the lawyer accepts and opens it. The browser helpers are
 * BrowserFilingIT's.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserRepresentationIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @ArquillianResource
    private URL base;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
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
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() throws IOException {
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

    @Test
    void aliceAuthorisesHerLawyerForOneProcedureWhoAcceptsAndActs_RACC3() throws IOException {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(DemoAccounts.ALICE, "Browser representation: Alice authorises her lawyer.");
        lifecycle.commence(id);

        signIn(DemoAccounts.ALICE);
        browser.get(Http.local(base).resolve("procedure.xhtml?id=" + id).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("representativeList")));
        assertTrue(
                browser.findElement(By.id("representativeList")).getText().contains(DemoAccounts.LAWYER),
                "the demo authorisation for all of Alice's Procedures is shown");
        assertAccessible("a Procedure page with its representatives");
        browser.findElement(By.id("manageRepresentatives")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("authorise:email")));
        assertAccessible("the representation page, for the Party");
        browser.findElement(By.id("authorise:email")).sendKeys(DemoAccounts.LAWYER);
        browser.findElement(By.id("authorise:authoriseAction")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.messages"), "invitation"));
        assertTrue(browser.findElement(By.id("givenList")).getText().contains("invited"));
        assertAccessible("the representation page after authorising");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        screenshot("representation-390.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        signOut();

        signIn(DemoAccounts.LAWYER);
        browser.get(Http.local(base).resolve("portal/representation.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receivedList")));
        assertAccessible("the representation page, for the representative");
        browser.findElement(By.cssSelector("#receivedList button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.messages"), "represent"));
        assertAccessible("the representation page after accepting");
        browser.get(Http.local(base).resolve("procedure.xhtml?id=" + id).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("representativeList")));
        assertAccessible("a Procedure page, for the representative");
        signOut();
    }

    /**
     * Signs out. An Ajax update that has just ended may still replace the header, so the button is looked up again
     * and clicked until Chromium accepts the click (it answers "node does not belong to the document" otherwise).
     */
    private void signOut() {
        WebElement logout = wait.until(driver -> {
            try {
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

    private void signIn(String email) {
        browser.get(Http.local(base).resolve("login.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
        assertAccessible("the login page");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(Http.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    /**
     * WCAG 2 A and AA checks by axe-core: no serious or critical violation. Every page the tests visit comes here, so
     * it also checks that no text is missing from the bundles ({@link #assertNoMissingText}).
     */
    private void assertAccessible(String page) {
        assertNoMissingText(page);
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
    private void assertNoMissingText(String page) {
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

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
