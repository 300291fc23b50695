package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * R-ACC.2 in a real browser (Debian's headless Chromium, axe on every page): staff create a platform organisation
 * naming its first manager, who adds a member and removes it again. The browser helpers are BrowserFilingIT's.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserOrganisationIT extends BrowserTest {

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
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("memberList"), DemoAccounts.BOB));
        assertAccessible("an organisation's page, for its manager, after adding a member");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        screenshot("organisation-390.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

        WebElement bobsRow = browser.findElement(
                By.xpath("//table[@id='memberList']//tr[td[contains(., '" + DemoAccounts.BOB + "')]]"));
        bobsRow.findElement(By.cssSelector("button")).click();
        // The page is replaced after the click: the old message list may vanish while it is read (Chromium: "does
        // not belong to the document"), so that answer means "not yet".
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.messages"), "left"));
        assertAccessible("an organisation's page after removing a member");
        assertTrue(
                browser.findElement(
                                By.xpath("//table[@id='memberList']//tr[td[contains(., '" + DemoAccounts.BOB + "')]]"))
                        .getText()
                        .matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*\\d{4}-\\d{2}-\\d{2}.*"),
                "the record stays, with since and until");
        signOut();
    }
}
