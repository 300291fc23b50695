package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * R-ACC.3 in a real browser (Debian's headless Chromium, axe on every page): Alice sees her lawyer on her Procedure's
 * page, authorises the lawyer for that Procedure, and the lawyer accepts and opens it. The browser helpers are
 * BrowserFilingIT's.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserRepresentationIT extends BrowserTest {

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
}
