package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * R-SEC.2 (issue 22) in Chromium at a phone's width (390 px): a Neutral invited without a second factor is led from
 * the password to the enrolment step (QR code and the secret as text), confirms a code, sees the recovery codes once,
 * goes on; the next sign-in asks for a code. axe on every new page, and screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserSecondFactorIT extends BrowserTest {

    private static final String PASSWORD = Registrations.STRONG;

    @Override
    protected int windowWidth() {
        return 390;
    }

    @Test
    void aNeutralEnrolsAnAuthenticatorAtTheFirstSignInThenSignsInWithACode_RSEC2() throws IOException {
        String email = Registrations.invitedNeutral(base, "browser");

        open("login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("login-factor.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("qr-code")));
        assertAccessible("the enrolment step of a sign-in");
        screenshot("second-factor-enrolment-390.png");
        String code = DemoTotp.enrolFromPage(email, browser.getPageSource());
        browser.findElement(By.id("enrol:code")).sendKeys(code);
        browser.findElement(By.id("enrol:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
        assertEquals(
                10, browser.findElements(By.cssSelector("#recovery-codes li")).size());
        assertAccessible("the recovery codes, shown once");
        screenshot("second-factor-recovery-codes-390.png");
        // Changing the page's language (a redirect to a new view) keeps them until the holder says they are stored.
        List<String> codes = browser.findElements(By.cssSelector("#recovery-codes li")).stream()
                .map(WebElement::getText)
                .toList();
        openMenu();
        new Select(browser.findElement(By.id("session:language"))).selectByValue("fr");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        assertEquals(
                codes,
                browser.findElements(By.cssSelector("#recovery-codes li")).stream()
                        .map(WebElement::getText)
                        .toList());
        openMenu();
        new Select(browser.findElement(By.id("session:language"))).selectByValue("en");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        browser.findElement(By.id("stored:continue")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login-factor.xhtml")));

        open("account/security.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("factor-state")));
        assertTrue(browser.findElement(By.id("factor-required")).isDisplayed(), "a Neutral's factor is required");
        assertAccessible("the two-step sign-in page of one's account");
        screenshot("second-factor-account-390.png");
        signOut();

        open("login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("factor:code")));
        assertAccessible("the code step of a sign-in");
        screenshot("second-factor-code-390.png");
        passSecondStep(email);
        open("account/security.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("factor-state")));
        signOut();
    }

    private void open(String path) {
        browser.get(Http.local(base).resolve(path).toString());
    }
}
