package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.concord.service.Page;
import org.concord.service.document.DocumentIntake;
import org.concord.service.representation.DecisionForm;
import org.concord.service.representation.PowerOfAttorneyForm;
import org.concord.service.representation.PowerOfAttorneyView;
import org.concord.service.representation.RepresentationForm;
import org.concord.service.representation.RepresentationService;
import org.concord.service.representation.RepresentationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Representatives (R-ACC.3): a Party authorises a representative's address for one Procedure, one mediation or for
 * all of its Procedures and mediations; the holder of that address accepts; or a representative files a power of
 * attorney that staff accept or refuse; the Party revokes, which ends the representative's access at once. Refusals
 * are problem details naming the field and the rule.
 */
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/representations")
@Tag(name = "Representations", description = "R-ACC.3 authorised representatives of a Party and powers of attorney")
@Produces(MediaType.APPLICATION_JSON)
public class RepresentationResource {

    @Inject
    private RepresentationService representations;

    @Inject
    private DocumentIntake intake;

    /** The caller's authorisations: {@code given} as a Party, {@code received} as a representative (or invited). */
    @GET
    @Operation(
            operationId = "listRepresentations",
            summary = "The caller's authorisations: given as a Party, received as a representative (R-ACC.3)")
    public RepresentationService.Mine mine() {
        return representations.mine();
    }

    /**
     * A Party, body {@code {"email": "lawyer@lexfirm.example", "procedure": "…"}}; {@code "mediation": "…"} for one
     * mediation; without either, for all of the Party's Procedures and mediations; {@code "all": true} with a
     * {@code procedure}: for all of that Procedure's Party (a platform organisation's manager: all its Procedures).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "authoriseRepresentative",
            summary = "A Party authorises a representative's e-mail for one Procedure or all; it accepts (R-ACC.3)")
    public Response authorise(@NotNull @Valid RepresentationForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(representations.authorise(form))
                .build();
    }

    /** The holder of the invited address, signed in, accepts. */
    @POST
    @Path("/{id}/accept")
    @Operation(
            operationId = "acceptRepresentation",
            summary = "The holder of the invited address accepts (R-ACC.3, R-ACC.1)")
    public RepresentationView accept(@PathParam("id") String id) {
        return representations.accept(ProcedureResource.parse(id));
    }

    /** The Party (or staff) revokes, or withdraws an open invitation. */
    @POST
    @Path("/{id}/revoke")
    @Operation(
            operationId = "revokeRepresentation",
            summary = "The Party revokes; the representative's access ends at once (R-ACC.3, R-13.1)")
    public RepresentationView revoke(@PathParam("id") String id) {
        return representations.revoke(ProcedureResource.parse(id));
    }

    /**
     * A representative files a power of attorney, {@code multipart/form-data} with the parts {@code reference} (the
     * Procedure's, e.g. {@code DCTI-7KQ9-M3XD}), {@code partyEmail} (the Party's address) and {@code document} (the
     * file, checked as any document: R-C2). The answer is the same whether or not they name a Party: 202,
     * state {@code PENDING}, staff will review it.
     */
    @POST
    @Path("/powers-of-attorney")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            operationId = "filePowerOfAttorney",
            summary = "A representative files a power of attorney for staff to review (R-ACC.3, R-13.1)")
    public Response filePowerOfAttorney(List<EntityPart> parts) {
        PowerOfAttorneyForm form = new PowerOfAttorneyForm();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            switch (part.getName()) {
                case "reference" -> form.setReference(text(part));
                case "partyEmail" -> form.setPartyEmail(text(part));
                case "document" -> {
                    form.setFilename(part.getFileName().orElse(null));
                    form.setDocument(bytes(part, intake.policy().maxBytes() + 1));
                }
                default -> {
                    // Other parts are not read.
                }
            }
        }
        return Response.status(Response.Status.ACCEPTED)
                .entity(representations.filePowerOfAttorney(form))
                .build();
    }

    /** Staff: the powers of attorney waiting for a decision, oldest first, {@code ?page=} from 0. */
    @GET
    @Path("/powers-of-attorney")
    @Operation(
            operationId = "listPendingPowersOfAttorney",
            summary = "Staff: powers of attorney waiting for a decision, page by page (R-ACC.3)")
    public Page<PowerOfAttorneyView> pending(@QueryParam("page") @DefaultValue("0") int page) {
        return representations.pending(page);
    }

    /** Staff: one power of attorney, with the Party and Procedure it names, if any. */
    @GET
    @Path("/powers-of-attorney/{id}")
    @Operation(operationId = "getPowerOfAttorney", summary = "Staff: one power of attorney and what it names (R-ACC.3)")
    public PowerOfAttorneyView powerOfAttorney(@PathParam("id") String id) {
        return representations.powerOfAttorney(ProcedureResource.parse(id));
    }

    /** Staff accept or refuse a power of attorney, body {@code {"accepted": false, "reason": "…"}}. */
    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "decidePowerOfAttorney",
            summary = "Staff accept or refuse a power of attorney, with a reason; both are told (R-ACC.3)")
    public PowerOfAttorneyView decide(@PathParam("id") String id, @NotNull @Valid DecisionForm form) {
        return representations.decide(ProcedureResource.parse(id), form);
    }

    /** The power of attorney's document: staff, its representative and the Party it is for; else the one 404. */
    @GET
    @Path("/{id}/document")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getPowerOfAttorneyDocument", summary = "The power of attorney as filed (R-ACC.3, R-C2)")
    public Response document(@PathParam("id") String id, @Context HttpHeaders headers) {
        return ProcedureResource.serve(representations.document(ProcedureResource.parse(id)), headers);
    }

    private static String text(EntityPart part) {
        try {
            return part.getContent(String.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** At most {@code limit} bytes: a larger file is refused by the intake (R-C2) without being read whole. */
    private static byte[] bytes(EntityPart part, long limit) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
