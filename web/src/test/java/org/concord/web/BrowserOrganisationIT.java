package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * R-ACC.2 and R-ACC.1 in a real browser (Debian's headless Chromium, axe on every page): staff create a platform
 * organisation inviting its first manager by address; the manager accepts through the mailed link, signed in; the
 * platform manager invites a member who has no account, who opens the real mail's link, creates the account bound to
 * the address and lands on the organisation; the manager removes the member again. The browser helpers are
 * BrowserFilingIT's.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserOrganisationIT extends BrowserTest {

    private static final String PASSWORD = "Heron-Quarry-Velvet-47";

    private void open(String path) {
        browser.get(Http.local(base)
                .resolve(path.startsWith("/") ? path.substring(1) : path)
                .toString());
    }

    /** The page is replaced after a click; an element of the old page may vanish while it is read: "not yet". */
    private void awaitText(By where, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    @Test
    void aPlatformManagerInvitesAMemberWhoCreatesTheAccountThroughTheLink_RACC2_RACC1() throws IOException {
        String name =
                "Browser platform " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String newcomer = "browser-member-" + System.nanoTime() + "@invited.example";
        Set<String> alicesLinks = InvitationMails.links(DemoAccounts.ALICE);

        signIn(DemoAccounts.STAFF);
        open("console/organisations.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("create:name")));
        assertAccessible("the console's organisations");
        browser.findElement(By.id("create:name")).sendKeys(name);
        browser.findElement(By.id("create:country")).sendKeys("IE");
        browser.findElement(By.id("create:domains")).sendKeys("browser-platform.example");
        browser.findElement(By.id("create:aliases")).sendKeys(name + "\n" + name + " Ltd.");
        browser.findElement(By.id("create:firstManager")).sendKeys(DemoAccounts.ALICE);
        browser.findElement(By.id("create:createAction")).click();
        wait.until(ExpectedConditions.urlContains("organisation.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invitationList")));
        assertTrue(browser.findElement(By.id("invitationList")).getText().contains(DemoAccounts.ALICE));
        assertAccessible("an organisation's page, for staff, with the first manager invited");
        String page = browser.getCurrentUrl();
        open("console/invitations.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite:email")));
        assertAccessible("the console's invitations");
        signOut();

        // The first manager accepts through the mailed link, signed in.
        String managersLink = InvitationMails.awaitNew(DemoAccounts.ALICE, alicesLinks);
        signIn(DemoAccounts.ALICE);
        open(managersLink);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept:acceptAction")));
        assertTrue(browser.findElement(By.id("invitation-what")).getText().contains(name));
        assertAccessible("an invitation, for the invited address signed in");
        browser.findElement(By.id("accept:acceptAction")).click();
        wait.until(ExpectedConditions.urlContains("organisation.xhtml"));
        assertEquals(page, browser.getCurrentUrl());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite:email")));
        assertTrue(browser.findElement(By.id("memberList")).getText().contains(DemoAccounts.ALICE));

        // The platform manager invites a member who has no account.
        browser.findElement(By.id("invite:email")).sendKeys(newcomer);
        browser.findElement(By.id("invite:inviteAction")).click();
        awaitText(By.id("invitationList"), newcomer);
        assertAccessible("an organisation's page, for its manager, after inviting a member");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("organisation-390.png");
        browser.manage().window().setSize(new Dimension(1280, 900));
        signOut();

        // The member opens the real mail's link and creates the account bound to the address.
        String membersLink = InvitationMails.awaitNew(newcomer, Set.of());
        open(membersLink);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join:name")));
        assertTrue(browser.findElement(By.id("invitation-what")).getText().contains(name));
        assertAccessible("an invitation, with the account form");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("invitation-390.png");
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.findElement(By.id("join:name")).sendKeys("Mia Member");
        new Select(browser.findElement(By.id("join:domicile"))).selectByValue("IE");
        new Select(browser.findElement(By.id("join:language"))).selectByValue("en");
        browser.findElement(By.id("join:password")).sendKeys("password1234");
        browser.findElement(By.id("join:repeatPassword")).sendKeys("password1234");
        browser.findElement(By.id("join:terms")).click();
        browser.findElement(By.id("join:joinAction")).click();
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join:password-message")));
        assertTrue(refusal.getText().contains("R-ACC.4"), refusal.getText());
        assertAccessible("an invitation's account form with a refused password");
        browser.findElement(By.id("join:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("join:repeatPassword")).sendKeys(PASSWORD);
        if (!browser.findElement(By.id("join:terms")).isSelected()) {
            browser.findElement(By.id("join:terms")).click();
        }
        browser.findElement(By.id("join:joinAction")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("account is ready"));
        assertAccessible("the login page after creating an account through an invitation");
        browser.findElement(By.id("login:email")).sendKeys(newcomer);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        // The login page's own address names the organisation page (?next=…): wait until the browser has left it.
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        assertEquals(page, browser.getCurrentUrl(), "on to the organisation the invitation opened");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("memberList")));
        assertTrue(browser.findElement(By.id("memberList")).getText().contains(newcomer));
        assertAccessible("an organisation's page, for a member who joined by invitation");
        signOut();

        // The manager removes the member; the record stays.
        signIn(DemoAccounts.ALICE);
        browser.get(page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("memberList")));
        WebElement row =
                browser.findElement(By.xpath("//table[@id='memberList']//tr[td[contains(., '" + newcomer + "')]]"));
        row.findElement(By.cssSelector("button")).click();
        awaitText(By.cssSelector("ul.messages"), "left");
        assertAccessible("an organisation's page after removing a member");
        assertTrue(
                browser.findElement(By.xpath("//table[@id='memberList']//tr[td[contains(., '" + newcomer + "')]]"))
                        .getText()
                        .matches(
                                "(?s).*\\d{1,2} \\p{L}{3,4}\\.? \\d{4}, \\d{2}:\\d{2}.*\\d{1,2} \\p{L}{3,4}\\.? \\d{4}, \\d{2}:\\d{2}.*"),
                "the record stays, with since and until");
        signOut();
    }
}
