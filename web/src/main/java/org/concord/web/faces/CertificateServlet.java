package org.concord.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.service.resolution.ResolutionService;

/**
 * the certificate of a Procedure, {@code /certificate.pdf?id=<procedure>}, for its circle once commenced;
 * anyone else the same 404 as for a wrong id.
 */
@WebServlet("/certificate.pdf")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResolutionService resolutions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        try {
            pdf = resolutions.certificate(UUID.fromString(String.valueOf(request.getParameter("id"))));
        } catch (NotFound | IllegalArgumentException hidden) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"certificate.pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
