package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.NEUTRAL;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fees, payments and refunds end to end (Article 17): the schedule in force on receipt, held filings released by
 * payment, camt.053 imports with review, refunds proposed and confirmed, and the ledger unchanged by refused input.
 */
@ExtendWith(ArquillianExtension.class)
class FeeIT {

    private static final String CENTER_IBAN = "CH9300762011623852957";

    @ArquillianResource
    private URL base;

    /** Alice files a Request; its id. */
    private String file() {
        HttpResponse<String> filed = Http.as(base, ALICE)
                .postJson("/api/v1/requests", RequestBodies.complete("COPYRIGHT", "Streamly", "Removed my song."));
        assertEquals(201, filed.statusCode(), filed.body());
        return Http.json(filed).getString("id");
    }

    private JsonObject fees(String procedureId) {
        HttpResponse<String> statement = Http.as(base, STAFF).get("/api/v1/procedures/" + procedureId + "/fees");
        assertEquals(200, statement.statusCode(), statement.body());
        return Http.json(statement);
    }

    private JsonObject fee(String procedureId, String kind) {
        return fees(procedureId).getJsonArray("fees").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("kind").equals(kind))
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> pay(String as, String procedureId, String kind, String amount) {
        return Http.as(base, as)
                .postJson(
                        "/api/v1/procedures/" + procedureId + "/fees/"
                                + fee(procedureId, kind).getString("id") + "/payments",
                        "{\"amount\":\"" + amount + "\"}");
    }

    private boolean requestHeld(String as, String procedureId) {
        return Http.json(Http.as(base, as).get("/api/v1/procedures/" + procedureId))
                .getJsonArray("filings")
                .getJsonObject(0)
                .getBoolean("held");
    }

    @Test
    void aRequestIsHeldUntilItsFeeIsPaidAndTheScheduleOfTheDayOfReceiptApplies_R17_1_R17_2() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Zurich")).plusDays(1);
        HttpResponse<String> schedule = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/fee-schedules",
                        "{\"validFrom\":\"" + tomorrow
                                + "\",\"filingFee\":60,\"administrationFee\":350,\"neutralFee\":800}");
        assertEquals(201, schedule.statusCode(), schedule.body());
        try {
            String id = file();
            JsonObject filing = fee(id, "FILING");
            assertEquals(
                    "50.00", filing.getJsonNumber("amount").bigDecimalValue().toPlainString());
            assertTrue(filing.getString("paymentReference").matches("RF\\d{2}[0-9A-Z]{16}"));
            assertEquals("UNPAID", filing.getString("status"));
            assertTrue(requestHeld(ALICE, id), "held: fees unpaid, shown to the Party (R-17.2)");

            HttpResponse<String> early = Http.as(base, STAFF)
                    .postJson(
                            "/api/v1/procedures/" + id + "/commencement",
                            "{\"compliant\":true,\"respondingParty\":\"" + PLATFORM + "\"}");
            assertEquals(409, early.statusCode(), early.body());
            assertEquals("R-6", Http.json(early).getString("rule"));

            assertEquals(201, pay(STAFF, id, "FILING", "50.00").statusCode());
            assertFalse(requestHeld(ALICE, id), "released when payment completes");
            HttpResponse<String> commenced = Http.as(base, STAFF)
                    .postJson(
                            "/api/v1/procedures/" + id + "/commencement",
                            "{\"compliant\":true,\"respondingParty\":\"" + PLATFORM + "\"}");
            assertEquals(200, commenced.statusCode(), commenced.body());
            assertEquals(
                    "300.00",
                    fee(id, "ADMINISTRATION")
                            .getJsonNumber("amount")
                            .bigDecimalValue()
                            .toPlainString(),
                    "17(a): the schedule in force on the date of receipt, not the one added since");
            assertEquals(
                    "700.00",
                    fee(id, "NEUTRAL").getJsonNumber("amount").bigDecimalValue().toPlainString());
        } finally {
            assertEquals(
                    204,
                    Http.as(base, ADMIN)
                            .delete("/api/v1/fee-schedules/"
                                    + Http.json(schedule).getString("id"))
                            .statusCode(),
                    "a future schedule can be withdrawn");
        }
    }

    @Test
    void scheduleChangesAreForAdministratorsAndNeverReachBack_17a() {
        String today = LocalDate.now(ZoneId.of("Europe/Zurich")).toString();
        HttpResponse<String> backdated = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/fee-schedules",
                        "{\"validFrom\":\"" + today
                                + "\",\"filingFee\":60,\"administrationFee\":350,\"neutralFee\":800}");
        assertEquals(400, backdated.statusCode(), backdated.body());
        JsonObject error = Http.json(backdated).getJsonArray("errors").getJsonObject(0);
        assertEquals("/validFrom", error.getString("pointer"));
        assertEquals("R-17.1", error.getString("rule"));
        assertEquals(
                403,
                Http.as(base, STAFF)
                        .postJson(
                                "/api/v1/fee-schedules",
                                "{\"validFrom\":\"2099-01-01\","
                                        + "\"filingFee\":1,\"administrationFee\":1,\"neutralFee\":1}")
                        .statusCode(),
                "administrators only");
        String current = Http.as(base, STAFF).get("/api/v1/fee-schedules").body();
        assertTrue(current.contains("\"validFrom\":\"2024-01-01\""), current);
        String dcti = Http.as(base, STAFF).get("/api/v1/fee-schedules").body();
        assertTrue(dcti.contains("\"inForce\":true"), dcti);
    }

    @Test
    void eachPartySeesItsOwnFeesAndOutsidersCannotTellTheProcedureExists_R13_1() throws IOException {
        String id = file();
        assertEquals(201, pay(STAFF, id, "FILING", "50").statusCode());
        Http.as(base, STAFF)
                .postJson(
                        "/api/v1/procedures/" + id + "/commencement",
                        "{\"compliant\":true,\"respondingParty\":\"" + PLATFORM + "\"}");
        String path = "/api/v1/procedures/" + id + "/fees";
        List<String> aliceSees =
                Http.json(Http.as(base, ALICE).get(path)).getJsonArray("fees").getValuesAs(JsonObject.class).stream()
                        .map(f -> f.getString("kind"))
                        .toList();
        assertEquals(List.of("FILING"), aliceSees);
        List<String> platformSees =
                Http.json(Http.as(base, PLATFORM).get(path)).getJsonArray("fees").getValuesAs(JsonObject.class).stream()
                        .map(f -> f.getString("kind"))
                        .toList();
        assertEquals(List.of("ADMINISTRATION", "NEUTRAL"), platformSees);
        JsonObject payTo = Http.json(Http.as(base, PLATFORM).get(path)).getJsonObject("payTo");
        assertTrue(payTo.getString("iban").matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+"), "where to pay: " + payTo);
        assertTrue(
                Http.as(base, PLATFORM).get("/fees.xhtml?id=" + id).body().contains(payTo.getString("iban")),
                "the fees page says where to pay, not only the invoice (issue 24)");

        HttpResponse<String> missing = Http.as(base, BOB).get("/api/v1/procedures/" + UUID.randomUUID() + "/fees");
        for (String outsider : List.of(BOB, NEUTRAL)) {
            HttpResponse<String> hidden = Http.as(base, outsider).get(path);
            assertEquals(404, hidden.statusCode());
            assertEquals(missing.body(), hidden.body(), "byte-identical to a missing id");
            assertEquals(
                    404, Http.as(base, outsider).getBytes(path + "/invoice").statusCode());
        }
        assertEquals(401, Http.anonymous(base).get(path).statusCode());

        HttpResponse<byte[]> invoice = Http.as(base, ALICE).getBytes(path + "/invoice");
        assertEquals(200, invoice.statusCode());
        assertEquals("%PDF", new String(invoice.body(), 0, 4, StandardCharsets.US_ASCII));
        invoiceHasItsNumberDatesAndVatLine(id, path, invoice.body());
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .getBytes(path + "/invoice?payer=RESPONDING_PARTY")
                        .statusCode());
        assertEquals(
                200,
                Http.as(base, STAFF)
                        .getBytes(path + "/invoice?payer=RESPONDING_PARTY")
                        .statusCode());
        assertEquals(
                400, Http.as(base, STAFF).get(path + "/invoice?payer=NEUTRAL").statusCode());
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .postJson(path + "/" + fee(id, "FILING").getString("id") + "/payments", "{\"amount\":\"1\"}")
                        .statusCode(),
                "only staff record payments");
    }

    @Test
    void wrongAmountsAreNamedAndLeaveTheLedgerUnchanged_R17_5() {
        String id = file();
        for (String amount : List.of("0", "-1", "10.005", "50.01")) {
            HttpResponse<String> refused = pay(STAFF, id, "FILING", amount);
            assertEquals(400, refused.statusCode(), amount + ": " + refused.body());
            assertEquals(
                    "/amount",
                    Http.json(refused).getJsonArray("errors").getJsonObject(0).getString("pointer"));
        }
        HttpResponse<String> francs = Http.as(base, STAFF)
                .postJson(
                        "/api/v1/procedures/" + id + "/fees/"
                                + fee(id, "FILING").getString("id") + "/payments",
                        "{\"amount\":\"50\",\"currency\":\"CHF\"}");
        assertEquals(400, francs.statusCode());
        assertEquals(
                "/currency",
                Http.json(francs).getJsonArray("errors").getJsonObject(0).getString("pointer"));
        assertEquals(0, fee(id, "FILING").getJsonArray("entries").size(), "nothing written");
        assertEquals(
                404,
                Http.as(base, STAFF)
                        .postJson(
                                "/api/v1/procedures/" + id + "/fees/" + UUID.randomUUID() + "/payments",
                                "{\"amount\":\"50\"}")
                        .statusCode());
    }

    @Test
    void twoStaffMembersRecordingTheSamePaymentAtOnceYieldOneLedgerEntry_R17_5() throws Exception {
        String id = file();
        String path = "/api/v1/procedures/" + id + "/fees/" + fee(id, "FILING").getString("id") + "/payments";
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> both = new ArrayList<>();
        for (String member : List.of(STAFF, ADMIN)) {
            both.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Http.as(base, member)
                        .postJson(path, "{\"amount\":\"50.00\",\"note\":\"transfer 4711\"}")
                        .statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>(
                both.stream().map(CompletableFuture::join).sorted().toList());
        assertEquals(List.of(201, 409), statuses);
        assertEquals(1, fee(id, "FILING").getJsonArray("entries").size());
    }

    @Test
    void settlementBeforeAppointmentProposesTheRefundsOfR17_3AndEachIsConfirmedOnce() {
        String id = paidAndCommenced();
        HttpResponse<String> ended = Http.as(base, STAFF)
                .postJson("/api/v1/procedures/" + id + "/termination", "{\"ground\":\"SETTLED_BEFORE_APPOINTMENT\"}");
        assertEquals(200, ended.statusCode(), ended.body());
        assertEquals("TERMINATED", Http.json(ended).getString("state"));

        List<JsonObject> proposals = fees(id).getJsonArray("proposals").getValuesAs(JsonObject.class);
        Map<String, String> amounts = new java.util.TreeMap<>();
        proposals.forEach(p -> amounts.put(
                p.getString("fee"),
                p.getString("action") + " "
                        + p.getJsonNumber("amount").bigDecimalValue().toPlainString() + " " + p.getString("rule")));
        assertEquals(
                Map.of(
                        "FILING",
                        "REFUND 50.00 R-17.3",
                        "ADMINISTRATION",
                        "REFUND 150.00 R-17.3",
                        "NEUTRAL",
                        "REFUND 700.00 R-17.3"),
                amounts);
        assertTrue(
                Http.json(Http.as(base, ALICE).get("/api/v1/procedures/" + id + "/fees"))
                        .getJsonArray("proposals")
                        .isEmpty(),
                "proposals are the Center's work list");

        for (JsonObject proposal : proposals) {
            String confirm = "/api/v1/procedures/" + id + "/fees/proposals/" + proposal.getString("id") + "/confirm";
            assertEquals(200, Http.as(base, STAFF).postJson(confirm, "").statusCode());
            HttpResponse<String> again = Http.as(base, ADMIN).postJson(confirm, "");
            assertEquals(409, again.statusCode(), "a second refund of the same fee: " + again.body());
        }
        assertEquals("REFUNDED", fee(id, "FILING").getString("status"));
        assertEquals("PARTLY_REFUNDED", fee(id, "ADMINISTRATION").getString("status"));
        assertEquals("REFUNDED", fee(id, "NEUTRAL").getString("status"));
        JsonObject refund = fee(id, "ADMINISTRATION").getJsonArray("entries").getJsonObject(1);
        assertEquals("REFUND", refund.getString("type"));
        assertEquals(STAFF, refund.getString("recordedBy"));
        assertEquals("R-17.3", refund.getString("rule"));
    }

    @Test
    void outOfScopeTheCenterKeepsTheFilingFee_R17_4() {
        String id = file();
        assertEquals(201, pay(STAFF, id, "FILING", "50").statusCode());
        assertEquals(
                200,
                Http.as(base, STAFF)
                        .postJson("/api/v1/procedures/" + id + "/termination", "{\"ground\":\"OUT_OF_SCOPE\"}")
                        .statusCode());
        JsonObject proposal = fees(id).getJsonArray("proposals").getJsonObject(0);
        assertEquals("RETAIN", proposal.getString("action"));
        assertEquals("R-17.4", proposal.getString("rule"));
        HttpResponse<String> declined = Http.as(base, STAFF)
                .postJson(
                        "/api/v1/procedures/" + id + "/fees/proposals/" + proposal.getString("id") + "/decline",
                        "{\"note\":\" \"}");
        assertEquals(400, declined.statusCode(), "a decline says why");
        assertEquals(
                200,
                Http.as(base, STAFF)
                        .postJson(
                                "/api/v1/procedures/" + id + "/fees/proposals/" + proposal.getString("id") + "/confirm",
                                "")
                        .statusCode());
        assertEquals("RETAINED", fee(id, "FILING").getString("status"));
        assertEquals(
                409,
                Http.as(base, STAFF)
                        .postJson("/api/v1/procedures/" + id + "/termination", "{\"ground\":\"OUT_OF_SCOPE\"}")
                        .statusCode(),
                "ends once");
    }

    private String paidAndCommenced() {
        String id = file();
        assertEquals(201, pay(STAFF, id, "FILING", "50").statusCode());
        assertEquals(
                200,
                Http.as(base, STAFF)
                        .postJson(
                                "/api/v1/procedures/" + id + "/commencement",
                                "{\"compliant\":true,\"respondingParty\":\"" + PLATFORM + "\"}")
                        .statusCode());
        assertEquals(201, pay(STAFF, id, "ADMINISTRATION", "300").statusCode());
        assertEquals(201, pay(STAFF, id, "NEUTRAL", "700").statusCode());
        return id;
    }

    @Test
    void aBankStatementIsMatchedOnceAndWhatDoesNotMatchWaitsForReview() throws IOException {
        String matched = file();
        String partial = file();
        String excess = file();
        String duplicate = file();
        assertEquals(201, pay(STAFF, duplicate, "FILING", "50").statusCode());
        String statementId = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        String xml = template()
                .replace("${STATEMENT}", statementId)
                .replace("${IBAN}", CENTER_IBAN)
                .replace("${REF_MATCHED}", fee(matched, "FILING").getString("paymentReference"))
                .replace("${REF_PARTIAL}", fee(partial, "FILING").getString("paymentReference"))
                .replace("${REF_EXCESS}", fee(excess, "FILING").getString("paymentReference"))
                .replace("${REF_DUPLICATE}", fee(duplicate, "FILING").getString("paymentReference"));

        HttpResponse<String> imported =
                Http.as(base, STAFF).post("/api/v1/payments/bank-statements", "application/xml", xml);
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject report = Http.json(imported).getJsonArray("statements").getJsonObject(0);
        assertFalse(report.getBoolean("alreadyImported"));
        assertEquals(1, report.getInt("matched"));
        assertEquals(4, report.getInt("toReview"), "partial, excess, duplicate, unknown; the debit is skipped");
        Map<String, String> outcomes = new java.util.TreeMap<>();
        report.getJsonArray("credits")
                .getValuesAs(JsonObject.class)
                .forEach(c -> outcomes.put(
                        c.getString("entryRef").substring(statementId.length() + 1), c.getString("outcome")));
        assertEquals(
                Map.of(
                        "MATCHED",
                        "MATCHED",
                        "PARTIAL",
                        "PARTIAL",
                        "EXCESS",
                        "EXCESS",
                        "DUPLICATE",
                        "DUPLICATE",
                        "UNKNOWN",
                        "UNKNOWN_REFERENCE"),
                outcomes);
        assertFalse(requestHeld(ALICE, matched), "matched payment released the Request (R-17.2)");
        assertTrue(requestHeld(ALICE, partial), "a partial payment is not applied silently");

        HttpResponse<String> again =
                Http.as(base, STAFF).post("/api/v1/payments/bank-statements", "application/xml", xml);
        assertEquals(200, again.statusCode());
        assertTrue(Http.json(again).getJsonArray("statements").getJsonObject(0).getBoolean("alreadyImported"));
        assertEquals(1, fee(matched, "FILING").getJsonArray("entries").size(), "importing twice changes nothing");

        List<JsonObject> review = reviewList();
        JsonObject partialCredit = credit(review, statementId + "-PARTIAL");
        String partialReference = fee(partial, "FILING").getString("paymentReference");
        String apply = "/api/v1/payments/review/" + partialCredit.getString("id") + "/apply";
        HttpResponse<String> tooMuch = Http.as(base, STAFF)
                .postJson(apply, "{\"paymentReference\":\"" + partialReference + "\",\"amount\":\"25\"}");
        assertEquals(400, tooMuch.statusCode(), "more than the credit: " + tooMuch.body());
        assertEquals(
                200,
                Http.as(base, STAFF)
                        .postJson(apply, "{\"paymentReference\":\"" + partialReference + "\",\"amount\":\"20\"}")
                        .statusCode());
        assertEquals(
                409,
                Http.as(base, STAFF)
                        .postJson(apply, "{\"paymentReference\":\"" + partialReference + "\",\"amount\":\"20\"}")
                        .statusCode(),
                "a credit is applied once");
        assertEquals(
                "30.00",
                fee(partial, "FILING")
                        .getJsonNumber("outstanding")
                        .bigDecimalValue()
                        .toPlainString());

        JsonObject excessCredit = credit(review, statementId + "-EXCESS");
        String excessReference = fee(excess, "FILING").getString("paymentReference");
        String applyExcess = "/api/v1/payments/review/" + excessCredit.getString("id") + "/apply";
        assertEquals(
                400,
                Http.as(base, STAFF)
                        .postJson(applyExcess, "{\"paymentReference\":\"" + excessReference + "\",\"amount\":\"80\"}")
                        .statusCode(),
                "never more than the fee's outstanding");
        assertEquals(
                200,
                Http.as(base, STAFF)
                        .postJson(
                                applyExcess,
                                "{\"paymentReference\":\"" + excessReference
                                        + "\",\"amount\":\"50\",\"note\":\"30.00 returned to the payer\"}")
                        .statusCode());
        assertFalse(requestHeld(ALICE, excess));

        String dismiss = "/api/v1/payments/review/"
                + credit(review, statementId + "-UNKNOWN").getString("id") + "/dismiss";
        HttpResponse<String> silent = Http.as(base, STAFF).postJson(dismiss, "{}");
        assertEquals(400, silent.statusCode());
        assertEquals(
                "/note",
                Http.json(silent).getJsonArray("errors").getJsonObject(0).getString("pointer"));
        assertEquals(
                200,
                Http.as(base, STAFF)
                        .postJson(dismiss, "{\"note\":\"Returned: no fee\"}")
                        .statusCode());
        assertEquals(1, fee(duplicate, "FILING").getJsonArray("entries").size(), "the second payment not applied");
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .post("/api/v1/payments/bank-statements", "application/xml", xml)
                        .statusCode());
    }

    @Test
    void aMalformedStatementIsReportedWithItsLineAndElementAndNothingIsStored() throws IOException {
        int before = reviewList().size();
        String statementId = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        String broken = template()
                .replace("${STATEMENT}", statementId)
                .replace("${IBAN}", CENTER_IBAN)
                .replace("<Amt Ccy=\"EUR\">80.00</Amt>", "<Amt Ccy=\"EUR\">eighty</Amt>")
                .replaceAll("\\$\\{REF_[A-Z]+}", "RF18539007547034");
        HttpResponse<String> refused =
                Http.as(base, STAFF).post("/api/v1/payments/bank-statements", "application/xml", broken);
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject problem = Http.json(refused);
        assertEquals("Amt", problem.getString("element"));
        assertEquals(lineOf(broken, "eighty"), problem.getInt("line"));
        assertEquals(before, reviewList().size(), "nothing of the statement stored");

        String otherAccount = template()
                .replace("${STATEMENT}", statementId)
                .replace("${IBAN}", "DE89370400440532013000")
                .replaceAll("\\$\\{REF_[A-Z]+}", "RF18539007547034");
        HttpResponse<String> foreign =
                Http.as(base, STAFF).post("/api/v1/payments/bank-statements", "application/xml", otherAccount);
        assertEquals(400, foreign.statusCode(), foreign.body());
        assertEquals(
                "R-17.5",
                Http.json(foreign).getJsonArray("errors").getJsonObject(0).getString("rule"));
        assertEquals(before, reviewList().size());
    }

    private List<JsonObject> reviewList() {
        HttpResponse<String> list = Http.as(base, STAFF).get("/api/v1/payments/review");
        assertEquals(200, list.statusCode(), list.body());
        return ((jakarta.json.JsonArray) Http.parse(list.body())).getValuesAs(JsonObject.class);
    }

    private static JsonObject credit(List<JsonObject> review, String entryRef) {
        return review.stream()
                .filter(c -> entryRef.equals(c.getString("entryRef", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not on the review list: " + entryRef));
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    private static String template() throws IOException {
        try (InputStream in = FeeIT.class.getResourceAsStream("/camt053/fees.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Issue 24, R-17.1: each Party's invoice has a number given once (the same on every download, unique, sequential in
     * the year of issue), its issue date and due date (the filing fee on issue, the Responding Party's fees by the end
     * of the Answer period, R-7), and the VAT line the configuration asks for (by default: not applicable); the fees
     * page shows the same.
     */
    private void invoiceHasItsNumberDatesAndVatLine(String id, String path, byte[] alicePdf) throws IOException {
        String alice = pdfText(alicePdf);
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("Invoice no\\. (INV-(\\d{4})-(\\d{5,}))")
                .matcher(alice);
        assertTrue(number.find(), alice);
        assertTrue(alice.contains("VAT not applicable."), alice);
        String today = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.ENGLISH)
                .format(LocalDate.now(ZoneId.of("Europe/Zurich")));
        assertTrue(
                alice.contains("Issued on: " + today) && alice.contains("Due by: " + today),
                "the filing fee is due on issue: " + alice);
        assertTrue(
                pdfText(Http.as(base, ALICE).getBytes(path + "/invoice").body()).contains(number.group(1)),
                "the number is given once");
        String platform = pdfText(Http.as(base, STAFF)
                .getBytes(path + "/invoice?payer=RESPONDING_PARTY")
                .body());
        java.util.regex.Matcher other = java.util.regex.Pattern.compile("Invoice no\\. (INV-(\\d{4})-(\\d{5,}))")
                .matcher(platform);
        assertTrue(other.find(), platform);
        assertFalse(number.group(1).equals(other.group(1)), "each Party's invoice has its own number");
        assertTrue(
                platform.contains("Due by:") && !platform.contains("Due by: " + today),
                "the Responding Party's fees are due with its Answer: " + platform);
        JsonObject statement = Http.json(Http.as(base, STAFF).get(path));
        List<String> numbers = statement.getJsonArray("invoices").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("number"))
                .toList();
        assertTrue(numbers.contains(number.group(1)) && numbers.contains(other.group(1)), "statement: " + numbers);
        String page = Http.as(base, ALICE).get("/fees.xhtml?id=" + id).body();
        assertTrue(page.contains(number.group(1)) && page.contains("VAT not applicable."), "the fees page: " + page);
        assertFalse(page.contains(other.group(1)), "a Party sees its own invoice only");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
