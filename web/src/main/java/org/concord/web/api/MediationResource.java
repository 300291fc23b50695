package org.concord.web.api;

import static org.concord.web.api.ProcedureResource.parse;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.concord.service.appointment.ReasonForm;
import org.concord.service.audit.AuditReport;
import org.concord.service.audit.AuditService;
import org.concord.service.mediation.AcceptanceForm;
import org.concord.service.mediation.FeedbackForm;
import org.concord.service.mediation.MandateForm;
import org.concord.service.mediation.MediationRequestForm;
import org.concord.service.mediation.MediationService;
import org.concord.service.mediation.MediationSummary;
import org.concord.service.mediation.MediationView;
import org.concord.service.mediation.MediatorCard;
import org.concord.service.mediation.MessageForm;
import org.concord.service.mediation.RankingForm;
import org.concord.service.mediation.RepresentativeForm;
import org.concord.service.mediation.SessionForm;
import org.concord.service.mediation.SettlementForm;
import org.concord.service.mediation.WithdrawalForm;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mediations (R-M1–R-M4): each resource is the mediation as the caller may see it; anyone outside its circle gets the
 * same 404 as for an id that does not exist (R-M2).
 */
@Tag(name = "Mediations", description = "Mediations (R-M1 to R-M4), as the caller may see them")
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/mediations")
@Produces(MediaType.APPLICATION_JSON)
public class MediationResource {

    @Inject
    private MediationService mediations;

    @Inject
    private AuditService audit;

    /**
     * A Party, R-M1: {@code {"otherParty": "…", "summary": "…", "language": "en"}}, or with {@code procedureId}
     * instead of {@code otherParty} for a DCTI Procedure's other Party (15(a)).
     */
    @Operation(operationId = "requestMediation", summary = "A Party requests a mediation (R-M1)")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@NotNull @Valid MediationRequestForm form) {
        MediationView view = mediations.request(form);
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/v1/mediations/" + view.id())
                .entity(view)
                .build();
    }

    /** The caller's mediations; for the Center, every mediation, newest first, {@code size} per page. */
    @Operation(operationId = "listMediations", summary = "The mediations the caller takes part in")
    @GET
    public List<MediationSummary> list(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("25") int size) {
        return mediations.list(page, size);
    }

    /** A mediator: the mediations whose Parties chose it, waiting for its answer. */
    @Operation(
            operationId = "listMediationMandates",
            summary = "A mediator: the mediations whose Parties chose it, waiting for its answer")
    @GET
    @Path("mandates")
    public List<MediationView> mandates() {
        return mediations.mandates();
    }

    @Operation(operationId = "getMediation", summary = "One mediation as the caller may see it (R-M2)")
    @GET
    @Path("{id}")
    public MediationView mediation(@PathParam("id") String id) {
        return mediations.mediation(parse(id));
    }

    /** CENTER_ADMIN: the mediation's audit trail with the verification of its hash chain. */
    @Operation(
            operationId = "getMediationAudit",
            summary = "Administrators: the mediation's audit trail and the verification of its hash chain (R-13.4)")
    @GET
    @Path("{id}/audit")
    public AuditReport audit(@PathParam("id") String id) {
        return audit.trail(parse(id));
    }

    /** R-M4: the directory's mediators ranked for this mediation. */
    @Operation(
            operationId = "listProposedMediators",
            summary = "The directory's mediators ranked for this mediation (R-M4)")
    @GET
    @Path("{id}/proposals")
    public List<MediatorCard> proposals(@PathParam("id") String id) {
        return mediations.proposals(parse(id));
    }

    @Operation(operationId = "agreeToMediation", summary = "The other Party agrees to mediate (R-M1)")
    @POST
    @Path("{id}/agreement")
    public MediationView agree(@PathParam("id") String id) {
        return mediations.agree(parse(id));
    }

    @Operation(operationId = "declineMediation", summary = "The other Party declines to mediate (R-M1)")
    @POST
    @Path("{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView decline(@PathParam("id") String id, @NotNull @Valid WithdrawalForm form) {
        return mediations.decline(parse(id), form);
    }

    @Operation(operationId = "addMediationRepresentative", summary = "A Party names a representative in the mediation")
    @POST
    @Path("{id}/representatives")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView addRepresentative(@PathParam("id") String id, @NotNull @Valid RepresentativeForm form) {
        return mediations.addRepresentative(parse(id), form);
    }

    /** A Party, R-M4: {@code {"mediators": [directory ids, most preferred first]}}. */
    @Operation(operationId = "rankMediators", summary = "A Party ranks the proposed mediators (R-M4)")
    @PUT
    @Path("{id}/ranking")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView rank(@PathParam("id") String id, @NotNull @Valid RankingForm form) {
        return mediations.rank(parse(id), form);
    }

    /** The chosen mediator: {@code {"confirmsImpartiality": true}}. */
    @Operation(operationId = "acceptMediationMandate", summary = "The chosen mediator accepts the mandate")
    @POST
    @Path("{id}/mandate")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView acceptMandate(@PathParam("id") String id, @NotNull @Valid MandateForm form) {
        return mediations.acceptMandate(parse(id), form);
    }

    @Operation(operationId = "declineMediationMandate", summary = "The chosen mediator declines the mandate")
    @POST
    @Path("{id}/mandate/refusal")
    public Response declineMandate(@PathParam("id") String id) {
        mediations.declineMandate(parse(id));
        return Response.noContent().build();
    }

    /** The mediator: {@code {"startsAt": "2027-02-01T09:00:00Z", "place": "…"}}. */
    @Operation(operationId = "scheduleMediationSession", summary = "The mediator schedules a session")
    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView scheduleSession(@PathParam("id") String id, @NotNull @Valid SessionForm form) {
        return mediations.scheduleSession(parse(id), form);
    }

    @Operation(operationId = "recordMediationSessionHeld", summary = "The mediator records that a session was held")
    @POST
    @Path("{id}/sessions/{sessionId}/held")
    public MediationView sessionHeld(@PathParam("id") String id, @PathParam("sessionId") String sessionId) {
        return mediations.sessionHeld(parse(id), parse(sessionId));
    }

    /** R-M2: {@code {"channel": "JOINT"|"CAUCUS", "side": "REQUESTING"|"RESPONDING" (mediator), "text": "…"}}. */
    @Operation(
            operationId = "sendMediationMessage",
            summary = "Sends a message in the mediation, to all or to the mediator only (R-M3)")
    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView send(@PathParam("id") String id, @NotNull @Valid MessageForm form) {
        return mediations.send(parse(id), form);
    }

    @Operation(
            operationId = "releaseMediationMessage",
            summary = "The mediator releases a message to the other Party (R-M3)")
    @POST
    @Path("{id}/messages/{messageId}/release")
    public MediationView release(@PathParam("id") String id, @PathParam("messageId") String messageId) {
        return mediations.release(parse(id), parse(messageId));
    }

    /** R-M3: {@code {"filename": "…", "content": base64}}; a new version each time. */
    @Operation(operationId = "proposeSettlementAgreement", summary = "Proposes a version of the settlement agreement")
    @POST
    @Path("{id}/settlement-agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView proposeSettlement(@PathParam("id") String id, @NotNull @Valid SettlementForm form) {
        return mediations.proposeSettlement(parse(id), form);
    }

    @Operation(operationId = "getSettlementAgreement", summary = "One version of the settlement agreement")
    @GET
    @Path("{id}/settlement-agreements/{version}")
    @Produces(MediaType.WILDCARD)
    public Response agreement(
            @PathParam("id") String id, @PathParam("version") int version, @Context HttpHeaders headers) {
        return ProcedureResource.serve(mediations.agreement(parse(id), version), headers);
    }

    /** R-M3: {@code {"sha256": "…"}} of the current version. */
    @Operation(
            operationId = "acceptSettlementAgreement",
            summary = "A Party accepts the current settlement agreement, by its SHA-256")
    @POST
    @Path("{id}/settlement-agreements/acceptances")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView acceptSettlement(@PathParam("id") String id, @NotNull @Valid AcceptanceForm form) {
        return mediations.acceptSettlement(parse(id), form);
    }

    /** R-M1: after the first meeting; {@code {"reason": "…"}} optional. */
    @Operation(operationId = "withdrawFromMediation", summary = "A Party withdraws from the mediation")
    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView withdraw(@PathParam("id") String id, @NotNull @Valid WithdrawalForm form) {
        return mediations.withdraw(parse(id), form);
    }

    /** Staff: closes a mediation that cannot go on; {@code {"reason": "…"}}. */
    @Operation(operationId = "closeMediation", summary = "The mediator closes the mediation")
    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView close(@PathParam("id") String id, @NotNull @Valid ReasonForm form) {
        return mediations.close(parse(id), form);
    }

    /** A Party, R-M4: ratings 1–5 for {@code understanding}, {@code impartiality}, {@code process}, {@code recommendation}. */
    @Operation(
            operationId = "giveMediationFeedback",
            summary = "A Party gives feedback on the mediator after the mediation")
    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response feedback(@PathParam("id") String id, @NotNull @Valid FeedbackForm form) {
        mediations.giveFeedback(parse(id), form);
        return Response.noContent().build();
    }
}
