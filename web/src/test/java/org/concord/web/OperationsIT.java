package org.concord.web;

import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an operator and the Center's staff rely on: readiness, metrics, the API description, the caseload report. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @ArquillianResource
    private URL base;

    @Test
    void readinessSaysTheDatabaseIsMigratedAndReachable() {
        HttpResponse<String> ready = Http.anonymous(base).get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("\"UP\""), ready.body());
    }

    @Test
    void metricsAndOpenApiAreServed() {
        // Issue 22: the metrics for administrators only (SecurityHeadersIT checks the refusals).
        assertEquals(200, Http.as(base, DemoAccounts.ADMIN).get("/metrics").statusCode());
        HttpResponse<String> openapi = Http.anonymous(base).get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/procedures/{id}"), openapi.body());
    }

    @Test
    void staffDownloadTheInternalCaseloadReport_RSTAT3() throws IOException {
        HttpResponse<byte[]> pdf = Http.as(base, STAFF).getBytes("/console/reports/caseload.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Caseload by month and state"), text);
            assertTrue(text.contains("Neutral appointed"), "the demo's appointed procedure is counted: " + text);
            assertTrue(text.contains("R-STAT.3"), text);
        }
    }
}
