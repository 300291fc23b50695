package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
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
 * Issue 24 in Chromium at a phone's width (390 px): staff upload a camt.053 statement on the console's bank
 * payments page; it is checked at once and imported in the background: the upload leads (post/redirect/get) to the
 * import's own page, which shows how many credits are done of how many, and then what was done with each credit
 * (matched and applied, or sent to review with the reason); reloaded, the page shows the same. The same statement again
 * is reported as imported before; a statement that cannot be read is refused on the upload page with its line and
 * element, and nothing is queued. Accessible (axe), no missing text, no sideways scrolling, in English, French and
 * German.
 *
 * <p>So that the progress is seen whatever the machine's speed, the test holds the lock of the fee that the first
 * credit pays (as a payment recorded at that moment would) until the page has shown it.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserPaymentsIT extends BrowserTest {

    private static final String CENTER_IBAN = "CH9300762011623852957";

    @Override
    protected int windowWidth() {
        return 390;
    }

    /** Headless Chromium keeps a window at least 500 px wide: the viewport is set to 390 px by device metrics. */
    @Override
    @BeforeEach
    protected void startBrowser() throws IOException {
        super.startBrowser();
        ((org.openqa.selenium.chrome.ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    }

    @Test
    void staffImportAStatementInTheBackgroundSeeItsProgressThenWhatWasDoneWithEachCredit_R17_5() throws Exception {
        String id = new Lifecycle(base).file(DemoAccounts.ALICE, "Streamly removed my song; paid by bank transfer.");
        JsonObject fee = filingFee(id);
        String amount = fee.getJsonNumber("outstanding").bigDecimalValue().toPlainString();
        String statementId = "BG-" + UUID.randomUUID().toString().substring(0, 8);
        Path statement = Files.createTempFile("camt053", ".xml");
        Files.writeString(statement, """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>
                <Id>%1$s</Id><Acct><Id><IBAN>%2$s</IBAN></Id></Acct>
                <Ntry><Amt Ccy="%5$s">%3$s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><Dt>2026-11-20</Dt></BookgDt><AcctSvcrRef>%1$s-PAID</AcctSvcrRef>
                <NtryDtls><TxDtls><RmtInf><Ustrd>%4$s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
                <Ntry><Amt Ccy="EUR">12.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><Dt>2026-11-02</Dt></BookgDt><AcctSvcrRef>%1$s-UNKNOWN</AcctSvcrRef>
                <NtryDtls><TxDtls><RmtInf><Ustrd>For my case %1$s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
                </Stmt></BkToCstmrStmt></Document>""".formatted(
                statementId, CENTER_IBAN, amount, fee.getString("paymentReference"), fee.getString("currency")));

        signIn(DemoAccounts.STAFF);
        String runPage;
        try (Connection db = PasswordHashingIT.db()) {
            db.setAutoCommit(false);
            try (PreparedStatement lock = db.prepareStatement("select id from fee where id = ? for update")) {
                lock.setObject(1, UUID.fromString(fee.getString("id")));
                try (ResultSet row = lock.executeQuery()) {
                    assertTrue(row.next(), "the filing fee");
                }
            }
            upload(statement);
            new WebDriverWait(browser, Duration.ofSeconds(8), Duration.ofMillis(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("import-bar")));
            runPage = browser.getCurrentUrl();
            assertTrue(runPage.contains("console/payments-import.xhtml?id="), "post/redirect/get: " + runPage);
            String progress = browser.findElement(By.cssSelector("#import\\:progress p[role=status]"))
                    .getText();
            assertTrue(progress.equals("Credits imported: 0 of 2") || progress.equals("Waiting to start"), progress);
            assertChecks("an import's page while it runs");
            screenshot("payments-import-progress.png");
            db.rollback();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-outcome")));
        assertEquals("Imported", browser.findElement(By.id("import-outcome")).getText());
        String result = browser.findElement(By.id("import:result")).getText();
        assertTrue(result.contains(statementId + " (" + CENTER_IBAN + "): 1 matched, 1 to review."), result);
        assertTrue(result.contains("Matched") && result.contains("No known payment reference"), result);
        assertChecks("an import's page with its result");
        screenshot("payments-import-result.png");
        assertEquals(
                0,
                filingFee(id).getJsonNumber("outstanding").bigDecimalValue().signum(),
                "the matched credit paid the fee");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-outcome")));
        assertEquals(result, browser.findElement(By.id("import:result")).getText(), "reloaded: the same import");
        for (String language : List.of("fr", "de", "en")) {
            chooseLanguage(language);
            browser.get(runPage);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-outcome")));
            assertEquals(
                    Map.of("fr", "Importé", "de", "Importiert", "en", "Imported")
                            .get(language),
                    browser.findElement(By.id("import-outcome")).getText());
            assertChecks("an import's page in " + language);
        }

        dismissingACreditAsksFirst("For my case " + statementId);

        // The same statement again: imported before, nothing changed.
        upload(statement);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-outcome")));
        assertTrue(
                browser.findElement(By.id("import:result"))
                        .getText()
                        .contains(statementId + " (" + CENTER_IBAN + "): already imported before: nothing changed."),
                browser.findElement(By.id("import:result")).getText());

        // A statement that cannot be read: refused at the upload with its line and element; nothing queued.
        Files.writeString(statement, Files.readString(statement).replace("12.00", "twelve"));
        upload(statement);
        String refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-message-error")))
                .getText();
        assertTrue(refusal.contains("line 7") && refusal.contains("Amt"), refusal);
        assertFalse(refusal.contains(".."), "one period: " + refusal);

        // Not XML at all: the line and column, without an element ("null" was shown).
        Files.writeString(statement, "<Document><Stmt></Document>");
        upload(statement);
        String notXml = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-message-error")))
                .getText();
        assertTrue(notXml.contains("line 1") && !notXml.contains("null") && !notXml.contains(".."), notXml);
        assertTrue(browser.getCurrentUrl().contains("console/payments.xhtml"), browser.getCurrentUrl());
        assertChecks("the payments page with a statement refused");
        screenshot("payments-refused.png");
        Files.delete(statement);
        signOut();
    }

    /**
     * Issue 24, R-17.5: dismissing a credit takes it off the review list for good, so the page asks first; "No" keeps
     * it, "Yes" dismisses it with the note.
     */
    private void dismissingACreditAsksFirst(String remittance) {
        browser.get(Http.local(base).resolve("console/payments.xhtml").toString());
        By row = By.xpath("//table//tr[contains(., '" + remittance + "')]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(row))
                .findElement(By.cssSelector("input[id$=':note']"))
                .sendKeys("Returned to the sender (test)");
        browser.findElement(row).findElement(By.cssSelector("[id$=':dismiss']")).click();
        WebElement question =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog-message")));
        assertTrue(question.getText().startsWith("Dismiss this credit?"), question.getText());
        assertChecks("the payments page asking to confirm a dismissal");
        browser.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
        wait.until(ExpectedConditions.invisibilityOf(question));
        assertEquals(
                "Returned to the sender (test)",
                browser.findElement(row)
                        .findElement(By.cssSelector("input[id$=':note']"))
                        .getAttribute("value"),
                "cancelled: nothing sent, the credit and its note still there");

        browser.findElement(row).findElement(By.cssSelector("[id$=':dismiss']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Dismissed with your note."));
        assertTrue(browser.findElements(row).isEmpty(), "the dismissed credit left the review list");
    }

    private void upload(Path statement) {
        browser.get(Http.local(base).resolve("console/payments.xhtml").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload:statement")))
                .sendKeys(statement.toString());
        browser.findElement(By.id("upload:import")).click();
    }

    private JsonObject filingFee(String procedureId) {
        HttpResponse<String> fees =
                Http.as(base, DemoAccounts.STAFF).get("/api/v1/procedures/" + procedureId + "/fees");
        assertEquals(200, fees.statusCode(), fees.body());
        return Http.json(fees).getJsonArray("fees").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("kind").equals("FILING"))
                .findFirst()
                .orElseThrow();
    }

    /** The language chosen in the header's menu, as a person would. */
    private void chooseLanguage(String language) {
        browser.get(Http.local(base).resolve("console/payments.xhtml").toString());
        openMenu();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session:language")));
        new Select(browser.findElement(By.id("session:language"))).selectByValue(language);
        try {
            browser.findElement(By.cssSelector("#session .apply-language")).click();
        } catch (WebDriverException alreadyApplied) {
            // the select's own script was already submitting the form
        }
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }

    private void assertChecks(String page) {
        assertAccessible(page);
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object wide = ((JavascriptExecutor) browser)
                .executeScript("const w = document.documentElement.clientWidth; return Array.from("
                        + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)"
                        + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
        assertTrue(((Number) overflow).longValue() <= 0, page + " scrolls sideways by " + overflow + " px: " + wide);
    }
}
