package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.concord.domain.account.ApiToken;
import org.concord.service.Page;
import org.concord.service.webhook.RotationForm;
import org.concord.service.webhook.WebhookDeliveryView;
import org.concord.service.webhook.WebhookEndpointView;
import org.concord.service.webhook.WebhookForm;
import org.concord.service.webhook.WebhookService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signed webhooks of an organisation (R-PLAT.2): its managers register endpoints for chosen event types (the secret is
 * answered once), change them, rotate the secret with an overlap, delete them, read the delivery log and send a
 * delivery again; staff read. Anyone outside the organisation gets the "not found" of a missing organisation; a member
 * who is not a manager, the rule's refusal.
 */
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/organisations/{id}/webhooks")
@Tag(name = "Webhooks", description = "R-PLAT.2 signed webhooks of an organisation: endpoints and delivery logs")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @Inject
    private WebhookService webhooks;

    @Operation(operationId = "listWebhookEndpoints", summary = "The organisation's webhook endpoints (R-PLAT.2)")
    @GET
    public List<WebhookEndpointView> list(@PathParam("id") String id) {
        return webhooks.list(ProcedureResource.parse(id));
    }

    /**
     * Body {@code {"url": "https://hooks.streamly.example/concord", "events": ["procedure.commenced",
     * "answer.due"]}}: 201 with the endpoint and its {@code secret} ({@code whsec_…}), shown this once.
     */
    @TokenScope(ApiToken.Scope.ACT_FOR_ORGANISATION)
    @Operation(
            operationId = "registerWebhookEndpoint",
            summary =
                    "Managers register an https endpoint for chosen event types; the secret is answered once (R-PLAT.2)")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("id") String id, @NotNull @Valid WebhookForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(webhooks.register(ProcedureResource.parse(id), form))
                .build();
    }

    @Operation(operationId = "getWebhookEndpoint", summary = "One webhook endpoint (R-PLAT.2)")
    @GET
    @Path("/{endpointId}")
    public WebhookEndpointView get(@PathParam("id") String id, @PathParam("endpointId") String endpointId) {
        return webhooks.get(ProcedureResource.parse(id), ProcedureResource.parse(endpointId));
    }

    /** Body {@code {"url": "…", "events": ["…"], "enabled": true}}: the whole endpoint. */
    @TokenScope(ApiToken.Scope.ACT_FOR_ORGANISATION)
    @Operation(
            operationId = "changeWebhookEndpoint",
            summary = "Managers change an endpoint's address, event types or whether it is enabled (R-PLAT.2)")
    @PUT
    @Path("/{endpointId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public WebhookEndpointView change(
            @PathParam("id") String id, @PathParam("endpointId") String endpointId, @NotNull @Valid WebhookForm form) {
        return webhooks.change(ProcedureResource.parse(id), ProcedureResource.parse(endpointId), form);
    }

    /**
     * Body {@code {"overlapHours": 24}} (optional): a new secret, answered once; the previous one stays valid for the
     * overlap, during which deliveries carry both signatures.
     */
    @TokenScope(ApiToken.Scope.ACT_FOR_ORGANISATION)
    @Operation(
            operationId = "rotateWebhookSecret",
            summary =
                    "Managers rotate an endpoint's secret with an overlap; the new secret is answered once (R-PLAT.2)")
    @POST
    @Path("/{endpointId}/secret")
    @Consumes(MediaType.APPLICATION_JSON)
    public WebhookEndpointView rotate(
            @PathParam("id") String id, @PathParam("endpointId") String endpointId, @Valid RotationForm form) {
        return webhooks.rotate(ProcedureResource.parse(id), ProcedureResource.parse(endpointId), form);
    }

    @TokenScope(ApiToken.Scope.ACT_FOR_ORGANISATION)
    @Operation(
            operationId = "deleteWebhookEndpoint",
            summary = "Managers delete an endpoint with its delivery log (R-PLAT.2)")
    @DELETE
    @Path("/{endpointId}")
    public Response delete(@PathParam("id") String id, @PathParam("endpointId") String endpointId) {
        webhooks.delete(ProcedureResource.parse(id), ProcedureResource.parse(endpointId));
        return Response.noContent().build();
    }

    /** {@code ?after=<next>&size=20}: the deliveries, newest first, with their attempts. */
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "An endpoint's deliveries with their attempts, newest first, keyset paged (R-PLAT.2)")
    @GET
    @Path("/{endpointId}/deliveries")
    public Page<WebhookDeliveryView> deliveries(
            @PathParam("id") String id,
            @PathParam("endpointId") String endpointId,
            @QueryParam("after") String after,
            @QueryParam("size") @DefaultValue("20") int size) {
        return webhooks.deliveries(ProcedureResource.parse(id), ProcedureResource.parse(endpointId), after, size);
    }

    @TokenScope(ApiToken.Scope.ACT_FOR_ORGANISATION)
    @Operation(
            operationId = "redeliverWebhook",
            summary = "Managers send a delivered or given-up delivery again, with the same webhook-id (R-PLAT.2)")
    @POST
    @Path("/{endpointId}/deliveries/{deliveryId}/redelivery")
    public WebhookDeliveryView redeliver(
            @PathParam("id") String id,
            @PathParam("endpointId") String endpointId,
            @PathParam("deliveryId") String deliveryId) {
        return webhooks.redeliver(
                ProcedureResource.parse(id), ProcedureResource.parse(endpointId), ProcedureResource.parse(deliveryId));
    }
}
