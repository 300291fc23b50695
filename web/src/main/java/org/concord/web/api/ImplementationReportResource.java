package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.concord.service.resolution.ImplementationAttention;
import org.concord.service.resolution.ImplementationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * R-PLAT.4, staff: the implementation reports that need attention, overdue or reporting the Resolution partly or not
 * implemented. The report itself is made at {@code POST /v1/procedures/{id}/implementation-report}.
 */
@Tag(
        name = "Procedures",
        description = "DCTI Procedures as the caller may see them: filings, appointment, Resolution (R-13.1)")
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/implementation-reports")
@Produces(MediaType.APPLICATION_JSON)
public class ImplementationReportResource {

    @Inject
    private ImplementationService implementation;

    @Operation(
            operationId = "listImplementationReportsNeedingAttention",
            summary = "Staff: implementation reports overdue, or reporting the Resolution partly or not implemented"
                    + " (R-PLAT.4)")
    @GET
    @Path("/attention")
    public List<ImplementationAttention> needingAttention() {
        return implementation.needingAttention();
    }
}
