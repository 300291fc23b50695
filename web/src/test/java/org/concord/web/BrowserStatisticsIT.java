package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Publishing statistics from the console in Chromium, end to end (issue 24, R-STAT.1): the administrator
 * defines a publication by ticking its tables, runs the gate, sees its progress on the run's own page (an address to
 * come back to) and then its result; the public statistics page then offers the release as CSV and PDF, which are
 * downloaded. Accessible (axe), no missing texts, in English, French and German.
 *
 * <p>So that the progress is seen whatever the machine's speed, the test holds the lock of the year's ledger (as a
 * run of another instance would) until the page has shown it. It reports how long the progress took to show after
 * the click ("progress-shown-ms"); it asserts no timing.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserStatisticsIT extends BrowserTest {

    private static final int YEAR = 2018;
    private static final String CSV_HEADER = "table,period,data_cutoff,rows,row,columns,column,value";

    @Test
    void staffDefineAPublicationWithCheckboxesRunTheGateSeeItsProgressAndDownloadTheRelease_RSTAT1() throws Exception {
        // The year's ledger exists (an earlier release through the API), so that its lock can be held.
        HttpResponse<String> earlier = Http.as(base, DemoAccounts.ADMIN)
                .postJson(
                        "/api/v1/statistics/publications",
                        "{\"title\":\"Earlier release of " + YEAR
                                + "\",\"tables\":[\"MATTER\"],\"periodKind\":\"YEAR\"}");
        assertEquals(201, earlier.statusCode(), earlier.body());
        HttpResponse<String> ran = Http.as(base, DemoAccounts.ADMIN)
                .postJson(
                        "/api/v1/statistics/runs",
                        "{\"publication\":\"" + Http.json(earlier).getString("id") + "\",\"year\":" + YEAR
                                + ",\"cutoff\":\"" + (YEAR + 1) + "-03-31\"}");
        assertEquals(201, ran.statusCode(), ran.body());

        String title = "Matters and outcomes " + YEAR + " (" + System.nanoTime() + ")";
        signIn(DemoAccounts.ADMIN);
        browser.get(Http.local(base).resolve("console/statistics.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("define:title")));
        assertAccessible("the console's statistics page");
        browser.findElement(By.id("define:title")).sendKeys(title);
        tick("Matter");
        tick("Outcome");
        new Select(browser.findElement(By.id("define:periodKind"))).selectByValue("YEAR");
        browser.findElement(By.id("define:save")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "The publication is defined"));
        screenshot("statistics-defined.png");

        new Select(browser.findElement(By.id("run:publication"))).selectByVisibleText(title + " (a year)");
        WebElement year = browser.findElement(By.id("run:year"));
        year.clear();
        year.sendKeys(String.valueOf(YEAR));
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        browser.findElement(By.id("run:cutoff")),
                        (YEAR + 1) + "-06-30");

        String runPage;
        try (Connection db = PasswordHashingIT.db()) {
            db.setAutoCommit(false);
            try (PreparedStatement lock =
                    db.prepareStatement("select hash from statistics_ledger where period_year = ? for update")) {
                lock.setInt(1, YEAR);
                try (ResultSet row = lock.executeQuery()) {
                    assertTrue(row.next(), "the earlier release wrote the year's ledger");
                }
            }
            long clicked = System.nanoTime();
            browser.findElement(By.id("run:go")).click();
            new WebDriverWait(browser, Duration.ofSeconds(8), Duration.ofMillis(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("run-bar")));
            long shown = System.nanoTime();
            // The browser's own account: from the form's submission (the navigation's start, through the redirect) to
            // the run's page parsed with its progress.
            Object parsed = ((JavascriptExecutor) browser)
                    .executeScript("const n = performance.getEntriesByType('navigation')[0];"
                            + " return Math.round(n.domContentLoadedEventEnd);");
            System.out.println(
                    "progress-shown-ms=" + (shown - clicked) / 1_000_000 + " navigation-to-progress-ms=" + parsed);
            runPage = browser.getCurrentUrl();
            assertTrue(runPage.contains("console/statistics-run.xhtml?id="), "post/redirect/get: " + runPage);
            String progress = browser.findElement(By.id("run-step")).getText();
            assertTrue(progress.startsWith("Step 1 of 4") || progress.equals("Waiting to start"), progress);
            assertAccessible("a run's page while it runs");
            screenshot("statistics-run-progress.png");
            db.rollback();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-outcome")));
        assertEquals("Released", browser.findElement(By.id("run-outcome")).getText());
        assertAccessible("a run's page with its result");
        screenshot("statistics-run-result.png");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-outcome")));
        assertEquals("Released", browser.findElement(By.id("run-outcome")).getText(), "reloaded: the same run");
        assertEquals(runPage, browser.getCurrentUrl());
        for (String language : List.of("fr", "de", "en")) {
            browser.get(Http.local(base).resolve("console/statistics.xhtml").toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session:language")));
            new Select(browser.findElement(By.id("session:language"))).selectByValue(language);
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("define:title")));
            assertAccessible("the console's statistics page in " + language);
            browser.get(runPage);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-outcome")));
            assertAccessible("a run's page in " + language);
        }

        browser.get(runPage);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("run:public"))).click();
        wait.until(ExpectedConditions.urlContains("statistics.xhtml"));
        WebElement row = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.xpath("//tr[td[normalize-space()='" + title + "']]")));
        assertAccessible("the public statistics page");
        String csvLink = row.findElement(By.cssSelector("a.csv")).getAttribute("href");
        String pdfLink = row.findElement(By.cssSelector("a.pdf")).getAttribute("href");

        HttpResponse<byte[]> csv =
                Http.anonymous(base).getBytes(URI.create(csvLink).getRawPath());
        assertEquals(200, csv.statusCode());
        assertTrue(
                csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                csv.headers().toString());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertEquals(CSV_HEADER, text.lines().findFirst().orElse(""));
        assertTrue(text.lines().anyMatch(l -> l.startsWith("MATTER,")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("OUTCOME,")), text);

        URI pdf = URI.create(pdfLink);
        HttpResponse<byte[]> document = Http.anonymous(base).getBytes(pdf.getRawPath() + "?" + pdf.getRawQuery());
        assertEquals(200, document.statusCode());
        assertEquals(
                "application/pdf", document.headers().firstValue("Content-Type").orElse(""));
        assertTrue(document.body().length > 1000, "a PDF of " + document.body().length + " bytes");
        assertEquals("%PDF", new String(document.body(), 0, 4, StandardCharsets.US_ASCII));
        signOut();
    }

    /** Ticks a table's checkbox by clicking its label: no Ctrl-click. */
    private void tick(String table) {
        WebElement label = browser.findElement(By.xpath("//fieldset//label[normalize-space()='" + table + "']"));
        label.click();
        WebElement box = browser.findElement(By.id(label.getAttribute("for")));
        assertTrue(box.isSelected(), table + " ticked");
    }
}
