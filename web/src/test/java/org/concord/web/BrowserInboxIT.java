package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 24 in Chromium: the header's inbox link names its unread count ("Inbox, 3 unread"); the inbox page lists the
 * mails newest first with dates in words, an entry opens whole and is read, "Mark all as read" ends on the inbox's
 * address. On a phone (390 px) the header fits: the menu folds behind a "Menu" button (aria-expanded,
 * aria-controls, Enter and Escape) that leads to "Sign out", for a Party, staff and the administrator; at 1280 px
 * the button is not shown and the menu is in the bar. Accessible (axe) and never wider than the screen.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserInboxIT extends BrowserTest {

    private static final Pattern COUNT = Pattern.compile("Inbox, (\\d+) unread");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");

    @Test
    void theInboxAndTheHeaderOnAPhone_issue24() throws IOException {
        String id = new Lifecycle(base).file(DemoAccounts.ALICE, "Streamly removed my song; the inbox tells me.");
        String reference = Http.json(Http.as(base, DemoAccounts.ALICE).get("/api/v1/procedures/" + id))
                .getString("reference");

        // 1280 px: the menu is in the bar, no "Menu" button; the inbox link says how many are unread.
        signIn(DemoAccounts.ALICE);
        WebElement inbox = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-inbox")));
        long unread = unread(inbox.getAttribute("aria-label"));
        assertTrue(unread >= 1, inbox.getAttribute("aria-label"));
        assertFalse(browser.findElement(By.id("menu-toggle")).isDisplayed(), "no Menu button on a wide screen");
        assertTrue(browser.findElement(By.id("session:logout")).isDisplayed());
        assertTrue(browser.findElement(By.id("nav-directory")).isDisplayed());
        assertTrue(headerFits(), "the header fits at 1280 px");
        screenshot("inbox-header-1280.png");

        // 390 px: the header fits; the menu is folded behind the button and opens with the keyboard.
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-toggle")));
        phoneChecks("Alice's start page");
        inbox = browser.findElement(By.id("nav-inbox"));
        assertTrue(inbox.isDisplayed(), "the inbox stays in view on a phone");
        inbox.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox")));
        String list = browser.findElement(By.id("inbox")).getText();
        assertTrue(list.contains("Concord " + reference + ": your Request was received"), list);
        assertFalse(ISO.matcher(list).find(), "dates in words: " + list);
        assertNoOverflow("the inbox at 390 px");
        assertAccessible("the inbox at 390 px");
        screenshot("inbox-390.png");

        browser.findElement(By.partialLinkText(reference + ": your Request was received"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry-body")));
        assertTrue(browser.findElement(By.id("entry-body")).getText().contains(reference));
        assertEquals(
                unread - 1,
                unread(browser.findElement(By.id("nav-inbox")).getAttribute("aria-label")),
                "opened, read: one fewer unread");
        assertNoOverflow("an inbox entry at 390 px");
        assertAccessible("an inbox entry at 390 px");
        screenshot("inbox-entry-390.png");

        browser.findElement(By.id("back-to-inbox")).click();
        if (unread > 1) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("inbox-actions:mark-all-read")))
                    .click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("inbox-actions:mark-all-read")));
        }
        assertTrue(browser.getCurrentUrl().endsWith("/inbox.xhtml"), "post/redirect/get: " + browser.getCurrentUrl());
        assertEquals("Inbox", browser.findElement(By.id("nav-inbox")).getAttribute("aria-label"));
        assertTrue(browser.findElements(By.id("inbox-unread")).isEmpty(), "no count when all is read");
        signOut();

        // Staff and the administrator have the longest menus (the staff header was 1,026 px wide at 390 px).
        for (String who : List.of(DemoAccounts.STAFF, DemoAccounts.ADMIN)) {
            signIn(who);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-toggle")));
            phoneChecks(who + "'s start page");
            signOut();
        }
    }

    /** The header fits at 390 px, folded and unfolded; the button works by keyboard; "Sign out" is reachable. */
    private void phoneChecks(String page) throws IOException {
        WebElement toggle = browser.findElement(By.id("menu-toggle"));
        assertEquals("false", toggle.getAttribute("aria-expanded"), page);
        assertEquals("site-menu", toggle.getAttribute("aria-controls"));
        assertFalse(browser.findElement(By.id("session:logout")).isDisplayed(), page + ": folded");
        assertTrue(headerFits(), page + ": the header fits at 390 px");
        assertNoOverflow(page + " at 390 px");
        assertAccessible(page + " at 390 px, menu folded");

        toggle.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("menu-toggle"), "aria-expanded", "true"));
        WebElement logout = browser.findElement(By.id("session:logout"));
        assertTrue(logout.isDisplayed(), page + ": Sign out reachable");
        long right = ((Number) ((JavascriptExecutor) browser)
                        .executeScript("return arguments[0].getBoundingClientRect().right;", logout))
                .longValue();
        assertTrue(right <= 390, page + ": Sign out on the screen, right edge " + right);
        assertTrue(headerFits(), page + ": the open menu fits at 390 px");
        assertNoOverflow(page + " at 390 px, menu open");
        assertAccessible(page + " at 390 px, menu open");
        screenshot("menu-open-390-" + page.replaceAll("\\W+", "-") + ".png");

        logout.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.attributeToBe(By.id("menu-toggle"), "aria-expanded", "false"));
        assertEquals("menu-toggle", browser.switchTo().activeElement().getAttribute("id"), "focus back on the button");
        assertFalse(browser.findElement(By.id("session:logout")).isDisplayed(), page + ": folded again");
    }

    private boolean headerFits() {
        return (Boolean) ((JavascriptExecutor) browser)
                .executeScript("const h = document.querySelector('.app-header');"
                        + " return h.scrollWidth <= document.documentElement.clientWidth;");
    }

    private void assertNoOverflow(String page) {
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object wide = ((JavascriptExecutor) browser)
                .executeScript("const w = document.documentElement.clientWidth; return Array.from("
                        + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)"
                        + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
        assertTrue(((Number) overflow).longValue() <= 0, page + " scrolls sideways by " + overflow + " px: " + wide);
    }

    private static long unread(String label) {
        if ("Inbox".equals(label)) {
            return 0;
        }
        Matcher m = COUNT.matcher(label);
        assertTrue(m.matches(), "a count in the link's name: " + label);
        return Long.parseLong(m.group(1));
    }
}
