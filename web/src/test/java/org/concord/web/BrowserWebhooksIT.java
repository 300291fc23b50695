package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * R-PLAT.2 in a real browser at a phone's width (390 px; axe on every state of the page, no sideways scrolling):
 * Streamly's manager registers an endpoint on the webhooks page, sees its signing secret once (not again on the next
 * visit), sees the delivery log after a Request is commenced against Streamly (a receiver started here on 127.0.0.1,
 * which the tests' configuration allows), sends the delivery again (the receiver gets the same webhook-id a second
 * time), reads the page in French and German (no missing text), and deletes the endpoint.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserWebhooksIT extends BrowserTest {

    private HttpServer server;
    /** The webhook-id and the body of every request the receiver got. */
    private final List<String[]> received = new CopyOnWriteArrayList<>();

    @Override
    protected int windowWidth() {
        return 390;
    }

    /**
     * Headless Chromium keeps a window at least 500 px wide (the page would be laid out at ~485 px): the viewport is
     * set to a phone's 390 px by device metrics instead, and checked.
     */
    @Override
    @BeforeEach
    protected void startBrowser() throws IOException {
        super.startBrowser();
        ((org.openqa.selenium.chrome.ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    }

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                received.add(new String[] {exchange.getRequestHeaders().getFirst("webhook-id"), body});
                exchange.sendResponseHeaders(200, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    private void open(String path) {
        browser.get(Http.local(base).resolve(path).toString());
    }

    private void awaitText(By where, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    /** The webhook-ids the receiver got for the Procedure, in order of arrival (waits for at least {@code n}). */
    private List<String> awaitReceived(String procedureId, int n) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (true) {
            List<String> ids = received.stream()
                    .filter(r -> r[1].contains(procedureId))
                    .map(r -> r[0])
                    .toList();
            if (ids.size() >= n) {
                return ids;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError(n + " deliveries for " + procedureId + "; got " + ids);
            }
            Thread.sleep(200);
        }
    }

    /** The row of the endpoint list that holds the receiver's address. */
    private WebElement endpointRow(String url) {
        return browser.findElement(By.xpath("//table[@id='endpointList']//tr[td[contains(., '" + url + "')]]"));
    }

    /** The row below it, with the endpoint's buttons. */
    private WebElement endpointActions(String url) {
        return browser.findElement(
                By.xpath("//table[@id='endpointList']//tr[td[contains(., '" + url + "')]]/following-sibling::tr[1]"));
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
        // The tables' buttons are in reach without scrolling their region sideways.
        Object hidden = ((JavascriptExecutor) browser)
                .executeScript("const w = document.documentElement.clientWidth; return Array.from("
                        + "document.querySelectorAll('.table-scroll button')).filter(e => e.getBoundingClientRect()"
                        + ".right > w + 1).map(e => e.id).join(', ');");
        assertEquals("", hidden, page + ": buttons out of sight");
    }

    private void assertPageChecks(String page) {
        assertAccessible(page);
        assertFitsTheWidth(page + " at 390 px");
    }

    @Test
    void aManagerRegistersSeesTheSecretOnceReadsTheLogAndRedelivers_RPLAT2() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        String page = "organisation-webhooks.xhtml?id=" + DemoOrganisations.id(base, DemoOrganisations.STREAMLY);

        signIn(DemoAccounts.PLATFORM);
        open(page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:url")));
        Number width = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertEquals(390, width.intValue(), "a phone's width");
        assertPageChecks("the webhooks page, for a manager");

        // Registering: the address and one event type; the secret is shown this once.
        browser.findElement(By.id("register:url")).sendKeys(url);
        browser.findElement(By.cssSelector("input[name='register:events'][value='procedure.commenced']"))
                .click();
        browser.findElement(By.id("register:registerAction")).click();
        WebElement secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secretValue")));
        assertTrue(secret.getText().startsWith("whsec_"), secret.getText());
        assertTrue(endpointRow(url).getText().contains("Request commenced against us"));
        assertPageChecks("the webhooks page with a new endpoint and its secret");
        screenshot("webhooks-secret-390.png");
        open(page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endpointList")));
        assertTrue(browser.findElements(By.id("secretValue")).isEmpty(), "the secret is shown once only");

        // An event: a Request commenced against Streamly reaches the receiver and the delivery log.
        Lifecycle lifecycle = new Lifecycle(base);
        String procedure = lifecycle.file(DemoAccounts.ALICE, "Browser webhook test: commenced.");
        lifecycle.commence(procedure);
        String messageId = awaitReceived(procedure, 1).get(0);
        open(page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endpointList")));
        endpointActions(url).findElement(By.cssSelector("button[id$=':log']")).click();
        awaitText(By.id("deliveryList"), messageId);
        WebElement delivery =
                browser.findElement(By.xpath("//table[@id='deliveryList']//tr[td[contains(., '" + messageId + "')]]"));
        assertTrue(delivery.getText().contains("Delivered"), delivery.getText());
        assertTrue(delivery.getText().contains("200"), "the attempt's status code: " + delivery.getText());
        assertPageChecks("the webhooks page with the delivery log");
        screenshot("webhooks-log-390.png");

        // Sent again: the same webhook-id, a second attempt in the log.
        browser.findElement(By.xpath("//table[@id='deliveryList']//tr[td[contains(., '" + messageId
                        + "')]]/following-sibling::tr[1]//button[contains(@id, ':redeliver')]"))
                .click();
        awaitText(By.cssSelector("ul.messages"), "sent again");
        List<String> ids = awaitReceived(procedure, 2);
        assertEquals(List.of(messageId, messageId), ids);
        assertPageChecks("the webhooks page after sending a delivery again");

        // The page in French and in German: translated, nothing missing (assertAccessible reads every text).
        openMenu();
        new Select(browser.findElement(By.id("session:language"))).selectByValue("fr");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        String french = browser.findElement(By.tagName("body")).getText();
        assertTrue(french.contains("Enregistrer un point de réception"), french);
        assertTrue(
                endpointActions(url).getText().contains("Journal des livraisons"),
                endpointActions(url).getText());
        assertPageChecks("the webhooks page in French");
        openMenu();
        new Select(browser.findElement(By.id("session:language"))).selectByValue("de");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "de"));
        endpointActions(url).findElement(By.cssSelector("button[id$=':log']")).click();
        awaitText(By.id("deliveryList"), messageId);
        String german = browser.findElement(By.tagName("body")).getText();
        assertTrue(german.contains("Zustellprotokoll") && german.contains("Erneut senden"), german);
        assertFalse(german.contains("Delivered"), german);
        assertPageChecks("the webhooks page in German with the delivery log");
        openMenu();
        new Select(browser.findElement(By.id("session:language"))).selectByValue("en");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

        // Deleted, once confirmed (issue 24: an irreversible action asks first): the endpoint leaves the list.
        endpointActions(url)
                .findElement(By.cssSelector("button[id$=':delete']"))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        awaitText(By.cssSelector("ul.messages"), "deleted");
        assertTrue(browser.findElements(By.xpath("//table[@id='endpointList']//tr[td[contains(., '" + url + "')]]"))
                .isEmpty());
        signOut();
    }
}
