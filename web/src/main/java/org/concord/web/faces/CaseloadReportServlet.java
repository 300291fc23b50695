package org.concord.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.concord.service.reports.CaseloadReportService;

/** Downloads the internal caseload report (R-STAT.3) in the console's language. Staff only (web.xml, EJB). */
@WebServlet("/console/reports/caseload.pdf")
public class CaseloadReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseloadReportService reports;

    @Inject
    private LocaleBacking locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf = reports.caseloadPdf(locale.resolve(request.getLocale()));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"caseload.pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
