package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Published statistics end to end (R-13.3, R-STAT.1–R-STAT.3): an administrator defines a publication over last
 * year's demo caseload and runs the gate; the release is public as CSV and PDF with no sign-in and prints only
 * published values and the suppression symbol; a refusal says why and publishes nothing; the decisions and their
 * evidence are for staff only.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    @ArquillianResource
    private URL base;

    private static int lastYear() {
        return LocalDate.now(GENEVA).getYear() - 1;
    }

    private static String yesterday() {
        return LocalDate.now(GENEVA).minusDays(1).toString();
    }

    private String define(String title, String tables, String periodKind) {
        HttpResponse<String> defined = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/statistics/publications",
                        "{\"title\":\"" + title + "\",\"tables\":" + tables + ",\"periodKind\":\"" + periodKind
                                + "\"}");
        assertEquals(201, defined.statusCode(), defined.body());
        return Http.json(defined).getString("id");
    }

    private HttpResponse<String> run(String publication, int k) {
        return Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/statistics/runs",
                        "{\"publication\":\"" + publication + "\",\"year\":" + lastYear() + ",\"cutoff\":\""
                                + yesterday() + "\",\"k\":" + k + "}");
    }

    @Test
    void aReleasePassesTheGateAndIsPublicAsCsvAndPdf_R13_3_RSTAT1() {
        String publication = define("Caseload by outcome and country", "[\"OUTCOME\",\"COUNTRY×MATTER\"]", "YEAR");
        HttpResponse<String> ran = run(publication, 5);
        assertEquals(201, ran.statusCode(), ran.body());
        JsonObject decision = Http.json(ran);
        assertTrue(decision.getBoolean("published"), ran.body());
        assertFalse(decision.getJsonArray("evidence").isEmpty(), "the audit's evidence is kept");
        String release = decision.getString("id");

        HttpResponse<String> releases = Http.anonymous(base).get("/api/v1/statistics/releases");
        assertEquals(200, releases.statusCode());
        assertTrue(releases.body().contains(release), "public without sign-in: " + releases.body());
        assertFalse(releases.body().contains("\"k\""), "k is not printed (statistics.md 1)");

        HttpResponse<String> csv = Http.anonymous(base).get("/api/v1/statistics/releases/" + release + "/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("table,period,data_cutoff,rows,row,columns,column,value", lines.get(0));
        boolean suppressed = false;
        for (String line : lines.subList(1, lines.size())) {
            String value = line.substring(line.lastIndexOf(',') + 1);
            assertTrue(value.equals("x") || value.matches("\\d+"), "a count or the suppression symbol: " + line);
            suppressed |= value.equals("x");
            if (value.matches("\\d+")) {
                long count = Long.parseLong(value);
                assertTrue(count == 0 || count >= 5, "no published count between 1 and k-1: " + line);
            }
        }
        assertTrue(suppressed, "last year's trademark disputes per country are too few to print");
        assertTrue(
                lines.contains("OUTCOME," + lastYear() + "," + yesterday() + ",OUTCOME,TOTAL,,TOTAL," + totalOf(lines)),
                "the total of every Procedure received last year is printed");
        assertEquals(
                csv.body(),
                Http.anonymous(base)
                        .get("/api/v1/statistics/releases/" + release + "/csv")
                        .body(),
                "frozen: the same bytes every time");

        HttpResponse<byte[]> pdf =
                Http.anonymous(base).getBytes("/api/v1/statistics/releases/" + release + "/pdf?lang=fr");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        HttpResponse<String> page = Http.anonymous(base).get("/statistics.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Caseload by outcome and country"), "the public page lists it");
        assertTrue(page.body().contains("/api/v1/statistics/releases/" + release + "/csv"));

        HttpResponse<String> ledgers = Http.as(base, STAFF).get("/api/v1/statistics/ledgers");
        assertEquals(200, ledgers.statusCode(), ledgers.body());
        JsonObject ledger = Http.parse(ledgers.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getInt("year") == lastYear())
                .findFirst()
                .orElseThrow();
        assertTrue(ledger.getBoolean("intact"), "the ledger verifies (R-13.3): " + ledger);
        assertTrue(
                ledger.getInt("releases") >= decision.getJsonNumber("sequence").longValue(), ledger.toString());
    }

    /**
     * R-PLAT.5: the DSA categories are dimensions of the facts under the same gate, and the annual report prints them
     * with the median beside the average. Run over the year before last, so that this release does not add to the
     * ledger of the year the other tests publish (whatever that year's caseload: counts are 0 or at least k).
     */
    @Test
    void theDsaCategoriesAndTheMedianPassTheSameGate_RPLAT5() {
        int year = lastYear() - 1;
        HttpResponse<String> defined = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/statistics/publications",
                        "{\"title\":\"Annual report (DSA categories)\",\"annualReport\":true}");
        assertEquals(201, defined.statusCode(), defined.body());
        HttpResponse<String> ran = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/statistics/runs",
                        "{\"publication\":\"" + Http.json(defined).getString("id") + "\",\"year\":" + year
                                + ",\"cutoff\":\"" + LocalDate.of(year, 12, 31) + "\",\"k\":5}");
        assertEquals(201, ran.statusCode(), ran.body());
        JsonObject decision = Http.json(ran);
        if (!decision.getBoolean("published")) {
            return; // a refusal says why; nothing to print
        }
        String csv = Http.anonymous(base)
                .get("/api/v1/statistics/releases/" + decision.getString("id") + "/csv")
                .body();
        String prefix = "PLATFORM_DECISION," + year + "," + year + "-12-31,PLATFORM_DECISION,";
        for (String category : List.of("UPHELD", "REVERSED", "PARTIALLY_REVERSED", "NOT_DECIDED", "PENDING")) {
            assertTrue(csv.contains(prefix + category + ",,TOTAL,"), category + " is printed, zeros included: " + csv);
        }
        assertTrue(csv.contains("IMPLEMENTED," + year + "," + year + "-12-31,IMPLEMENTED,UNKNOWN,,TOTAL,"), csv);
        for (String line : csv.lines().skip(1).toList()) {
            String value = line.substring(line.lastIndexOf(',') + 1);
            assertTrue(
                    value.equals("x")
                            || value.equals("0")
                            || !line.startsWith("PLATFORM_DECISION")
                            || Long.parseLong(value) >= 5,
                    "no count between 1 and k-1: " + line);
        }
        String average =
                csv.lines().filter(l -> l.startsWith("AVERAGE,")).findFirst().orElseThrow();
        boolean averagePrinted = !average.endsWith(",x");
        assertEquals(
                averagePrinted,
                csv.lines().anyMatch(l -> l.startsWith("MEDIAN,")),
                "the median is printed exactly when the average is: " + csv);
    }

    private static String totalOf(List<String> lines) {
        return lines.stream()
                .filter(l -> l.startsWith("OUTCOME,") && l.contains(",TOTAL,,TOTAL,"))
                .findFirst()
                .map(l -> l.substring(l.lastIndexOf(',') + 1))
                .orElse("missing");
    }

    @Test
    void aRefusalSaysWhyAndPublishesNothing_R13_3() {
        String publication = define("Refused: threshold above the year's caseload", "[\"MATTER\"]", "YEAR");
        HttpResponse<String> ran = run(publication, 100);
        assertEquals(200, ran.statusCode(), ran.body());
        JsonObject decision = Http.json(ran);
        assertFalse(decision.getBoolean("published"));
        String reasons =
                decision.getJsonArray("refusals").getValuesAs(JsonString.class).toString();
        assertTrue(reasons.contains("TOTAL") && reasons.contains("R-13.3"), "which target and which rule: " + reasons);
        String refused = decision.getString("id");
        assertEquals(
                404,
                Http.anonymous(base)
                        .get("/api/v1/statistics/releases/" + refused + "/csv")
                        .statusCode());
        assertEquals(
                404,
                Http.anonymous(base)
                        .get("/api/v1/statistics/releases/" + refused)
                        .statusCode());
        assertFalse(Http.anonymous(base)
                .get("/api/v1/statistics/releases?size=100")
                .body()
                .contains(refused));
        HttpResponse<String> staffView = Http.as(base, STAFF).get("/api/v1/statistics/decisions/" + refused);
        assertEquals(200, staffView.statusCode());
        assertFalse(Http.json(staffView).getBoolean("published"));
    }

    @Test
    void badInputIsNamedAndLeavesNothing() {
        HttpResponse<String> unknown = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/statistics/publications",
                        "{\"title\":\"Bad\",\"tables\":[\"OUTCOME×NAME\"],\"periodKind\":\"YEAR\"}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("R-STAT.1") && unknown.body().contains("tables"), unknown.body());
        assertFalse(Http.as(base, ADMIN)
                .get("/api/v1/statistics/publications")
                .body()
                .contains("\"Bad\""));

        String publication = define("Thresholds", "[\"LANGUAGE\"]", "YEAR");
        HttpResponse<String> lowK = run(publication, 2);
        assertEquals(400, lowK.statusCode(), lowK.body());
        assertTrue(lowK.body().contains("/k") && lowK.body().contains("R-13.3"), lowK.body());
        HttpResponse<String> future = Http.as(base, ADMIN)
                .postJson(
                        "/api/v1/statistics/runs",
                        "{\"publication\":\"" + publication + "\",\"year\":" + lastYear() + ",\"cutoff\":\""
                                + LocalDate.now(GENEVA) + "\"}");
        assertEquals(400, future.statusCode(), future.body());
        assertTrue(future.body().contains("cutoff") && future.body().contains("R-13.3"), future.body());
    }

    @Test
    void onlyAdministratorsPublishAndOnlyStaffSeeDecisions_RSTAT3() {
        String body = "{\"title\":\"T\",\"tables\":[\"MATTER\"],\"periodKind\":\"YEAR\"}";
        assertEquals(
                401,
                Http.anonymous(base)
                        .postJson("/api/v1/statistics/publications", body)
                        .statusCode());
        assertEquals(
                403,
                Http.as(base, STAFF)
                        .postJson("/api/v1/statistics/publications", body)
                        .statusCode());
        assertEquals(
                403,
                Http.as(base, ALICE)
                        .postJson("/api/v1/statistics/publications", body)
                        .statusCode());
        String run =
                "{\"publication\":\"" + java.util.UUID.randomUUID() + "\",\"year\":2025,\"cutoff\":\"2025-12-31\"}";
        assertEquals(
                401,
                Http.anonymous(base).postJson("/api/v1/statistics/runs", run).statusCode());
        assertEquals(
                403,
                Http.as(base, STAFF).postJson("/api/v1/statistics/runs", run).statusCode());
        assertEquals(
                401, Http.anonymous(base).get("/api/v1/statistics/decisions").statusCode());
        assertEquals(
                403, Http.as(base, ALICE).get("/api/v1/statistics/decisions").statusCode());
        assertEquals(
                200, Http.as(base, STAFF).get("/api/v1/statistics/decisions").statusCode());
        assertEquals(401, Http.anonymous(base).get("/api/v1/statistics/ledgers").statusCode());
        assertEquals(403, Http.as(base, ALICE).get("/api/v1/statistics/ledgers").statusCode());
        HttpResponse<String> console = Http.anonymous(base).get("/console/statistics.xhtml");
        assertTrue(console.statusCode() == 302 || console.body().contains("login"), "the console asks to sign in");
        assertEquals(403, Http.as(base, ALICE).get("/console/statistics.xhtml").statusCode());
    }
}
