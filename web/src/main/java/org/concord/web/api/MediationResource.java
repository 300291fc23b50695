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

/**
 * Mediations (R-M1–R-M4): each resource is the mediation as the caller may see it; anyone outside its circle gets the
 * same 404 as for an id that does not exist (R-M2).
 */
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
    @GET
    public List<MediationSummary> list(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("25") int size) {
        return mediations.list(page, size);
    }

    /** A mediator: the mediations whose Parties chose it, waiting for its answer. */
    @GET
    @Path("mandates")
    public List<MediationView> mandates() {
        return mediations.mandates();
    }

    @GET
    @Path("{id}")
    public MediationView mediation(@PathParam("id") String id) {
        return mediations.mediation(parse(id));
    }

    /** CENTER_ADMIN: the mediation's audit trail with the verification of its hash chain. */
    @GET
    @Path("{id}/audit")
    public AuditReport audit(@PathParam("id") String id) {
        return audit.trail(parse(id));
    }

    /** R-M4: the directory's mediators ranked for this mediation. */
    @GET
    @Path("{id}/proposals")
    public List<MediatorCard> proposals(@PathParam("id") String id) {
        return mediations.proposals(parse(id));
    }

    @POST
    @Path("{id}/agreement")
    public MediationView agree(@PathParam("id") String id) {
        return mediations.agree(parse(id));
    }

    @POST
    @Path("{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView decline(@PathParam("id") String id, @NotNull @Valid WithdrawalForm form) {
        return mediations.decline(parse(id), form);
    }

    @POST
    @Path("{id}/representatives")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView addRepresentative(@PathParam("id") String id, @NotNull @Valid RepresentativeForm form) {
        return mediations.addRepresentative(parse(id), form);
    }

    /** A Party, R-M4: {@code {"mediators": [directory ids, most preferred first]}}. */
    @PUT
    @Path("{id}/ranking")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView rank(@PathParam("id") String id, @NotNull @Valid RankingForm form) {
        return mediations.rank(parse(id), form);
    }

    /** The chosen mediator: {@code {"confirmsImpartiality": true}}. */
    @POST
    @Path("{id}/mandate")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView acceptMandate(@PathParam("id") String id, @NotNull @Valid MandateForm form) {
        return mediations.acceptMandate(parse(id), form);
    }

    @POST
    @Path("{id}/mandate/refusal")
    public Response declineMandate(@PathParam("id") String id) {
        mediations.declineMandate(parse(id));
        return Response.noContent().build();
    }

    /** The mediator: {@code {"startsAt": "2027-02-01T09:00:00Z", "place": "…"}}. */
    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView scheduleSession(@PathParam("id") String id, @NotNull @Valid SessionForm form) {
        return mediations.scheduleSession(parse(id), form);
    }

    @POST
    @Path("{id}/sessions/{sessionId}/held")
    public MediationView sessionHeld(@PathParam("id") String id, @PathParam("sessionId") String sessionId) {
        return mediations.sessionHeld(parse(id), parse(sessionId));
    }

    /** R-M2: {@code {"channel": "JOINT"|"CAUCUS", "side": "REQUESTING"|"RESPONDING" (mediator), "text": "…"}}. */
    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView send(@PathParam("id") String id, @NotNull @Valid MessageForm form) {
        return mediations.send(parse(id), form);
    }

    @POST
    @Path("{id}/messages/{messageId}/release")
    public MediationView release(@PathParam("id") String id, @PathParam("messageId") String messageId) {
        return mediations.release(parse(id), parse(messageId));
    }

    /** R-M3: {@code {"filename": "…", "content": base64}}; a new version each time. */
    @POST
    @Path("{id}/settlement-agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView proposeSettlement(@PathParam("id") String id, @NotNull @Valid SettlementForm form) {
        return mediations.proposeSettlement(parse(id), form);
    }

    @GET
    @Path("{id}/settlement-agreements/{version}")
    @Produces(MediaType.WILDCARD)
    public Response agreement(@PathParam("id") String id, @PathParam("version") int version) {
        return ProcedureResource.serve(mediations.agreement(parse(id), version));
    }

    /** R-M3: {@code {"sha256": "…"}} of the current version. */
    @POST
    @Path("{id}/settlement-agreements/acceptances")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView acceptSettlement(@PathParam("id") String id, @NotNull @Valid AcceptanceForm form) {
        return mediations.acceptSettlement(parse(id), form);
    }

    /** R-M1: after the first meeting; {@code {"reason": "…"}} optional. */
    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView withdraw(@PathParam("id") String id, @NotNull @Valid WithdrawalForm form) {
        return mediations.withdraw(parse(id), form);
    }

    /** Staff: closes a mediation that cannot go on; {@code {"reason": "…"}}. */
    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediationView close(@PathParam("id") String id, @NotNull @Valid ReasonForm form) {
        return mediations.close(parse(id), form);
    }

    /** A Party, R-M4: ratings 1–5 for {@code understanding}, {@code impartiality}, {@code process}, {@code recommendation}. */
    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response feedback(@PathParam("id") String id, @NotNull @Valid FeedbackForm form) {
        mediations.giveFeedback(parse(id), form);
        return Response.noContent().build();
    }
}
