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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.service.fee.FeeService;
import org.concord.service.fee.FeeStatement;
import org.concord.service.fee.NoteForm;
import org.concord.service.fee.PaymentForm;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A Procedure's fees (Article 17): the statement (staff: all; a Party: its own), the invoice PDF, payments recorded by
 * staff, and the refund proposals staff confirm or decline. Outside the circle of: the same 404 as a wrong id.
 */
@Tag(name = "Fees", description = "A Procedure's fees, their payment and proposals")
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/procedures/{id}/fees")
@Produces(MediaType.APPLICATION_JSON)
public class FeeResource {

    @Inject
    private FeeService fees;

    @PathParam("id")
    private String id;

    @Context
    private HttpHeaders headers;

    @Operation(
            operationId = "getFeeStatement",
            summary = "The Procedure's fees, what is paid and what is due, and how to pay")
    @GET
    public FeeStatement statement() {
        return fees.statement(ProcedureResource.parse(id));
    }

    /** {@code ?payer=REQUESTING_PARTY|RESPONDING_PARTY}: staff say whose; a Party may leave it out. */
    @Operation(operationId = "getFeeInvoice", summary = "The invoice of the Procedure's fees, as PDF")
    @GET
    @Path("/invoice")
    @Produces("application/pdf")
    public Response invoice(@QueryParam("payer") String payer) {
        if (payer != null && !payer.equals("REQUESTING_PARTY") && !payer.equals("RESPONDING_PARTY")) {
            MessageResolver texts = MessageResolver.of(headers);
            return Problems.response(Problems.invalid(
                    List.of(Problems.FieldError.parameter("payer", texts.text("rule.invoice.payer"), "R-17.1")),
                    texts));
        }
        byte[] pdf = fees.invoice(ProcedureResource.parse(id), payer == null ? null : ParticipantRole.valueOf(payer));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"invoice.pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Body: {@code {"amount": "50.00", "currency": "EUR", "valueDate": "2026-11-20", "note": "..."}}. */
    @Operation(operationId = "recordFeePayment", summary = "Staff: records a payment of one fee")
    @POST
    @Path("/{feeId}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordPayment(@PathParam("feeId") String feeId, @NotNull @Valid PaymentForm payment) {
        return Response.status(Response.Status.CREATED)
                .entity(fees.recordPayment(ProcedureResource.parse(id), ProcedureResource.parse(feeId), payment))
                .build();
    }

    @Operation(operationId = "confirmFeeProposal", summary = "A Party confirms a proposed fee")
    @POST
    @Path("/proposals/{proposalId}/confirm")
    public FeeStatement confirm(@PathParam("proposalId") String proposalId) {
        return fees.confirm(ProcedureResource.parse(id), ProcedureResource.parse(proposalId));
    }

    /** Body: {@code {"note": "why"}}. */
    @Operation(operationId = "declineFeeProposal", summary = "A Party declines a proposed fee")
    @POST
    @Path("/proposals/{proposalId}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeeStatement decline(@PathParam("proposalId") String proposalId, @NotNull @Valid NoteForm reason) {
        return fees.decline(ProcedureResource.parse(id), ProcedureResource.parse(proposalId), reason);
    }
}
