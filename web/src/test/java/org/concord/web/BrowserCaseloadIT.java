package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * R-PLAT.1, R-PLAT.4 in the portal (issue 23): the platform's list, as its manager reads it in Chromium, filtered to
 * the Answers due and to the Resolutions to implement, each line saying what to do next and by when; no "File a
 * Request" for someone who acts for a platform. Accessible (axe), no missing texts.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserCaseloadIT extends BrowserTest {

    private static final String RESOLUTION =
            "{\"description\":\"A song was removed.\",\"recommendation\":\"Reinstate it.\","
                    + "\"reasons\":\"It is the Requesting Party's own work.\",\"outcome\":\"FOR_REQUESTING_PARTY\"}";

    @Test
    void thePlatformFiltersItsListToTheAnswersDueAndTheResolutionsToImplement_RPLAT1_RPLAT4() throws IOException {
        Lifecycle lifecycle = new Lifecycle(base);
        String awaiting = lifecycle.file(DemoAccounts.ALICE, "Streamly removed my song; the Answer is due.");
        lifecycle.commence(awaiting);
        String resolved = lifecycle.file(DemoAccounts.ALICE, "Streamly removed my song; resolved, to implement.");
        lifecycle.commence(resolved);
        lifecycle.fileAnswer(resolved);
        lifecycle.appoint(resolved, DemoAccounts.NEUTRAL);
        String path = "/api/v1/procedures/" + resolved;
        Http.as(base, DemoAccounts.NEUTRAL).put(path + "/resolution", RESOLUTION);
        Http.as(base, DemoAccounts.NEUTRAL).postJson(path + "/resolution/signature", "");
        Http.as(base, DemoAccounts.STAFF).postJson(path + "/resolution/communication", "");
        String awaitingRef = reference(awaiting);
        String resolvedRef = reference(resolved);

        signIn(DemoAccounts.PLATFORM);
        browser.get(Http.local(base).resolve("portal/procedures.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("list:filter")));
        assertTrue(browser.findElements(By.id("file-request")).isEmpty(), "a platform is offered no Request to file");

        browser.findElement(By.cssSelector("label[for='list:answerDue']")).click();
        browser.findElement(By.id("list:filter")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:procedures"), awaitingRef));
        String answerDue = browser.findElement(By.id("list:procedures")).getText();
        assertTrue(answerDue.contains("File the Answer"), answerDue);
        assertFalse(answerDue.contains(resolvedRef), "answered: not due");
        assertAccessible("the platform's list, Answers due");
        assertNoMissingText("the platform's list, Answers due");
        screenshot("caseload-answer-due.png");

        browser.findElement(By.cssSelector("label[for='list:answerDue']")).click();
        browser.findElement(By.cssSelector("label[for='list:toImplement']")).click();
        browser.findElement(By.id("list:filter")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:procedures"), resolvedRef));
        String toImplement = browser.findElement(By.id("list:procedures")).getText();
        assertTrue(toImplement.contains("Report on implementing the Resolution"), toImplement);
        assertFalse(toImplement.contains(awaitingRef), "not resolved: nothing to implement");
        assertAccessible("the platform's list, Resolutions to implement");
        screenshot("caseload-to-implement.png");
        signOut();
    }

    private String reference(String id) {
        return Http.json(Http.as(base, DemoAccounts.STAFF).get("/api/v1/procedures/" + id))
                .getString("reference");
    }
}
