package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * People get in through the portal in a real browser (issue 21): register (a weak password refused first, R-ACC.4),
 * confirm through the mailed link, sign in (R-ACC.1); forgot the password and set a new one through the reset link
 * (R-ACC.4). axe and the check for text missing from the bundles run on every page. Same browser set-up as
 * {@link BrowserFilingIT} (Debian's Chromium).
 */
@ExtendWith(ArquillianExtension.class)
class BrowserAccountIT extends BrowserTest {

    @Override
    protected int windowWidth() {
        return 390;
    }

    private static final Pattern LINK =
            Pattern.compile("https?://\\S+?/((?:confirm|reset-password)\\.xhtml\\?token=[\\w-]+)");

    @Test
    void aPersonRegistersConfirmsSignsInThenResetsAForgottenPassword_RACC1_RACC4() {
        String email = "browser-" + System.nanoTime() + "@register.example";
        String password = "Walnut-Harbour-Signal-35";

        open("login.xhtml");
        assertAccessible("the login page");
        browser.findElement(By.id("register")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:name")));
        assertAccessible("the registration form");

        browser.findElement(By.id("register:name")).sendKeys("Erin Browser");
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.cssSelector("label[for='register:capacity:0']")).click();
        new Select(browser.findElement(By.id("register:domicile"))).selectByValue("DE");
        new Select(browser.findElement(By.id("register:language"))).selectByValue("en");
        browser.findElement(By.id("register:password")).sendKeys("password1234");
        browser.findElement(By.id("register:repeatPassword")).sendKeys("password1234");
        browser.findElement(By.id("register:terms")).click();
        browser.findElement(By.id("register:submit")).click();
        WebElement refusal =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:password-message")));
        assertTrue(refusal.getText().contains("R-ACC.4"), refusal.getText());
        assertAccessible("the registration form with a refused password");

        browser.findElement(By.id("register:password")).sendKeys(password);
        browser.findElement(By.id("register:repeatPassword")).sendKeys(password);
        if (!browser.findElement(By.id("register:terms")).isSelected()) {
            browser.findElement(By.id("register:terms")).click();
        }
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-sent")));
        assertAccessible("the registration's answer");

        open(link(Smtp.await(
                m -> Smtp.recipient(m).equals(email) && Smtp.subject(m).contains("confirm"), 30)));
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("confirmed"));
        assertAccessible("the login page after confirmation");
        signIn(email, password);
        open("account/password.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change:currentPassword")));
        assertAccessible("the password change");
        signOut();

        open("terms.xhtml");
        assertAccessible("the terms and privacy notice");
        open("confirm.xhtml");
        assertAccessible("asking for a new confirmation link");

        open("login.xhtml");
        browser.findElement(By.id("forgot-password")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot:email")));
        assertAccessible("forgot password");
        browser.findElement(By.id("forgot:email")).sendKeys(email);
        browser.findElement(By.id("forgot:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot-sent")));
        assertAccessible("forgot password's answer");

        open(link(Smtp.await(
                m -> Smtp.recipient(m).equals(email) && Smtp.subject(m).contains("new password"), 30)));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset:password")));
        assertAccessible("the reset form");
        String newPassword = "Lichen-Barometer-Quill-92";
        browser.findElement(By.id("reset:password")).sendKeys(newPassword);
        browser.findElement(By.id("reset:repeatPassword")).sendKeys(newPassword);
        browser.findElement(By.id("reset:submit")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertAccessible("the login page after the reset");
        signIn(email, newPassword);
    }

    @Test
    void theOwnerChoosesATokensScopesAndAShorterExpiry_RSEC3() {
        signIn(DemoAccounts.ALICE);
        open("account/tokens.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens:label")));
        assertAccessible("the API tokens");
        browser.findElement(By.id("tokens:label")).sendKeys("weekly export");
        browser.findElement(By.cssSelector("input[name='tokens:scopes'][value='FILE']"))
                .click();
        new Select(browser.findElement(By.id("tokens:days"))).selectByValue("7");
        browser.findElement(By.id("tokens:issue")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-token")));
        assertTrue(browser.findElement(By.id("issued-token")).getText().startsWith("concord_"));
        String list = browser.findElement(By.id("tokenList:list")).getText();
        assertTrue(list.contains("weekly export") && list.contains("Read, File"), list);
        // Shown as a date in the page's language, Geneva time: "12 Dec 2026, 22:32 CET".
        java.time.format.DateTimeFormatter shown = java.time.format.DateTimeFormatter.ofLocalizedDate(
                        java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.UK);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Zurich"));
        String inAWeek = shown.format(today.plusDays(7));
        String inAWeekLater = shown.format(today.plusDays(8));
        assertTrue(list.contains(inAWeek) || list.contains(inAWeekLater), "expires in 7 days: " + list);
        assertAccessible("the API tokens with a new token");

        // Revoking submits the list's own form: the empty label of the new-token form is not checked.
        browser.findElement(By.xpath("//div[@id='tokenList:list']//tr[td[contains(., 'weekly export')]]//button"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The token was revoked."));
        assertTrue(
                browser.findElement(By.xpath("//div[@id='tokenList:list']//tr[td[contains(., 'weekly export')]]"))
                        .getText()
                        .contains("Revoked"),
                "the row says so");
        assertTrue(browser.findElements(By.id("issued-token")).isEmpty(), "the new token's secret was shown once");
    }

    private void open(String path) {
        browser.get(Http.local(base).resolve(path).toString());
    }

    private static String link(MimeMessage mail) {
        try {
            Matcher m = LINK.matcher(String.valueOf(mail.getContent()));
            assertTrue(m.find(), "a link in the mail");
            return m.group(1);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void signIn(String email, String password) {
        open("login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        passSecondStep(email);
    }
}
