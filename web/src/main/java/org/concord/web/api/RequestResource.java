package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.service.procedure.FiledRequest;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.RequestForm;
import org.concord.service.sor.StatementService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A Party files a Request through the API; answers 201 with the new Procedure's location. A Statement of
 * Reasons in the Transparency Database form is imported first (R-SOR.1), by the user or by the platform on the user's
 * behalf; the Request then names it by id. Annexes travel base64-encoded.
 */
@Tag(name = "Requests", description = "Filing a Request (R-5.1) and importing Statements of Reasons (R-SOR.1)")
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/requests")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    @Inject
    private ProcedureService procedures;

    @Inject
    private StatementService statements;

    /**
     * 201 with the new Procedure. With an {@code Idempotency-Key}, a retry of the same filing answers 200 with the
     * Procedure filed the first time and {@code Idempotent-Replayed: true}; the key reused for another filing is 422,
     * a retry while the first filing is still in progress 409.
     */
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "RequestForm"),
                            examples =
                                    @ExampleObject(
                                            name = "fileRequest",
                                            summary =
                                                    "A Request of a User against a platform, with a copy of the Statement of Reasons (Base64)",
                                            value = """
                                                    {
                                                        "capacity": "USER",
                                                        "platformName": "Streamly",
                                                        "platformReference": "SR-2026-000123",
                                                        "platformCorrespondenceEmail": "me@example.org",
                                                        "matter": "COPYRIGHT",
                                                        "restrictions": [
                                                            "VISIBILITY"
                                                        ],
                                                        "description": "My video was removed as infringing; it is my own recording.",
                                                        "remedy": "Reinstate the content",
                                                        "domicile": "FR",
                                                        "submitsToJurisdiction": true,
                                                        "otherProceedings": "None",
                                                        "noIchsDecision": true,
                                                        "annexes": [
                                                            {
                                                                "kind": "STATEMENT_OF_REASONS",
                                                                "filename": "statement.txt",
                                                                "content": "U3RhdGVtZW50IG9mIFJlYXNvbnM="
                                                            }
                                                        ]
                                                    }
                                                    """)))
    @Operation(
            operationId = "fileRequest",
            summary = "A User files a Request (R-5.1), with an optional Idempotency-Key")
    @POST
    public Response file(
            @NotNull @Valid RequestForm request, @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        FiledRequest filed = procedures.fileRequest(request, key);
        URI location = uri.getBaseUriBuilder()
                .path("v1/procedures/{id}")
                .build(filed.procedure().id());
        return (filed.replayed() ? Response.ok().header("Idempotent-Replayed", "true") : Response.created(location))
                .location(location)
                .entity(filed.procedure())
                .build();
    }

    /**
     * R-SOR.1–R-SOR.4: imports one Statement of Reasons or a batch ({@code {"statements": [...]}}); 201 with a
     * draft per statement (scope check, warnings, the link where the user completes the Request), or 400 with every
     * violation and nothing stored. The warnings are written in the caller's {@code Accept-Language}.
     */
    @Operation(
            operationId = "importStatementsOfReasons",
            summary = "A platform imports Statements of Reasons as drafts of Requests (R-SOR.1)")
    @POST
    @Path("statement-of-reasons")
    public Response importStatements(String json, @Context HttpHeaders headers) {
        MessageResolver texts = MessageResolver.of(headers);
        List<StatementDraftView> drafts = statements.importStatements(json).stream()
                .map(d -> StatementDraftView.of(d, texts))
                .toList();
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("statements", drafts))
                .build();
    }

    /** A draft imported before, by its id (the capability the platform handed to the user). */
    @Operation(
            operationId = "getStatementDraft",
            summary = "A draft Request imported from a Statement of Reasons, by its id")
    @GET
    @Path("statement-of-reasons/{id}")
    public StatementDraftView draft(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return StatementDraftView.of(statements.draft(id), MessageResolver.of(headers));
    }
}
