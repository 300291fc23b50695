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
 * R-ACC.2 in a real browser (Debian's headless Chromium, axe on every page): staff create a platform organisation
 * naming its first manager, who adds a member and removes it again. The browser helpers are BrowserFilingIT's.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserOrganisationIT {

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
    void staffCreateAPlatformAndItsManagerAddsAMember_RACC2() throws IOException {
        String name =
                "Browser platform " + java.util.UUID.randomUUID().toString().substring(0, 8);
        signIn(DemoAccounts.STAFF);
        browser.get(Http.local(base).resolve("console/organisations.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("create:name")));
        assertAccessible("the console's organisations");
        browser.findElement(By.id("create:name")).sendKeys(name);
        browser.findElement(By.id("create:country")).sendKeys("IE");
        browser.findElement(By.id("create:domains")).sendKeys("browser-platform.example");
        browser.findElement(By.id("create:aliases")).sendKeys(name + "\n" + name + " Ltd.");
        browser.findElement(By.id("create:firstManager")).sendKeys(DemoAccounts.ALICE);
        browser.findElement(By.id("create:createAction")).click();
        wait.until(ExpectedConditions.urlContains("organisation.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("memberList")));
        assertTrue(browser.findElement(By.id("memberList")).getText().contains(DemoAccounts.ALICE));
        assertAccessible("an organisation's page, for staff");
        String page = browser.getCurrentUrl();
        signOut();

        signIn(DemoAccounts.ALICE);
        browser.get(Http.local(base).resolve("portal/procedures.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organisations")));
        assertAccessible("the portal, with the caller's organisations");
        browser.findElement(By.linkText(name)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add:email")));
        assertEquals(page, browser.getCurrentUrl());
        browser.findElement(By.id("add:email")).sendKeys(DemoAccounts.BOB);
        browser.findElement(By.id("add:addAction")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("memberList"), DemoAccounts.BOB));
        assertAccessible("an organisation's page, for its manager, after adding a member");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        screenshot("organisation-390.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

        WebElement bobsRow = browser.findElement(
                By.xpath("//table[@id='memberList']//tr[td[contains(., '" + DemoAccounts.BOB + "')]]"));
        bobsRow.findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.messages"), "left"));
        assertAccessible("an organisation's page after removing a member");
        assertTrue(
                browser.findElement(
                                By.xpath("//table[@id='memberList']//tr[td[contains(., '" + DemoAccounts.BOB + "')]]"))
                        .getText()
                        .matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*\\d{4}-\\d{2}-\\d{2}.*"),
                "the record stays, with since and until");
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
