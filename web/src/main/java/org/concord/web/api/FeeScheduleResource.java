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
import org.concord.service.fee.FeeScheduleService;
import org.concord.service.fee.ScheduleForm;
import org.concord.service.fee.ScheduleView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The fee schedule (R-17.1, 17(a)): staff read it; administrators add future schedules and withdraw them. */
@Tag(name = "Fee schedules", description = "The schedules of fees and the dates they apply from")
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/fee-schedules")
@Produces(MediaType.APPLICATION_JSON)
public class FeeScheduleResource {

    @Inject
    private FeeScheduleService schedules;

    @Operation(operationId = "listFeeSchedules", summary = "The fee schedules, with the dates from which they apply")
    @GET
    public List<ScheduleView> all() {
        return schedules.schedules();
    }

    /** Body: {@code {"validFrom": "2027-01-01", "filingFee": 60, "administrationFee": 300, "neutralFee": 700}}. */
    @TokenScope(ApiToken.Scope.ADMINISTER)
    @Operation(operationId = "addFeeSchedule", summary = "Administrators: adds a fee schedule valid from a future date")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull @Valid ScheduleForm schedule) {
        return Response.status(Response.Status.CREATED)
                .entity(schedules.add(schedule))
                .build();
    }

    @TokenScope(ApiToken.Scope.ADMINISTER)
    @Operation(
            operationId = "withdrawFeeSchedule",
            summary = "Administrators: withdraws a fee schedule not yet in force")
    @DELETE
    @Path("/{id}")
    public Response withdraw(@PathParam("id") String id) {
        schedules.withdraw(ProcedureResource.parse(id));
        return Response.noContent().build();
    }
}
