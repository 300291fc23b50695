package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 24 in Chromium on a phone (390 px): a Procedure's page opens with an overview saying this viewer's next step
 * (the Requesting Party waits for the Answer, the platform files it, each by the Answer's date), then its contents,
 * whose every link leads to a part of the page shown to this viewer, and every part is listed. Once the Procedure is
 * terminated, the next step says when and why it ended, its time limits say what became of them instead of
 * counting days, and the Answer not filed is said so, not awaited. Accessible (axe), no missing text, no raw date or code, no sideways scrolling.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserProcedurePageIT extends BrowserTest {

    private static final Pattern RAW = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|AWAIT_ANSWER|FILE_ANSWER|NOT_REACHED");

    @Override
    protected int windowWidth() {
        return 390;
    }

    @Test
    void eachViewerSeesItsNextStepAndTheContentsOfItsParts_issue24() throws IOException {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(DemoAccounts.ALICE, "Streamly removed my song; the page shows it by part.");
        lifecycle.commence(id);

        signIn(DemoAccounts.ALICE);
        String alice = open(id, "the Requesting Party's Procedure page");
        assertTrue(alice.startsWith("Wait for the Answer of the Responding Party by "), alice);
        // The heading keeps the reference on one line at 390 px (it broke at its hyphen); the tab's title has it too.
        WebElement reference = browser.findElement(By.cssSelector("h1 .reference"));
        assertEquals("nowrap", reference.getCssValue("white-space"));
        assertTrue(browser.getTitle().contains(reference.getText()), browser.getTitle());
        assertEquals(
                "No Answer yet.", browser.findElement(By.id("answer-status")).getText());
        signOut();

        signIn(DemoAccounts.PLATFORM);
        String platform = open(id, "the platform's Procedure page");
        assertTrue(platform.startsWith("File your Answer by "), platform);
        assertEquals(
                alice.substring(alice.lastIndexOf(" by ")),
                platform.substring(platform.lastIndexOf(" by ")),
                "the same Answer date for both sides");
        signOut();

        HttpResponse<String> ended = Http.as(base, DemoAccounts.STAFF)
                .postJson("/api/v1/procedures/" + id + "/termination", "{\"ground\":\"OUT_OF_SCOPE\"}");
        assertEquals(200, ended.statusCode(), ended.body());
        signIn(DemoAccounts.ALICE);
        String end = open(id, "the Requesting Party's page of the terminated Procedure");
        assertTrue(end.startsWith("Ended on "), end);
        assertTrue(end.contains(" — Outside the scope"), end);
        String limits = browser.findElement(By.id("deadlines")).getText();
        assertTrue(limits.contains("What happened"), limits);
        assertTrue(limits.contains("Not reached: the Procedure ended on "), limits);
        assertFalse(limits.contains("days left") || limits.contains("Due today"), "no countdown once ended: " + limits);
        // Ended before an Answer came: none was filed, none is awaited.
        assertEquals(
                "No Answer was filed: the procedure ended before one came.",
                browser.findElement(By.id("answer-status")).getText());
        screenshot("procedure-ended-390.png");
        signOut();
    }

    /**
     * Issue 24, R-14.2, R-3.5: the demo's Neutral, appointed 45 days ago, has not delivered the Resolution due 30 days
     * after the appointment: the next step says that it was due then, not "by" a day gone.
     */
    @Test
    void theNeutralWhoseResolutionDateHasPassedIsToldItIsLate_R14_2() {
        String id = DemoProcedures.inState(base, "NEUTRAL_APPOINTED").stream()
                .filter(p -> p.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                        .anyMatch(pa -> pa.getString("displayName").equals("Dr. Nora Expert")))
                .filter(p -> p.getJsonArray("deadlines").getValuesAs(JsonObject.class).stream()
                        .anyMatch(d -> d.getString("kind").equals("RESOLUTION")
                                && d.getJsonNumber("daysLeft").longValue() < 0))
                .map(p -> p.getString("id"))
                .findFirst()
                .orElseThrow();
        signIn(DemoAccounts.NEUTRAL);
        browser.get(Http.local(base).resolve("procedure.xhtml?id=" + id).toString());
        String next = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("next-step-text")))
                .getText();
        assertTrue(next.startsWith("Draft, sign and deliver the Resolution — late: it was due on "), next);
        assertFalse(next.contains(" by ") || RAW.matcher(next).find(), next);
        signOut();
    }

    /**
     * Opens the Procedure's page: its overview's next step (returned), the contents' links each to a part with its
     * heading, every part listed; accessible, without a raw code, without sideways scrolling.
     */
    private String open(String id, String page) throws IOException {
        browser.get(Http.local(base).resolve("procedure.xhtml?id=" + id).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("next-step-text")));
        String next = browser.findElement(By.id("next-step-text")).getText();
        assertFalse(
                RAW.matcher(browser.findElement(By.id("part-overview")).getText())
                        .find(),
                page + ": " + next);

        JavascriptExecutor js = (JavascriptExecutor) browser;
        String links = (String) js.executeScript("return Array.from(document.querySelectorAll('nav#contents a'))"
                + ".map(a => { const id = a.getAttribute('href').replace(/^#/, ''); const t = document.getElementById(id);"
                + " const h = t && document.getElementById(t.getAttribute('aria-labelledby'));"
                + " return id + (t && t.tagName === 'SECTION' && h && t.contains(h) && h.textContent.trim() ? '' : '!'); })"
                + ".join(' ');");
        String parts =
                (String) js.executeScript("return Array.from(document.querySelectorAll('main section[id^=\"part-\"]'))"
                        + ".map(s => s.id).filter(id => id !== 'part-overview').join(' ');");
        assertFalse(links.contains("!"), page + ": a link of the contents leads to no labelled part: " + links);
        assertEquals(parts, links, page + ": the contents list every part shown, in the page's order");
        List<String> shown = Arrays.asList(links.split(" "));
        assertTrue(shown.containsAll(List.of("part-request", "part-filings", "part-file", "part-deadlines")), links);
        assertTrue(shown.contains("part-fees"), page + ": a paying Party sees its fees: " + links);

        Object overflow =
                js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object wide = js.executeScript("const w = document.documentElement.clientWidth; return Array.from("
                + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)"
                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
        assertTrue(((Number) overflow).longValue() <= 0, page + " scrolls sideways by " + overflow + " px: " + wide);
        assertAccessible(page + " at 390 px");
        screenshot("procedure-" + page.replaceAll("\\W+", "-") + ".png");
        return next;
    }
}
