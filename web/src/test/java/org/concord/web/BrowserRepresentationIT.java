package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * R-ACC.3 in a real browser (Debian's headless Chromium, axe on every page): Alice sees her lawyer on her Procedure's
 * page, authorises the lawyer for that Procedure, and the lawyer accepts and opens it; Bob files a power of attorney
 * for Alice, and staff, on the console's page, refuse it without a reason (refused), then accept it.
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

    @Test
    void aRepresentativeFilesAPowerOfAttorneyThatStaffReviewAndAccept_RACC3() throws IOException {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(DemoAccounts.ALICE, "Browser representation: a power of attorney.");
        lifecycle.commence(id);
        String reference = Http.json(Http.as(base, DemoAccounts.ALICE).get("/api/v1/procedures/" + id))
                .getString("reference");
        Path document = Files.createTempFile("power-of-attorney", ".pdf");
        Files.writeString(document, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

        signIn(DemoAccounts.BOB);
        browser.get(Http.local(base).resolve("portal/representation.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("powerOfAttorney:reference")));
        assertTrue(
                browser.findElements(By.id("authorise:onlyThis")).isEmpty(),
                "reached without a Procedure, the page offers no \"this Procedure only\"");
        browser.findElement(By.id("powerOfAttorney:reference")).sendKeys(reference);
        browser.findElement(By.id("powerOfAttorney:partyEmail")).sendKeys(DemoAccounts.ALICE);
        // Without its document: the service's refusal at the field, the input kept (not an error page).
        browser.findElement(By.id("powerOfAttorney:file")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("powerOfAttorney:document-message"), "Choose the power of attorney"));
        assertEquals(
                reference,
                browser.findElement(By.id("powerOfAttorney:reference")).getAttribute("value"));
        browser.findElement(By.id("powerOfAttorney:document")).sendKeys(document.toString());
        assertAccessible("the representation page with its power of attorney form");
        browser.findElement(By.id("powerOfAttorney:file")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.messages")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("receivedList"), reference));
        assertAccessible("the representation page after filing a power of attorney");
        signOut();

        signIn(DemoAccounts.STAFF);
        browser.get(Http.local(base).resolve("console/representations.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pending")));
        assertAccessible("the console's powers of attorney");
        browser.findElement(By.xpath("//table[@id='pending']//tr[td[contains(., '" + reference + "')]]//a"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("selected")));
        assertTrue(
                browser.findElement(By.id("selected-match")).getText().contains("Alice Martin"), "staff see the match");
        assertTrue(browser.findElement(By.id("document")).getText().contains("power-of-attorney"), "and the document");
        assertAccessible("one power of attorney in the console");
        browser.findElement(By.id("decide:refuse")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decide:reason-message"), "R-ACC.3"));
        assertAccessible("a refusal without a reason, refused");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        screenshot("powers-of-attorney-390.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.findElement(By.id("decide:accept")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.messages"), "accepted"));
        assertAccessible("the console after accepting");
        signOut();

        signIn(DemoAccounts.BOB);
        browser.get(Http.local(base).resolve("procedure.xhtml?id=" + id).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("representativeList")));
        assertTrue(browser.findElement(By.id("representativeList")).getText().contains(DemoAccounts.BOB));
        assertAccessible("the Procedure page, for the representative by power of attorney");
        signOut();
        Files.deleteIfExists(document);
    }
}
