package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A Party files a Request through the portal in a real browser (Debian's headless Chromium); staff then find it in
 * the console. Needs the Debian packages chromium and chromium-driver (.ci/run installs them).
 */
@ExtendWith(ArquillianExtension.class)
class BrowserFilingIT extends BrowserTest {

    @Test
    void aPartyFilesARequestAndStaffSeeItInTheConsole() throws IOException {
        signIn(DemoAccounts.ALICE);
        // Issue 24: sign-in lands on the work queue; the portal's list offers the Request form.
        browser.get(Http.local(base).resolve("portal/procedures.xhtml").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("file-request")));
        assertAccessible("the portal");
        browser.findElement(By.id("file-request")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("request:description")));
        assertAccessible("the Request form");

        // The platform's Statement of Reasons, pasted, prefills the form and is checked for scope (R-SOR.1, R-SOR.3).
        String statement = StatementOfReasonsIT.fixture("example_statement.json")
                .replace("8ca7c7ed-d9bc-4509-9fe2-72046a1cTEST", "browser-" + java.util.UUID.randomUUID())
                .replace(
                        "\"category_specification\":[]",
                        "\"category_specification\":[\"KEYWORD_COPYRIGHT_INFRINGEMENT\"]");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('statement:json').value = arguments[0];", statement);
        browser.findElement(By.id("statement:import")).click();
        WebElement scope = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scope")));
        assertTrue(scope.getText().contains("Within Article 2"), scope.getText());
        assertEquals(
                "Platform 1", browser.findElement(By.id("request:platformName")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("request:matter:0")).isSelected(), "copyright, from the keyword");
        // Issue 24, R-SOR.1: the keywords read in words, not as the Transparency Database's codes.
        String keywords = browser.findElement(By.id("keywords")).getText();
        assertEquals("Copyright infringement", keywords);
        assertFalse(keywords.contains("KEYWORD_"), keywords);
        assertAccessible("the Request form with a Statement of Reasons");

        // Submitting with items missing names each of them at its field and files nothing.
        wait.until(ExpectedConditions.elementToBeClickable(By.id("request:submit")))
                .click();
        WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
        assertTrue(errors.getText().contains("R-5.1"), errors.getText());
        String page = browser.findElement(By.id("request")).getText();
        for (String item : List.of("5(b)(i)", "5(b)(iii)", "5(b)(vi)", "5(b)(vii)", "5(b)(viii)")) {
            assertTrue(page.contains(item), item + " is named: " + page);
        }

        browser.findElement(By.cssSelector("label[for='request:capacity:0']")).click();
        browser.findElement(By.id("request:platformCorrespondenceEmail")).sendKeys("alice@concord.example");
        browser.findElement(By.id("request:description"))
                .sendKeys("Streamly removed my recording of a song I wrote myself.");
        assertEquals(
                "10 of 3000 words",
                browser.findElement(By.id("request:wordcount")).getText(),
                "live word count (R-5.2)");
        browser.findElement(By.id("request:remedy")).sendKeys("Restore the recording.");
        browser.findElement(By.cssSelector("label[for='request:noIchsDecision']"))
                .click();
        browser.findElement(By.id("request:domicile")).sendKeys("FR");
        browser.findElement(By.cssSelector("label[for='request:submitsToJurisdiction']"))
                .click();
        browser.findElement(By.id("request:otherProceedings")).sendKeys("None");
        browser.findElement(By.id("request:submit")).click();

        String reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference")))
                .getText();
        assertTrue(reference.matches("DCTI-[0-9A-Z]{4}-[0-9A-Z]{4}"), reference);
        assertEquals("Request filed", browser.findElement(By.id("state")).getText());
        assertTrue(browser.getPageSource().contains("Your Request " + reference + " was received"));
        assertNoMissingText("the filed Request");

        signOut();
        signIn(DemoAccounts.STAFF);
        browser.get(Http.local(base).resolve("console/procedures.xhtml").toString());
        WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("procedures")));
        assertTrue(list.getText().contains(reference), list.getText());
        assertAccessible("the console");
        screenshot("console.png");
    }

    /**
     * Issue 24, R-SOR.1: a batch of Statements of Reasons uploaded in the portal is checked at once, stored in the
     * background, and its page (reloadable, by its id) lists a draft per statement with the link that starts a Request
     * from it; another Party gets the same "not found" as for a wrong id.
     */
    @Test
    void aPartyUploadsABatchOfStatementsStoredInTheBackground_RSOR1() {
        signIn(DemoAccounts.ALICE);
        browser.get(Http.local(base).resolve("portal/file-request.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statement:json")));
        String statement = StatementOfReasonsIT.fixture("example_statement.json");
        String batch = "{\"statements\":["
                + String.join(
                        ",",
                        java.util.stream.IntStream.range(0, 3)
                                .mapToObj(i -> statement.replace(
                                        "8ca7c7ed-d9bc-4509-9fe2-72046a1cTEST",
                                        "batch-" + i + "-" + java.util.UUID.randomUUID()))
                                .toList())
                + "]}";
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('statement:json').value = arguments[0];", batch);
        browser.findElement(By.id("statement:import")).click();

        wait.until(ExpectedConditions.urlContains("portal/statement-batch.xhtml"));
        WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-outcome")));
        assertEquals("Stored", outcome.getText().trim());
        String page = browser.getCurrentUrl();
        browser.navigate().refresh(); // reloadable: the state is the batch's row
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-drafts")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#batch-drafts tbody tr"));
        assertEquals(3, rows.size());
        assertTrue(rows.get(2).getText().contains("batch-2-"), rows.get(2).getText());
        assertAccessible("the batch's page");
        rows.get(0).findElement(By.linkText("Start the Request")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("request:platformName")));
        assertEquals(
                "Platform 1", browser.findElement(By.id("request:platformName")).getAttribute("value"));

        signOut();
        signIn(DemoAccounts.BOB);
        browser.get(page);
        assertTrue(browser.getPageSource().contains("Not found"), "another Party does not see the batch");
        assertFalse(browser.getPageSource().contains("batch-0-"));
    }

    @Test
    void staffRecordAPaymentThatReleasesTheRequestCommenceItAndImportAStatement_R17_2() throws IOException {
        HttpResponse<String> filed = Http.as(base, DemoAccounts.ALICE)
                .postJson("/api/v1/requests", RequestBodies.complete("TRADEMARK", "Streamly", "Fake shop."));
        String id = Http.json(filed).getString("id");
        signIn(DemoAccounts.STAFF);
        browser.get(Http.local(base).resolve("procedure.xhtml?id=" + id).toString());
        WebElement filings = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filings")));
        assertTrue(filings.getText().contains("Held: fees unpaid"), filings.getText());
        browser.findElement(By.id("fees-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payment:amount")))
                .sendKeys("50.00");
        assertAccessible("the fee statement");
        browser.findElement(By.id("payment:record")).click();
        WebElement ledger = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ledger")));
        assertTrue(
                ledger.getText().contains(DemoAccounts.STAFF)
                        && ledger.getText().contains("R-17.1"),
                ledger.getText());
        assertTrue(browser.findElement(By.id("fees")).getText().contains("Paid"));

        browser.get(Http.local(base).resolve("procedure.xhtml?id=" + id).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actions:respondingParty")))
                .sendKeys(DemoAccounts.PLATFORM);
        assertFalse(browser.findElement(By.id("filings")).getText().contains("Held"), "released (R-17.2)");
        browser.findElement(By.cssSelector("label[for='actions:compliant']")).click();
        browser.findElement(By.id("actions:commence")).click();
        wait.until(ExpectedConditions.textToBe(By.id("state"), "Commenced"));
        assertNoMissingText("the commenced Procedure for staff");

        Path statement = Files.createTempFile("camt053", ".xml");
        Files.writeString(statement, """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>
                <Id>BROWSER-%s</Id><Acct><Id><IBAN>CH9300762011623852957</IBAN></Id></Acct>
                <Ntry><Amt Ccy="EUR">123.45</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><Dt>2026-11-20</Dt></BookgDt><AcctSvcrRef>B-%s</AcctSvcrRef>
                <NtryDtls><TxDtls><RmtInf><Ustrd>For my case</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
                </Stmt></BkToCstmrStmt></Document>""".formatted(id.substring(0, 8), id.substring(0, 8)));
        browser.get(Http.local(base).resolve("console/payments.xhtml").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload:statement")))
                .sendKeys(statement.toString());
        assertAccessible("the payments console");
        browser.findElement(By.id("upload:import")).click();
        // Issue 24: imported in the background, on the import's own page.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-outcome")));
        assertTrue(
                browser.findElement(By.id("import:result")).getText().contains("0 matched, 1 to review"),
                "import report");
        browser.findElement(By.id("import:back")).click();
        WebElement review = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review:credits")));
        assertTrue(
                review.getText().contains("123.45") && review.getText().contains("No known payment reference"),
                review.getText());
        Files.delete(statement);
    }

    @Test
    void anyoneComputesADeadlineWithItsExplanation_R3_6() {
        browser.get(Http.local(base).resolve("deadlines.xhtml").toString());
        computeE2();
        assertAccessible("the deadline calculator");
        assertEquals(
                "28 Dec 2026",
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("due")))
                        .getText(),
                "E2");
        assertEquals("25 Dec 2026", browser.findElement(By.id("rawLastDay")).getText());
        String explanation = browser.findElement(By.id("result")).getText();
        for (String skipped : List.of("25 Dec 2026", "26 Dec 2026", "27 Dec 2026")) {
            assertTrue(explanation.contains("Skipped " + skipped), explanation);
        }
        assertTrue(explanation.contains("Christmas") && explanation.contains("France, Germany"), explanation);
        assertAccessible("the deadline's explanation");

        // Issue 24: in French, the holidays, weekdays and countries are named in French.
        new Select(browser.findElement(By.id("session:language"))).selectByValue("fr");
        try {
            browser.findElement(By.cssSelector("#session .apply-language")).click();
        } catch (org.openqa.selenium.WebDriverException alreadyApplied) {
            // the page was already being replaced by the select's own submission
        }
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        computeE2();
        String french = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")))
                .getText();
        assertTrue(french.contains("Noël") && french.contains("Samedi"), french);
        assertTrue(french.contains("France, Allemagne"), french);
        assertTrue(!french.contains("Christmas") && !french.contains("Germany"), french);
        assertNoMissingText("the deadline's explanation in French");
        new Select(browser.findElement(By.id("session:language"))).selectByValue("en");
        try {
            browser.findElement(By.cssSelector("#session .apply-language")).click();
        } catch (org.openqa.selenium.WebDriverException alreadyApplied) {
            // as above
        }
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    }

    private void computeE2() {
        WebElement date = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("calculator:date")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-12-05';", date);
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = '11:00';", browser.findElement(By.id("calculator:time")));
        WebElement compute = browser.findElement(By.id("calculator:compute"));
        compute.click();
        // A full post: wait until the page that answers it has replaced this one, so that nothing reads it half-loaded.
        wait.until(ExpectedConditions.stalenessOf(compute));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calculator:compute")));
    }

    /**
     * The path from a paid, commenced Request to the Resolution, every step in the browser by the person who takes
     * it: staff invite the Neutral, the platform answers, the Neutral accepts with the declaration
     * drafts and signs the Resolution, staff communicate it and the Requesting Party reads it
     * and finds the certificate. Filing the Request in the browser is the first test of this class.
     */
    @Test
    void fromACommencedRequestToTheResolutionInTheBrowser_R8_R7_R9_R14() throws IOException {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(DemoAccounts.ALICE, "Streamly removed my song; browser path to the Resolution.");
        lifecycle.commence(id);
        lifecycle.pay(id, "ADMINISTRATION");
        lifecycle.pay(id, "NEUTRAL");
        String page = Http.local(base).resolve("procedure.xhtml?id=" + id).toString();

        signIn(DemoAccounts.STAFF);
        browser.get(page);
        new org.openqa.selenium.support.ui.Select(
                        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appointment:neutral"))))
                .selectByValue(DemoAccounts.NEUTRAL);
        assertAccessible("the procedure page for staff");
        // R-PLAT.3: the platform has not answered yet and its period runs: staff say why they invite now.
        browser.findElement(By.id("appointment:earlyReason")).sendKeys(Lifecycle.EARLY);
        browser.findElement(By.id("appointment:invite")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appointments"), "invited"));
        signOut();

        signIn(DemoAccounts.PLATFORM);
        browser.get(page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer:contactEmail")))
                .sendKeys("legal@streamly.example");
        browser.findElement(By.id("answer:domicile")).sendKeys("IE");
        browser.findElement(By.id("answer:reply")).sendKeys("We acted on a rightholder's notice.");
        browser.findElement(By.id("answer:otherProceedings")).sendKeys("None");
        // R-PLAT.1: told before filing what the Answer asks; the page speaks to the platform as the Responding Party.
        assertEquals(
                2, browser.findElements(By.cssSelector("#answer-fees tbody tr")).size());
        assertTrue(browser.findElement(By.id("answer-held")).getText().startsWith("Your fees are paid"));
        assertTrue(browser.findElement(By.id("answer-due")).getText().startsWith("Last day to file the Answer:"));
        assertTrue(browser.getPageSource().contains("Items of the Request"));
        assertFalse(browser.getPageSource().contains("Items of your Request"));
        assertAccessible("the Answer form");
        browser.findElement(By.id("answer:file")).click();
        wait.until(ExpectedConditions.textToBe(By.id("answer-status"), "Answered in time."));
        signOut();

        signIn(DemoAccounts.NEUTRAL);
        browser.get(Http.local(base).resolve("portal/invitations.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$=':accept:confirm']")));
        assertAccessible("the invitations");
        List<WebElement> sections = browser.findElements(By.cssSelector("section.invitation"));
        WebElement mine = sections.stream()
                .filter(sec -> sec.getText()
                        .contains(Http.json(Http.as(base, DemoAccounts.STAFF).get("/api/v1/procedures/" + id))
                                .getString("reference")))
                .findFirst()
                .orElseThrow();
        mine.findElement(By.cssSelector("label[for$=':accept:confirm']")).click();
        mine.findElement(By.cssSelector("[id$=':accept:accept']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolution:description")))
                .sendKeys("A cover of the Requesting Party's own song was removed.");
        browser.findElement(By.id("resolution:recommendation")).sendKeys("Reinstate the recording.");
        browser.findElement(By.id("resolution:reasons")).sendKeys("The notice named a work the Party wrote.");
        browser.findElement(By.cssSelector("label[for='resolution:outcome:0']")).click();
        assertAccessible("the Resolution form");
        browser.findElement(By.id("resolution:sign")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("communicated"), "Not yet"));
        signOut();

        signIn(DemoAccounts.STAFF);
        browser.get(page);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("center-resolution:communicate")))
                .click();
        // Issue 24: communicating is irreversible, so the page asks first.
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("state"), "Resolved"));
        signOut();

        signIn(DemoAccounts.ALICE);
        browser.get(page);
        WebElement resolution = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolution")));
        assertTrue(resolution.getText().contains("In favour of the Requesting Party"), resolution.getText());
        assertTrue(resolution.getText().contains("Reinstate the recording."), resolution.getText());
        assertTrue(browser.findElement(By.id("file")).getText().contains("Resolution communicated"));
        assertTrue(browser.findElement(By.id("certificate")).isDisplayed());
        assertAccessible("the resolved procedure for the Requesting Party");
        screenshot("resolution.png");
    }

    /** in the console: staff verify every year's statistics ledger and read the result. */
    @Test
    void staffVerifyTheStatisticsLedgers_R13_3() {
        HttpResponse<String> defined = Http.as(base, DemoAccounts.ADMIN)
                .postJson(
                        "/api/v1/statistics/publications",
                        "{\"title\":\"Ledger check\",\"tables\":[\"MATTER\"],\"periodKind\":\"YEAR\"}");
        String publication = Http.json(defined).getString("id");
        HttpResponse<String> ran = Http.as(base, DemoAccounts.ADMIN)
                .postJson(
                        "/api/v1/statistics/runs",
                        "{\"publication\":\"" + publication + "\",\"year\":2020,\"cutoff\":\"2020-12-31\"}");
        assertTrue(ran.statusCode() == 200 || ran.statusCode() == 201, ran.body());

        signIn(DemoAccounts.STAFF);
        browser.get(Http.local(base).resolve("console/statistics.xhtml").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ledgers:verify")))
                .click();
        WebElement checks = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ledgers:checks")));
        WebElement year2020 = checks.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().startsWith("2020"))
                .findFirst()
                .orElseThrow();
        assertTrue(year2020.getText().contains("Intact"), year2020.getText());
        assertFalse(checks.getText().contains("broken"), checks.getText());
        assertAccessible("the verified ledgers");
    }

    /**
     * in the console: staff read the ranked candidates with their explanations and invite one from the
     * list; the administrator edits a Neutral's profile, a refused code being named at its field.
     */
    @Test
    void staffInviteFromTheRankedCandidatesAndTheAdministratorKeepsAProfile_R8_2() throws IOException {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(DemoAccounts.ALICE, "Streamly removed my parody; ranking in the browser.");
        lifecycle.commence(id);

        signIn(DemoAccounts.STAFF);
        browser.get(Http.local(base).resolve("procedure.xhtml?id=" + id).toString());
        WebElement table =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.candidates")));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertTrue(rows.size() >= 3, table.getText());
        assertTrue(
                rows.get(0).getText().contains("Dr. Nora Expert"), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains("Works in France, the Requesting Party's country of domicile."));
        assertTrue(table.getText().contains("not this matter"), "the trademark-only Neutral is flagged");
        assertTrue(browser.findElement(By.id("candidates-weights")).getText().contains("language 8(b)(v) 4"));
        assertTrue(browser.findElement(By.id("candidates-reading")).getText().startsWith("Reading (R-9)"));
        assertAccessible("the ranked candidates");
        browser.findElements(By.id("appointment:earlyReason"))
                .forEach(field -> field.sendKeys(Lifecycle.EARLY)); // R-PLAT.3, while the Answer is awaited
        rows.get(0).findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appointments"), "Dr. Nora Expert"));
        assertTrue(
                browser.findElements(By.cssSelector("table.candidates button")).isEmpty(), "one invitation at a time");
        signOut();

        signIn(DemoAccounts.ADMIN);
        browser.get(Http.local(base).resolve("console/neutrals.xhtml").toString());
        WebElement neutrals = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("list:neutrals")));
        assertTrue(neutrals.getText().contains("Claire Dubois"), neutrals.getText());
        assertAccessible("the directory of neutrals");
        neutrals.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("Dr. Otto Zweitgutachter"))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("button"))
                .click();
        WebElement countries = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:countries")));
        assertTrue(countries.getAttribute("value").contains("DE"));
        countries.clear();
        countries.sendKeys("DE, AT, CH, XX");
        assertAccessible("the profile form");
        browser.findElement(By.id("profile:save")).click();
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='profile:countries'] ~ .ui-message-error, .ui-message-error")))
                .getText()
                .contains("ISO 3166-1"));
        countries = browser.findElement(By.id("profile:countries"));
        countries.clear();
        countries.sendKeys("DE, AT, CH, LI");
        browser.findElement(By.id("profile:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("profile:countries")));
        assertTrue(browser.findElement(By.id("list:neutrals")).getText().contains("LI"));
        signOut();
    }

    /**
     * R-M4, R-M5 in the browser: anyone finds a certified mediator by certification and reads the profile; a Party
     * answers the case analysis, gets mediation recommended with its reasons, starts the request in one click with the
     * summary carried over, and invites the other Party, who agrees and is asked to rank mediators.
     */
    @Test
    void anyoneFindsAMediatorAndAPartyStartsAMediationFromTheCaseAnalysis_RM4_RM5() throws IOException {
        // Issue 24: the mediator writes a short biography on its profile; the directory shows it as text.
        signIn(DemoAccounts.OTHER_NEUTRAL);
        browser.get(Http.local(base).resolve("account/profile.xhtml").toString());
        WebElement biography = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("biography:text")));
        assertAccessible("the mediator's profile with its biography");
        biography.clear();
        biography.sendKeys("Mediator since 2009 <b>in Zurich</b>.");
        browser.findElement(By.id("biography:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "biography is saved"));
        assertEquals(
                "Mediator since 2009 <b>in Zurich</b>.",
                browser.findElement(By.id("biography:text")).getAttribute("value"));
        // Issue 24: with a zone of one's own on the profile, an instant is also given there, labelled by its place.
        new Select(browser.findElement(By.id("profile:timeZone"))).selectByValue("America/New_York");
        browser.findElement(By.id("profile:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "New York"));
        assertEquals(
                "New York (Eastern Time)",
                new Select(browser.findElement(By.id("profile:timeZone")))
                        .getFirstSelectedOption()
                        .getText());
        assertTrue(
                browser.findElement(By.id("me")).getText().matches("(?s).*CES?T — .*New York.*"),
                browser.findElement(By.id("me")).getText());
        assertAccessible("the profile with a time zone of one's own");
        new Select(browser.findElement(By.id("profile:timeZone"))).selectByValue("");
        WebElement save = browser.findElement(By.id("profile:save"));
        save.click();
        wait.until(ExpectedConditions.stalenessOf(save));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("me")));
        assertFalse(browser.findElement(By.id("me")).getText().contains("New York"), "Geneva time only again");
        signOut();

        browser.get(Http.local(base).resolve("mediators.xhtml").toString());
        WebElement certification =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:certification")));
        assertAccessible("the directory of mediators");
        new Select(certification).selectByVisibleText("Inter-cultural certification");
        browser.findElement(By.id("search:find")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directory-total"), ": 1"));
        browser.findElement(By.linkText("Dr. Otto Zweitgutachter")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile")));
        assertTrue(browser.findElement(By.id("profile")).getText().contains("Inter-cultural certification"));
        assertAccessible("a mediator's profile");
        // Issue 24: names, not codes; the biography escaped; the way back keeps the filter.
        String languages = browser.findElement(By.id("languages")).getText();
        assertTrue(languages.contains("German") && !languages.matches(".*\\b[a-z]{2}\\b.*"), languages);
        String countries = browser.findElement(By.id("countries")).getText();
        assertFalse(countries.matches(".*\\b[A-Z]{2}\\b.*"), countries);
        assertEquals(
                "Mediator since 2009 <b>in Zurich</b>.",
                browser.findElement(By.id("biography")).getText());
        assertTrue(browser.findElements(By.cssSelector("#biography b")).isEmpty(), "shown escaped");
        browser.findElement(By.id("back")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directory-total"), ": 1"));
        assertTrue(browser.getCurrentUrl().contains("certification=INTER_CULTURAL"), browser.getCurrentUrl());
        assertEquals(
                "Inter-cultural certification",
                new Select(browser.findElement(By.id("search:certification")))
                        .getFirstSelectedOption()
                        .getText());

        // Issue 24: languages and countries are chosen by name; an address may give a code or a name in English,
        // French or German, with or without accents, and then holds the code.
        browser.get(Http.local(base)
                .resolve("mediators.xhtml?language=Allemand&country=%C3%B6sterreich")
                .toString());
        WebElement language = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:language")));
        assertEquals("German", new Select(language).getFirstSelectedOption().getText());
        assertEquals(
                "Austria",
                new Select(browser.findElement(By.id("search:country")))
                        .getFirstSelectedOption()
                        .getText());
        String found = browser.findElement(By.id("mediators")).getText();
        assertTrue(found.contains("Dr. Otto Zweitgutachter") && !found.contains("Claire Dubois"), found);
        assertAccessible("the directory filtered by language and country");
        new Select(browser.findElement(By.id("search:language"))).selectByVisibleText("French");
        new Select(browser.findElement(By.id("search:country"))).selectByVisibleText("Luxembourg");
        browser.findElement(By.id("search:find")).click();
        wait.until(ExpectedConditions.urlContains("country=LU"));
        assertTrue(browser.getCurrentUrl().contains("language=fr"), browser.getCurrentUrl());
        found = browser.findElement(By.id("mediators")).getText();
        assertTrue(found.contains("Claire Dubois") && !found.contains("Dr. Otto Zweitgutachter"), found);
        browser.get(Http.local(base).resolve("mediators.xhtml?language=Klingon").toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "No language is called"));

        signIn(DemoAccounts.ALICE);
        browser.get(Http.local(base).resolve("case-analysis.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("analysis:analyse")));
        assertAccessible("the case analysis");
        new Select(browser.findElement(By.id("analysis:q:0:answer"))).selectByVisibleText("Yes");
        new Select(browser.findElement(By.id("analysis:q:1:answer"))).selectByVisibleText("Yes");
        browser.findElement(By.id("analysis:description")).sendKeys("A photo licence gone sour with my publisher");
        browser.findElement(By.id("analysis:analyse")).click();
        WebElement recommended = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recommended")));
        // Issue 24: the result takes the focus, and with it the view.
        wait.until(driver -> "recommendation"
                .equals(((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return document.activeElement && document.activeElement.id;")));
        assertTrue(
                ((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                                        .executeScript("return document.getElementById('recommendation')"
                                                + ".getBoundingClientRect().top;"))
                                .doubleValue()
                        < browser.manage().window().getSize().getHeight(),
                "the result is in view");
        assertTrue(recommended.getText().contains("Mediation"), recommended.getText());
        assertTrue(browser.findElement(By.id("reasons")).getText().contains("what-is-mediation.txt"));
        assertAccessible("the recommendation");
        browser.findElement(By.id("start")).click();
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("request:summary")));
        assertEquals("A photo licence gone sour with my publisher", summary.getAttribute("value"));
        assertAccessible("the request for mediation");
        browser.findElement(By.id("request:otherParty")).sendKeys(DemoAccounts.BOB);
        browser.findElement(By.id("request:submit")).click();
        WebElement state = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state")));
        assertTrue(state.getText().startsWith("Requested"), state.getText());
        String reference = browser.findElement(By.id("reference")).getText();
        signOut();

        signIn(DemoAccounts.BOB);
        browser.get(Http.local(base).resolve("mediations.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(reference)))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer:agree")));
        assertAccessible("a mediation the Party is invited to");
        browser.findElement(By.id("answer:agree")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposals")));
        assertTrue(browser.findElement(By.id("proposals")).getText().contains("Claire Dubois"));
        assertAccessible("the choice of mediator");
        signOut();
    }
}
