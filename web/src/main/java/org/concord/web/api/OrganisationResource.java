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
import org.concord.domain.account.ApiToken;
import org.concord.service.Page;
import org.concord.service.organisation.MemberForm;
import org.concord.service.organisation.OrganisationDetailsForm;
import org.concord.service.organisation.OrganisationForm;
import org.concord.service.organisation.OrganisationService;
import org.concord.service.organisation.OrganisationView;
import org.concord.service.procedure.CaseloadQuery;
import org.concord.service.procedure.ProcedureChange;
import org.concord.service.procedure.ProcedureService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Organisations (R-ACC.2): staff list, search, create and edit them (each change recorded, inviting the first
 * manager); staff and an organisation's managers invite members by address (R-ACC.1) and remove them; its members read
 * it. Any other caller gets the one "not found".
 */
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/organisations")
@Tag(name = "Organisations", description = "R-ACC.2 organisations (platforms, rightholders) and their members")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    private ProcedureService procedures;

    @Inject
    private OrganisationService organisations;

    /** Staff: {@code ?q=stream&page=0}, by name, 20 a page. */
    @Operation(operationId = "listOrganisations", summary = "The organisations the caller may see")
    @GET
    public Page<OrganisationView.Summary> list(
            @QueryParam("q") String text, @QueryParam("page") @DefaultValue("0") int page) {
        return organisations.list(text, page);
    }

    /**
     * Staff, body {@code {"kind": "ONLINE_PLATFORM", "name": "Streamly Ltd", "legalForm": "Ltd", "country": "IE",
     * "domains": ["streamly.example"], "aliases": ["Streamly"], "firstManager": "legal@streamly.example"}}.
     */
    @TokenScope(ApiToken.Scope.ADMINISTER)
    @Operation(
            operationId = "createOrganisation",
            summary = "Staff: creates an organisation with its first manager (R-ACC.2)")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid OrganisationForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(organisations.create(form))
                .build();
    }

    @Operation(operationId = "getOrganisation", summary = "One organisation and its members")
    @GET
    @Path("/{id}")
    public OrganisationView organisation(@PathParam("id") String id) {
        return organisations.get(ProcedureResource.parse(id));
    }

    /**
     * R-PLAT.1: the change feed of the organisation's Procedures, for its active members: {@code ?after=<next>&size=}
     * lists the Procedures whose state or file changed after the cursor, in commit order, each once at its latest
     * change, with what the organisation must do next and by when. {@code next} is always given: poll with it (the same
     * cursor when nothing changed); no change is missed or repeated. Without {@code after}, from the first change.
     * A cursor Concord did not make for this feed, or from its future, is 400 at {@code /after}; anyone but a member
     * gets the 404 of a missing organisation.
     */
    @Operation(
            operationId = "listOrganisationChanges",
            summary =
                    "The change feed of the organisation's Procedures: every one whose state or file changed after a cursor, in order (R-PLAT.1)")
    @GET
    @Path("/{id}/changes")
    public Page<ProcedureChange> changes(
            @PathParam("id") String id, @QueryParam("after") String after, @QueryParam("size") String size) {
        return procedures.organisationChanges(ProcedureResource.parse(id), after, CaseloadQuery.size(size));
    }

    /**
     * R-ACC.2: staff edit the details, body {@code {"name": "Streamly Ltd", "legalForm": "Ltd", "country": "IE",
     * "domains": ["streamly.example"], "aliases": ["Streamly"]}} (the whole set of details: a detail left out is
     * emptied); each change is recorded and listed under {@code changes} for staff.
     */
    @TokenScope(ApiToken.Scope.ADMINISTER)
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "editOrganisation",
            summary = "Staff: edits an organisation's name, legal form, country, domains and names (R-ACC.2)")
    public OrganisationView edit(@PathParam("id") String id, @NotNull @Valid OrganisationDetailsForm form) {
        return organisations.edit(ProcedureResource.parse(id), form);
    }

    /**
     * Staff and the organisation's managers invite an address, body {@code {"email": "counsel@streamly.example",
     * "role": "MEMBER"}}: 201 with the invitation, the same whether or not the address has an account; the person
     * joins by accepting the mailed link (R-ACC.1).
     */
    @TokenScope(ApiToken.Scope.ACT_FOR_ORGANISATION)
    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "inviteOrganisationMember",
            summary = "Managers and staff invite an address to join as MEMBER or MANAGER (R-ACC.2, R-ACC.1)")
    public Response inviteMember(@PathParam("id") String id, @NotNull @Valid MemberForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(organisations.inviteMember(ProcedureResource.parse(id), form))
                .build();
    }

    /** Staff and the organisation's managers remove a member; a member may remove itself (it leaves). */
    @TokenScope(ApiToken.Scope.ACT_FOR_ORGANISATION)
    @Operation(
            operationId = "removeOrganisationMember",
            summary = "Managers and staff remove a member of an organisation (R-ACC.2)")
    @DELETE
    @Path("/{id}/members/{accountId}")
    public OrganisationView removeMember(@PathParam("id") String id, @PathParam("accountId") String accountId) {
        return organisations.removeMember(ProcedureResource.parse(id), ProcedureResource.parse(accountId));
    }
}
