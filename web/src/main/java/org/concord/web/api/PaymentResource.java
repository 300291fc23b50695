package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.concord.service.fee.ApplyForm;
import org.concord.service.fee.CreditView;
import org.concord.service.fee.ImportReport;
import org.concord.service.fee.NoteForm;
import org.concord.service.fee.PaymentImportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payments from the Center's bank statements (staff): import a camt.053 document, then work through the credits that
 * need review.
 */
@Tag(name = "Payments", description = "Staff: bank statements and credits to match to fees")
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    private PaymentImportService imports;

    /** Body: the camt.053 XML document as it came from the bank. */
    @Operation(
            operationId = "importBankStatement",
            summary = "Staff: imports a camt.053 bank statement and matches its credits to fees")
    @POST
    @Path("/bank-statements")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    public ImportReport importStatement(byte[] camt053) {
        return imports.importStatement(camt053);
    }

    @Operation(operationId = "listCreditsToReview", summary = "Staff: the credits that matched no fee")
    @GET
    @Path("/review")
    public List<CreditView> review() {
        return imports.reviewList();
    }

    /** Body: {@code {"paymentReference": "RF…", "amount": "50.00", "note": "rest returned"}}. */
    @Operation(operationId = "applyCredit", summary = "Staff: applies a credit to a fee")
    @POST
    @Path("/review/{creditId}/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    public CreditView apply(@PathParam("creditId") String creditId, @NotNull @Valid ApplyForm form) {
        return imports.apply(ProcedureResource.parse(creditId), form);
    }

    /** Body: {@code {"note": "returned to the payer"}}. */
    @Operation(operationId = "dismissCredit", summary = "Staff: dismisses a credit")
    @POST
    @Path("/review/{creditId}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    public CreditView dismiss(@PathParam("creditId") String creditId, @NotNull @Valid NoteForm note) {
        return imports.dismiss(ProcedureResource.parse(creditId), note);
    }
}
