package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.concord.domain.account.ApiToken;
import org.concord.service.appointment.AppointmentService;
import org.concord.service.appointment.InvitationView;
import org.concord.service.appointment.NeutralView;
import org.concord.service.neutral.NeutralProfileService;
import org.concord.service.neutral.NeutralProfileView;
import org.concord.service.neutral.ProfileForm;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Center's list of neutrals and their profiles for appointment (staff; CENTER_ADMIN keeps them, R-8.2, R-9) and a
 * Neutral's open invitations. The steps of an appointment are
 * resources of the Procedure ({@link ProcedureResource}).
 */
@Tag(name = "Neutrals", description = "Neutrals' profiles and their invitations to act")
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class NeutralResource {

    @Inject
    private AppointmentService appointments;

    @Inject
    private NeutralProfileService profiles;

    /** Staff: the Center's list of neutrals. */
    @Operation(operationId = "listNeutrals", summary = "Staff: the Center's list of Neutrals")
    @GET
    @Path("neutrals")
    public List<NeutralView> neutrals() {
        return appointments.neutrals();
    }

    /** Staff: every Neutral with its profile for appointment, or {@code "profiled": false}. */
    @Operation(operationId = "listNeutralProfiles", summary = "Staff: the Neutrals' profiles")
    @GET
    @Path("neutrals/profiles")
    public List<NeutralProfileView> profiles() {
        return profiles.profiles();
    }

    /** Staff: one Neutral's profile; 404 for an address that is not a Neutral's. */
    @Operation(operationId = "getNeutralProfile", summary = "A Neutral's profile")
    @GET
    @Path("neutrals/{email}/profile")
    public NeutralProfileView profile(@PathParam("email") String email) {
        return profiles.profile(email);
    }

    /**
     * CENTER_ADMIN, R-8.2 and R-9: replaces a Neutral's profile. Body: {@code countries}, {@code languages} (ISO
     * codes), {@code matters}, {@code areas}, {@code keywords}, {@code maxOpenCaseload}, {@code absences}
     * ({@code from}, {@code to}) and {@code relationships} ({@code kind}, {@code name}, {@code emailDomain}).
     */
    @TokenScope(ApiToken.Scope.ADMINISTER)
    @Operation(
            operationId = "describeNeutralProfile",
            summary = "A Neutral describes its profile (languages, areas, availability)")
    @PUT
    @Path("neutrals/{email}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    public NeutralProfileView describe(@PathParam("email") String email, @NotNull @Valid ProfileForm form) {
        return profiles.describe(email, form);
    }

    /** A Neutral: the invitations waiting for an answer. */
    @Operation(
            operationId = "listNeutralInvitations",
            summary = "A Neutral: the invitations to act waiting for an answer")
    @GET
    @Path("invitations")
    public List<InvitationView> invitations() {
        return appointments.myInvitations();
    }
}
