package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 24 in Chromium: signed in, the first page is the work queue. The Neutral sees a new invitation, with the date
 * by which to answer it, and follows the link to answer it; the platform's manager sees "Answer due" with the Answer's
 * date and follows it to the Procedure. Accessible (axe), no missing text, no ISO date or enum code, in English, French
 * and German, and no sideways scrolling at 390 px.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserWorkQueueIT extends BrowserTest {

    /** An ISO date or instant, or an enum constant of the work queue, shown raw. */
    private static final Pattern RAW = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}|CHECK_REQUEST|ANSWER_INVITATION|DELIVER_RESOLUTION|FILE_ANSWER|PAY_FEES"
                    + "|REPORT_IMPLEMENTATION");

    @Test
    void theNeutralSeesANewInvitationAndThePlatformItsAnswerDue_issue24() throws IOException {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(DemoAccounts.ALICE, "Streamly removed my song; the work queue shows it.");
        lifecycle.commence(id);
        String reference = Http.json(Http.as(base, DemoAccounts.STAFF).get("/api/v1/procedures/" + id))
                .getString("reference");
        var invited = Http.as(base, DemoAccounts.STAFF)
                .postJson(
                        "/api/v1/procedures/" + id + "/appointment/invitation",
                        "{\"neutral\":\"" + DemoAccounts.NEUTRAL + "\",\"earlyReason\":\"" + Lifecycle.EARLY + "\"}");
        assertTrue(invited.statusCode() == 200, invited.body());

        // The Neutral: the first page after sign-in says that an invitation waits, and until when.
        signIn(DemoAccounts.NEUTRAL);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work-ANSWER_INVITATION")));
        String invitations =
                browser.findElement(By.id("work-ANSWER_INVITATION")).getText();
        assertTrue(invitations.contains("Invitations to answer"), invitations);
        assertTrue(invitations.contains("Answer the invitation — " + reference), invitations);
        assertTrue(invitations.contains("answer by"), invitations);
        checkPage("the Neutral's work queue");
        screenshot("work-queue-neutral.png");
        inEachLanguage(
                "the Neutral's work queue",
                "work-ANSWER_INVITATION",
                List.of("Invitations", "Invitations", "Einladungen"));
        atPhoneWidth("the Neutral's work queue");
        browser.findElement(By.partialLinkText(reference)).click();
        wait.until(ExpectedConditions.urlContains("portal/invitations.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), reference));
        signOut();

        // The platform's manager: "Answer due", by the Answer's date, linking to the Procedure.
        signIn(DemoAccounts.PLATFORM);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work-FILE_ANSWER")));
        String answers = browser.findElement(By.id("work-FILE_ANSWER")).getText();
        assertTrue(answers.contains("Answers due"), answers);
        assertTrue(answers.contains("File the Answer — " + reference), answers);
        assertTrue(answers.contains("due "), "by when: " + answers);
        checkPage("the platform's work queue");
        screenshot("work-queue-platform.png");
        inEachLanguage(
                "the platform's work queue",
                "work-FILE_ANSWER",
                List.of("Answers due", "Réponses attendues", "Fällige Erwiderungen"));
        atPhoneWidth("the platform's work queue");
        browser.findElement(By.partialLinkText(reference)).click();
        wait.until(ExpectedConditions.urlContains("procedure.xhtml?id=" + id));
        signOut();
    }

    /** Accessible, every text present, no raw date or code in the queue. */
    private void checkPage(String page) {
        assertAccessible(page);
        String queue = browser.findElement(By.id("work-queue")).getText();
        assertFalse(RAW.matcher(queue).find(), page + " shows a raw date or code: " + queue);
    }

    /** The page in French and German, then back to English: each language's heading, no missing text. */
    private void inEachLanguage(String page, String section, List<String> headings) throws IOException {
        String[] languages = {"fr", "de", "en"};
        String[] expected = {headings.get(1), headings.get(2), headings.get(0)};
        for (int k = 0; k < languages.length; k++) {
            new Select(browser.findElement(By.id("session:language"))).selectByValue(languages[k]);
            try {
                // The select applies itself where its script runs; else "Apply" does.
                browser.findElement(By.cssSelector("#session .apply-language")).click();
            } catch (org.openqa.selenium.WebDriverException alreadyApplied) {
                // the page was already being replaced by the select's own submission
            }
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", languages[k]));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(section)));
            String text = browser.findElement(By.id(section)).getText();
            assertTrue(text.contains(expected[k]), page + " in " + languages[k] + ": " + text);
            checkPage(page + " in " + languages[k]);
            if (!languages[k].equals("en")) {
                screenshot("work-queue-" + section + "-" + languages[k] + ".png");
            }
        }
    }

    /** At a phone's width the page never scrolls sideways. */
    private void atPhoneWidth(String page) throws IOException {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work-queue")));
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object wide = ((JavascriptExecutor) browser)
                .executeScript("const w = document.documentElement.clientWidth; return Array.from("
                        + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)"
                        + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
        assertTrue(((Number) overflow).longValue() <= 0, page + " scrolls sideways by " + overflow + " px: " + wide);
        assertAccessible(page + " at 390 px");
        screenshot("work-queue-390.png");
        browser.manage().window().setSize(before);
    }
}
