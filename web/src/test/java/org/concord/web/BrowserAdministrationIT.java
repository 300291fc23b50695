package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * R-ACC.5 and R-ACC.6 in a real browser (issue 21): the administrator finds an account by search and disables it with
 * a reason, which the record of changes shows, then enables it again; the holder's own account page. axe and the
 * missing-text check run on each page.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserAdministrationIT extends BrowserTest {

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
        // A refused POST (no reason, R-ACC.5) shows the same page at the same address: ?id= is kept (issue 21).
        String accountPage = browser.getCurrentUrl();
        assertTrue(accountPage.contains("account.xhtml?id="), accountPage);
        browser.findElement(By.id("manage:disable")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("manage:reason-message")));
        assertTrue(browser.findElement(By.id("manage:reason-message")).getText().contains("Give a reason"));
        assertEquals(accountPage, browser.getCurrentUrl(), "the refused POST keeps the page's address");
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

    @Test
    void staffEditAnOrganisationsDetailsAndReadItsRecordOfChanges_RACC2() {
        HttpResponse<String> created = Http.as(base, DemoAccounts.STAFF)
                .postJson(
                        "/api/v1/organisations",
                        "{\"kind\":\"LAW_FIRM\",\"name\":\"Browser Firm " + System.nanoTime()
                                + "\",\"country\":\"FR\",\"firstManager\":\"" + DemoAccounts.BOB + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = Http.json(created).getString("id");
        signIn(DemoAccounts.ADMIN);
        browser.get(Http.local(base).resolve("organisation.xhtml?id=" + id).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:name")));
        assertAccessible("an organisation for staff: its details form and record of changes");
        String page = browser.getCurrentUrl();
        browser.findElement(By.id("edit:country")).clear();
        browser.findElement(By.id("edit:country")).sendKeys("ZZ");
        browser.findElement(By.id("edit:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:country-message")));
        assertTrue(browser.findElement(By.id("edit:country-message")).getText().contains("ZZ"));
        assertEquals(page, browser.getCurrentUrl(), "the refused POST keeps the page's address (issue 21)");
        assertAccessible("an organisation's details refused");

        browser.findElement(By.id("edit:country")).clear();
        browser.findElement(By.id("edit:country")).sendKeys("BE");
        browser.findElement(By.id("edit:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("changes"), "BE"));
        assertTrue(
                browser.findElement(By.id("changes")).getText().contains("FR → BE"),
                browser.findElement(By.id("changes")).getText());
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        assertFitsTheWidth("an organisation for staff at 390 px");
    }

    /** R-SEC.7: the administrator reads the security log, filtered by event type, on a phone too. */
    @Test
    void theAdministratorReadsTheSecurityLog_R_SEC_7() {
        signIn(DemoAccounts.ADMIN);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-security-log")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filter:type")));
        assertAccessible("the security log");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter:type")))
                .selectByValue("SIGN_IN_SUCCEEDED");
        browser.findElement(By.id("filter:find")).click();
        wait.until(ExpectedConditions.urlContains("type=SIGN_IN_SUCCEEDED"));
        String rows = browser.findElement(By.id("security-log")).getText();
        assertTrue(rows.contains("Signed in") && rows.contains("via=form"), rows);
        assertFalse(rows.contains("@"), "ids, never addresses: " + rows);
        assertAccessible("the security log filtered");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        assertFitsTheWidth("the security log at 390 px");
        signOut();
    }

    /**
     * Issue 24: the administrator reads the mail log from the menu; in demo mode (the tests' server) each mail's text
     * opens behind a disclosure; accessible, and at a phone's width (390 px, by device metrics) nothing scrolls sideways.
     */
    @Test
    void theAdministratorReadsTheMailLog_issue24() {
        // A mail with a long link to read: Dora asks to reset her password.
        new FacesClient(base)
                .submit("/forgot-password.xhtml", "forgot", java.util.Map.of("email", DemoAccounts.DORA), "submit");
        signIn(DemoAccounts.ADMIN);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-mail-log")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recipient")));
        assertTrue(browser.findElement(By.id("bodies-shown")).isDisplayed(), "demo mode says that texts are shown");
        browser.findElement(By.id("recipient")).sendKeys(DemoAccounts.DORA);
        browser.findElement(By.id("filter-submit")).click();
        wait.until(ExpectedConditions.urlContains("recipient="));
        assertAccessible("the mail log");
        // The header's language switch posts the mail log back: the same list, in French, not a 500 page.
        chooseLanguageHere("fr");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Journal des e-mails"));
        assertTrue(browser.getCurrentUrl().contains("recipient="), browser.getCurrentUrl());
        chooseLanguageHere("en");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mail log"));
        java.util.List<org.openqa.selenium.WebElement> summaries =
                browser.findElements(By.cssSelector("#mail-log summary"));
        assertFalse(summaries.isEmpty(), "Dora's mail is listed with its text");
        summaries.get(0).click();
        assertTrue(
                browser.findElement(By.cssSelector("#mail-log pre.mail-body"))
                        .getText()
                        .contains("reset-password"),
                "the text opens, with its link");
        ((org.openqa.selenium.chrome.ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recipient")));
        browser.findElements(By.cssSelector("#mail-log details"))
                .forEach(d -> ((JavascriptExecutor) browser).executeScript("arguments[0].open = true;", d));
        assertFitsTheWidth("the mail log at 390 px, texts open");
        browser.navigate().to(Http.local(base).resolve("console/mail-log.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recipient")));
        browser.findElements(By.cssSelector("#mail-log details"))
                .forEach(d -> ((JavascriptExecutor) browser).executeScript("arguments[0].open = true;", d));
        assertFitsTheWidth("the whole mail log at 390 px, texts open");
    }

    /** The language chosen in the header of the page shown, as a person would (the select submits its form). */
    private void chooseLanguageHere(String language) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("session:language")))
                .selectByValue(language);
        try {
            browser.findElement(By.cssSelector("#session .apply-language")).click();
        } catch (org.openqa.selenium.WebDriverException alreadyApplied) {
            // the select's own script was already submitting the form
        }
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }

    /**
     * R-OPS.3: staff place a legal hold on a Procedure from its page, with a reason, and lift it again; the
     * administrator reads what is due for erasure and what was erased from the menu. Accessible, and at 390 px nothing
     * scrolls sideways.
     */
    @Test
    void staffHoldAProceduresFileAndTheAdministratorReadsTheRetentionPage_ROPS3() {
        String id = new Lifecycle(base).file(DemoAccounts.ALICE, "A file to hold (browser test).");
        signIn(DemoAccounts.ADMIN);
        browser.navigate()
                .to(Http.local(base).resolve("procedure.xhtml?id=" + id).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("legal-hold")));
        assertAccessible("a Procedure's legal hold, not held");
        browser.findElement(By.id("legalHold:reason")).sendKeys("Proceedings before the Geneva court (test)");
        browser.findElement(By.id("legalHold:place-hold")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("legal-hold-reason")));
        assertEquals(
                "Proceedings before the Geneva court (test)",
                browser.findElement(By.id("legal-hold-reason")).getText());
        assertAccessible("a Procedure's legal hold, held");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        assertFitsTheWidth("a Procedure's legal hold at 390 px");
        browser.findElement(By.id("legalHold:reason")).sendKeys("The proceedings ended (test)");
        // Issue 24: lifting the hold lets the file be erased, so the page asks first; "No" leaves it held.
        browser.findElement(By.id("legalHold:lift-hold")).click();
        WebElement question =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog-message")));
        assertTrue(question.getText().startsWith("Lift the legal hold?"), question.getText());
        browser.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
        wait.until(ExpectedConditions.invisibilityOf(question));
        assertEquals(
                "Proceedings before the Geneva court (test)",
                browser.findElement(By.id("legal-hold-reason")).getText(),
                "cancelled: still held");
        browser.findElement(By.id("legalHold:lift-hold")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("legal-hold-lifted")));
        assertTrue(browser.findElement(By.id("legal-hold-lifted")).getText().contains("The proceedings ended (test)"));

        // At a phone's width the menu may be folded: follow its link.
        browser.navigate().to(browser.findElement(By.id("nav-retention")).getAttribute("href"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("retention-due")));
        String due = browser.findElement(By.id("retention-due")).getText();
        assertTrue(due.contains("Files of ended Procedures") && due.contains("10 years"), due);
        assertFalse(due.contains("PROCEDURE_FILE") || due.contains("P10Y"), "no codes on the page: " + due);
        assertAccessible("the retention page");
        assertFitsTheWidth("the retention page at 390 px");
        signOut();
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
}
