package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.concord.domain.account.ApiToken;
import org.concord.service.time.ClosureForm;
import org.concord.service.time.ClosureService;
import org.concord.service.time.ClosureView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Center's extra closures: staff read them, administrators add and remove them. */
@Tag(name = "Closures", description = "Days the Center is closed, which time limits skip")
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/closures")
@Produces(MediaType.APPLICATION_JSON)
public class ClosureResource {

    @Inject
    private ClosureService closures;

    @Operation(operationId = "listClosures", summary = "The Center's closure days, which time limits skip")
    @GET
    public List<ClosureView> all() {
        return closures.allClosures();
    }

    /** Body: {@code {"from": "2026-12-24", "to": "2026-12-31", "reason": "..."}}. */
    @TokenScope(ApiToken.Scope.ADMINISTER)
    @Operation(operationId = "addClosure", summary = "Administrators: adds a closure period, with a reason")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull @Valid ClosureForm closure) {
        return Response.status(Response.Status.CREATED)
                .entity(closures.addClosure(closure))
                .build();
    }

    @TokenScope(ApiToken.Scope.ADMINISTER)
    @Operation(operationId = "removeClosure", summary = "Administrators: removes a closure period")
    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") String id) {
        closures.removeClosure(ProcedureResource.parse(id));
        return Response.noContent().build();
    }
}
