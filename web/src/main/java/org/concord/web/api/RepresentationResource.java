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
import jakarta.ws.rs.core.Response;
import org.concord.service.representation.RepresentationForm;
import org.concord.service.representation.RepresentationService;
import org.concord.service.representation.RepresentationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Representatives (R-ACC.3): a Party authorises a representative's address for one Procedure or for all of its
 * Procedures; the holder of that address accepts; the Party revokes, which ends the representative's access at once.
 * Refusals are problem details naming the field and the rule.
 */
@Path("/v1/representations")
@Tag(name = "Representations", description = "R-ACC.3 authorised representatives of a Party")
@Produces(MediaType.APPLICATION_JSON)
public class RepresentationResource {

    @Inject
    private RepresentationService representations;

    /** The caller's authorisations: {@code given} as a Party, {@code received} as a representative (or invited). */
    @GET
    @Operation(summary = "The caller's authorisations: given as a Party, received as a representative (R-ACC.3)")
    public RepresentationService.Mine mine() {
        return representations.mine();
    }

    /**
     * A Party, body {@code {"email": "lawyer@lexfirm.example", "procedure": "…"}}; without {@code procedure}, for all
     * of the Party's Procedures.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A Party authorises a representative's e-mail for one Procedure or all; it accepts (R-ACC.3)")
    public Response authorise(@NotNull @Valid RepresentationForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(representations.authorise(form))
                .build();
    }

    /** The holder of the invited address, signed in, accepts. */
    @POST
    @Path("/{id}/accept")
    @Operation(summary = "The holder of the invited address accepts (R-ACC.3, R-ACC.1)")
    public RepresentationView accept(@PathParam("id") String id) {
        return representations.accept(ProcedureResource.parse(id));
    }

    /** The Party (or staff) revokes, or withdraws an open invitation. */
    @POST
    @Path("/{id}/revoke")
    @Operation(summary = "The Party revokes; the representative's access ends at once (R-ACC.3, R-13.1)")
    public RepresentationView revoke(@PathParam("id") String id) {
        return representations.revoke(ProcedureResource.parse(id));
    }
}
