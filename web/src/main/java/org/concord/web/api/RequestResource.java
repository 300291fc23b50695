package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureView;
import org.concord.service.procedure.RequestForm;

/** A Party files a Request through the API; answers 201 with the new Procedure's location. */
@Path("/v1/requests")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    @Inject
    private ProcedureService procedures;

    @POST
    public Response file(@NotNull @Valid RequestForm request, @Context UriInfo uri) {
        ProcedureView filed = procedures.fileRequest(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/procedures/{id}").build(filed.id()))
                .entity(filed)
                .build();
    }
}
