package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * R-STAT.3 in Chromium: the staff's start page shows the caseload as two charts (received, ended and open Procedures
 * per month; the R-8.1 and R-14.2 time limits met or missed) with the numbers one click away in a table; in English,
 * French and German, accessible (axe) and without sideways scrolling at 390 px. A Party's start page has none of it.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserCaseloadChartIT extends BrowserTest {

    /** An ISO date, or a month shown as a number. */
    private static final Pattern RAW = Pattern.compile("\\d{4}-\\d{2}");

    @Test
    void staffSeeTheCaseloadChartsWithTheirNumbers_R_STAT_3() throws IOException {
        signIn(DemoAccounts.STAFF);
        // The figures are computed in the background a few seconds after start-up: reload until they are there.
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofSeconds(2)).until(driver -> {
            driver.navigate().refresh();
            return !driver.findElements(By.id("caseload-numbers")).isEmpty();
        });
        assertTrue(browser.findElement(By.id("caseload-heading")).getText().contains("Caseload"));
        for (String chart : List.of("caseload-flow", "caseload-limits")) {
            WebElement canvas = browser.findElement(By.cssSelector("#" + chart + " canvas"));
            assertEquals("img", canvas.getAttribute("role"), chart);
            assertTrue(
                    canvas.getAttribute("aria-label").contains("table"),
                    chart + ": " + canvas.getAttribute("aria-label"));
            // Chart.js drew it: the canvas was sized to its container.
            wait.until(driver ->
                    ((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].width;", canvas))
                                    .intValue()
                            > 100);
        }
        // The numbers are one click away, and the demo's Procedures are counted: at least one received, one open.
        assertTrue(!browser.findElement(By.id("caseload-table")).isDisplayed(), "closed at first");
        browser.findElement(By.cssSelector("#caseload-numbers summary")).click();
        WebElement table = browser.findElement(By.id("caseload-table"));
        wait.until(ExpectedConditions.visibilityOf(table));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertTrue(rows.size() >= 1 && rows.size() <= 24, "months: " + rows.size());
        int received = rows.stream()
                .mapToInt(r -> Integer.parseInt(
                        r.findElements(By.tagName("td")).get(0).getText().strip()))
                .sum();
        assertTrue(received >= 1, "received: " + received);
        WebElement current = rows.get(rows.size() - 1);
        assertTrue(
                Integer.parseInt(current.findElements(By.tagName("td"))
                                .get(2)
                                .getText()
                                .strip())
                        >= 1,
                "open at the end of the current month: " + current.getText());
        assertTrue(!RAW.matcher(table.getText()).find(), "months by name: " + table.getText());
        assertAccessible("the staff's start page with the caseload");
        screenshot("caseload-chart.png");

        inEachLanguage();
        atPhoneWidth();
        signOut();

        signIn(DemoAccounts.ALICE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work-queue")));
        assertTrue(browser.findElements(By.id("caseload")).isEmpty(), "a Party sees no internal figures");
        signOut();
    }

    private void inEachLanguage() {
        String[] languages = {"fr", "de", "en"};
        String[] headings = {"Volume des affaires", "Fallaufkommen", "Caseload"};
        String[] numbers = {"Les chiffres", "Die Zahlen", "The numbers"};
        for (int k = 0; k < languages.length; k++) {
            new Select(browser.findElement(By.id("session:language"))).selectByValue(languages[k]);
            try {
                browser.findElement(By.cssSelector("#session .apply-language")).click();
            } catch (org.openqa.selenium.WebDriverException alreadyApplied) {
                // the page was already being replaced by the select's own submission
            }
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", languages[k]));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseload-heading")));
            assertTrue(browser.findElement(By.id("caseload-heading")).getText().contains(headings[k]));
            assertTrue(browser.findElement(By.cssSelector("#caseload-numbers summary"))
                    .getText()
                    .contains(numbers[k]));
            browser.findElement(By.cssSelector("#caseload-numbers summary")).click();
            String table = browser.findElement(By.id("caseload-table")).getText();
            assertTrue(!RAW.matcher(table).find(), languages[k] + ": months by name: " + table);
            assertAccessible("the staff's start page in " + languages[k]);
        }
    }

    private void atPhoneWidth() throws IOException {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseload")));
        browser.findElement(By.cssSelector("#caseload-numbers summary")).click();
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object wide = ((JavascriptExecutor) browser)
                .executeScript("const w = document.documentElement.clientWidth; return Array.from("
                        + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)"
                        + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
        assertTrue(((Number) overflow).longValue() <= 0, "scrolls sideways by " + overflow + " px: " + wide);
        assertAccessible("the staff's start page at 390 px");
        screenshot("caseload-chart-390.png");
        browser.manage().window().setSize(before);
    }
}
