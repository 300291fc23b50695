package org.concord.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.service.fee.FeeService;

/**
 * Downloads a Party's invoice from the fee page: {@code ?id=<procedure>&payer=<role>}. The Party gets its
 * own, staff either; outside the circle the same 404 as for a wrong id.
 */
@WebServlet("/invoice.pdf")
public class InvoiceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeeService fees;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        try {
            pdf = fees.invoice(
                    UUID.fromString(String.valueOf(request.getParameter("id"))),
                    ParticipantRole.valueOf(String.valueOf(request.getParameter("payer"))));
        } catch (NotFound | IllegalArgumentException hidden) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException notYours) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"invoice.pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
