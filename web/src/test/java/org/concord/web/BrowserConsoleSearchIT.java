package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 24 in Chromium at a phone's width (390 px): staff search the console's list by the PUID of a Statement of
 * Reasons and by the beginning of a Party's name (typed without its accent) and find the Procedure; the address holds
 * the search, so that opening it again shows the same list; accessible (axe), no missing text, no sideways scrolling.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserConsoleSearchIT extends BrowserTest {

    @Override
    protected int windowWidth() {
        return 390;
    }

    /** Headless Chromium keeps a window at least 500 px wide: the viewport is set to 390 px by device metrics. */
    @Override
    @BeforeEach
    protected void startBrowser() throws IOException {
        super.startBrowser();
        ((org.openqa.selenium.chrome.ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    }

    @Test
    void staffFindAProcedureByPuidAndByPartyNameAndTheAddressReproducesIt_issue24() throws IOException {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String email = "elodie." + suffix + "@example.org";
        Registrations.confirmed(base, email, "fr", "Élodie Brûlé" + suffix);
        String puid = "browser-" + UUID.randomUUID();
        String reference = ConsoleSearchIT.file(Http.basic(base, email, Registrations.STRONG), puid, "Removed.")
                .getString("reference");

        signIn(DemoAccounts.STAFF);
        browser.get(Http.local(base).resolve("console/procedures.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        Number width = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertEquals(390, width.intValue(), "a phone's width");
        assertChecks("the console's list");

        search(puid);
        String table = browser.findElement(By.id("procedures")).getText();
        assertTrue(table.contains(reference), table);
        String address = browser.getCurrentUrl();
        assertTrue(address.contains("q=" + puid), address);
        assertChecks("the console's list searched by PUID");
        screenshot("console-search-puid-390.png");

        search("elodie brule" + suffix.substring(0, 3));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("procedures"), reference));
        String byName = browser.getCurrentUrl();
        assertChecks("the console's list searched by name");

        // The address alone reproduces the list: opened afresh, the same Procedure, the search text in its field.
        browser.get(Http.local(base).resolve("index.xhtml").toString());
        browser.get(address);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("procedures"), reference));
        assertEquals(puid, browser.findElement(By.id("q")).getAttribute("value"));
        browser.get(byName);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("procedures"), reference));

        // A filter from the form: the same search, Procedures commenced only: none of hers is.
        browser.findElement(By.cssSelector("#state option[value='COMMENCED']")).click();
        browser.findElement(By.id("search-submit")).click();
        wait.until(ExpectedConditions.urlContains("state=COMMENCED"));
        assertFalse(browser.findElement(By.id("procedures")).getText().contains(reference));
        assertChecks("the console's list, filtered");
        signOut();
    }

    private void search(String text) {
        WebElement field = browser.findElement(By.id("q"));
        field.clear();
        field.sendKeys(text);
        browser.findElement(By.id("search-submit")).click();
        wait.until(ExpectedConditions.urlContains("q="));
        wait.until(ExpectedConditions.attributeToBe(By.id("q"), "value", text));
    }

    private void assertChecks(String page) {
        assertAccessible(page);
        assertNoMissingText(page);
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object wide = ((JavascriptExecutor) browser)
                .executeScript("const w = document.documentElement.clientWidth; return Array.from("
                        + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)"
                        + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
        assertTrue(((Number) overflow).longValue() <= 0, page + " scrolls sideways by " + overflow + " px: " + wide);
    }
}
