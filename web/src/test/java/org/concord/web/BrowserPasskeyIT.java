package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * R-SEC.2 (issue 22): a passkey registered and used in Chromium through its virtual authenticator (a platform
 * authenticator that holds discoverable credentials and verifies its user). A Party adds a passkey on the account's
 * security page (and, as it is the first factor, gets recovery codes), signs in with it without a password, then
 * with the password and the passkey as the second step, and removes it with the password. The security log has each
 * step. WebAuthn does not accept an IP address as the relying party, so this test talks to {@code localhost}
 * ({@code concord.base-url}'s host in the tests), not 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserPasskeyIT extends BrowserTest {

    @Test
    void aPartyAddsAPasskeySignsInWithItWithoutPasswordAndAsSecondStepThenRemovesIt_RSEC2() throws IOException {
        String email = "passkey-" + System.nanoTime() + "@example.org";
        Registrations.confirmed(base, email, "en");
        VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) browser)
                .addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                        .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                        .setHasResidentKey(true)
                        .setHasUserVerification(true)
                        .setIsUserVerified(true)
                        .setIsUserConsenting(true));

        signInWithPassword(email);
        assertFalse(browser.getCurrentUrl().contains("login-factor"), "no factor yet: the password signs in");
        open("account/security.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passkeys-none")));
        browser.findElement(By.id("addPasskey:passkeyName")).sendKeys("Laptop");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("passkey-add")))
                .click();
        awaitOrExplain(By.id("passkey-list"));
        assertTrue(browser.findElement(By.id("passkey-list")).getText().contains("Laptop"));
        assertEquals(1, authenticator.getCredentials().size(), "the key is on the authenticator");
        assertEquals(
                10,
                browser.findElements(By.cssSelector("#recovery-codes li")).size(),
                "the first factor brings the recovery codes, shown once");
        assertAccessible("the security page with a passkey");
        screenshot("passkey-added.png");
        signOut();

        // Without a password: the browser offers the passkey it holds for this host; the authenticator verifies.
        open("login.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("passkey-start")));
        assertAccessible("the login page with a passkey button");
        browser.findElement(By.id("passkey-start")).click();
        awaitOrExplain(By.id("session:logout"));
        open("account/security.xhtml");
        awaitOrExplain(By.id("passkey-list"));
        assertFalse(browser.findElement(By.id("passkey-list")).getText().contains("never"), "its last use is shown");
        signOut();

        // With the password, the passkey is the second step (a Party with a factor has one).
        signInWithPassword(email);
        wait.until(ExpectedConditions.urlContains("login-factor.xhtml"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("factor-passkey")));
        assertAccessible("the second step offering a passkey");
        screenshot("passkey-second-step.png");
        browser.findElement(By.id("factor-passkey")).click();
        awaitOrExplain(By.id("session:logout"));

        // Removed with the password: the last factor of a Party, so the recovery codes go with it.
        open("account/security.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("removePasskey:currentPassword")));
        browser.findElement(By.cssSelector("#removePasskey input[type=radio]")).click();
        browser.findElement(By.id("removePasskey:currentPassword")).sendKeys(Registrations.STRONG);
        browser.findElement(By.id("removePasskey:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passkeys-none")));
        assertTrue(browser.findElements(By.id("recovery-left")).isEmpty(), "no factor, no recovery codes");
        signOut();

        assertLogged(email, "SECOND_FACTOR_ENROLLED", "factor=passkey");
        assertLogged(email, "SIGN_IN_SUCCEEDED", "via=passkey");
        assertLogged(email, "SECOND_FACTOR_ACCEPTED", "factor=passkey");
        assertLogged(email, "SECOND_FACTOR_REMOVED", "factor=passkey");

        // The passkey is gone from the account: the authenticator still holds it, but it signs nobody in.
        open("login.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("passkey-start")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .message-error")));
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "not signed in");
        assertLogged(email, "SIGN_IN_FAILED", "reason=unknown-passkey", false);
    }

    /** Waits for {@code element}; if it does not come, fails with what the page and the browser's console say. */
    private void awaitOrExplain(By element) {
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(element));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    element + " did not appear on " + browser.getCurrentUrl() + ": "
                            + browser.findElement(By.tagName("main")).getText() + "; console: "
                            + browser.manage()
                                    .logs()
                                    .get(org.openqa.selenium.logging.LogType.BROWSER)
                                    .getAll(),
                    e);
        }
    }

    private void signInWithPassword(String email) {
        open("login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(Registrations.STRONG);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    private void assertLogged(String email, String type, String detail) {
        assertLogged(email, type, detail, true);
    }

    /** An entry of {@code type} whose detail has {@code detail}, for the account (or, if not, for none: unknown). */
    private void assertLogged(String email, String type, String detail, boolean ofTheAccount) {
        String query = ofTheAccount
                ? "account=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&type=" + type
                : "type=" + type;
        List<JsonObject> entries = Http.json(Http.as(base, DemoAccounts.ADMIN).get("/api/v1/security-log?" + query))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(
                entries.stream().anyMatch(entry -> entry.getString("detail", "").contains(detail)),
                type + " with " + detail + ": " + entries);
    }

    /** A page at {@code localhost} (see the class comment). */
    private void open(String path) {
        browser.get(Http.local(base).resolve(path).toString().replace("//127.0.0.1:", "//localhost:"));
    }
}
