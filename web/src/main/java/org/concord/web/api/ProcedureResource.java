package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.service.procedure.Page;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureSummary;
import org.concord.service.procedure.ProcedureView;

/** Procedures: one by id for its circle, the full list for staff. */
@Path("/v1/procedures")
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    @Inject
    private ProcedureService procedures;

    /** 404 — the same bytes — for an id that does not exist, is malformed, or is not the caller's to see. */
    @GET
    @Path("/{id}")
    public ProcedureView procedure(@PathParam("id") String id) {
        return procedures.getProcedure(parse(id));
    }

    @GET
    public Page<ProcedureSummary> all(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return procedures.allProcedures(page, size);
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw new NotFound();
        }
    }
}
