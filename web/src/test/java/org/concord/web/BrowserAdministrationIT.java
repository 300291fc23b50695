package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * R-ACC.5 and R-ACC.6 in a real browser (issue 21): the administrator finds an account by search and disables it with
 * a reason, which the record of changes shows, then enables it again; the holder's own account page. axe and the
 * missing-text check run on each page.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserAdministrationIT {

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
    void theAdministratorFindsAnAccountBySearchAndDisablesIt_R_ACC_5() {
        signIn(DemoAccounts.ADMIN);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-accounts")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:q")));
        assertAccessible("the account list");
        browser.findElement(By.id("search:q")).sendKeys("becker");
        browser.findElement(By.id("search:find")).click();
        wait.until(ExpectedConditions.urlContains("q=becker"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Bob Becker Records GmbH")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("manage:reason")));
        assertAccessible("an account");
        browser.findElement(By.id("manage:reason")).sendKeys("Spam filings, ticket 7");
        browser.findElement(By.id("manage:disable")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-state"), "Disabled"));
        assertTrue(browser.findElement(By.id("changes")).getText().contains("Spam filings, ticket 7"));
        assertAccessible("an account after disabling");
        assertEquals(
                401, Http.as(base, DemoAccounts.BOB).get("/api/v1/accounts/me").statusCode());

        browser.findElement(By.id("manage:reason")).sendKeys("Cleared");
        browser.findElement(By.id("manage:enable")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-state"), "Active"));
        assertEquals(
                200, Http.as(base, DemoAccounts.BOB).get("/api/v1/accounts/me").statusCode());

        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-profile")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:displayName")));
        assertAccessible("one's own account");
        assertTrue(browser.findElement(By.id("close-keeps")).isDisplayed());
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        assertFitsTheWidth("one's own account at 390 px");
        browser.get(Http.local(base).resolve("console/accounts.xhtml?q=&page=0").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts")));
        assertFitsTheWidth("the account list at 390 px");
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

    /** A phone's width: the page itself never scrolls sideways (a wide table scrolls inside its own region). */
    private void assertFitsTheWidth(String page) {
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object wide = ((JavascriptExecutor) browser)
                .executeScript("const w = document.documentElement.clientWidth; return Array.from("
                        + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)"
                        + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
        assertTrue(((Number) overflow).longValue() <= 0, page + " scrolls sideways by " + overflow + " px: " + wide);
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
}
