package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.concord.service.appointment.AppointmentService;
import org.concord.service.appointment.InvitationView;
import org.concord.service.appointment.NeutralView;

/**
 * The Center's list of neutrals (staff) and a Neutral's open invitations. The steps of an appointment are
 * resources of the Procedure ({@link ProcedureResource}).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class NeutralResource {

    @Inject
    private AppointmentService appointments;

    /** Staff: the Center's list of neutrals. */
    @GET
    @Path("neutrals")
    public List<NeutralView> neutrals() {
        return appointments.neutrals();
    }

    /** A Neutral: the invitations waiting for an answer. */
    @GET
    @Path("invitations")
    public List<InvitationView> invitations() {
        return appointments.myInvitations();
    }
}
