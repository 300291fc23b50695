package org.concord.web.api;

import static org.concord.web.api.ProcedureResource.parse;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.concord.domain.account.ApiToken;
import org.concord.service.mediation.AnalysisForm;
import org.concord.service.mediation.AnalysisRuleForm;
import org.concord.service.mediation.AnalysisRuleView;
import org.concord.service.mediation.CaseAnalysisService;
import org.concord.service.mediation.RecommendationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-M5: the case analysis, public; its rules, readable by anyone and kept by CENTER_ADMIN. */
@Tag(
        name = "Case analysis",
        description = "Which procedure suits a case: public questions and the administrators' rules")
@Path("/v1/case-analysis")
@Produces(MediaType.APPLICATION_JSON)
public class CaseAnalysisResource {

    @Inject
    private CaseAnalysisService analysis;

    /** {@code {"answers": {"RELATIONSHIP": "YES", …}}}; reasons in the Accept-Language (English by default). */
    @Operation(
            operationId = "analyseCase",
            summary = "Public: which procedure suits a case, from the answers to the case-analysis questions")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RecommendationView recommend(@NotNull @Valid AnalysisForm form, @Context HttpHeaders headers) {
        return analysis.recommend(form, ProcedureResource.localeOf(headers));
    }

    @Operation(operationId = "listAnalysisRules", summary = "Public: the rules the case analysis applies")
    @GET
    @Path("rules")
    public List<AnalysisRuleView> rules() {
        return analysis.rules();
    }

    @TokenScope(ApiToken.Scope.ADMINISTER)
    @Operation(operationId = "addAnalysisRule", summary = "Administrators: adds a case-analysis rule")
    @SecurityRequirement(name = ConcordApi.BEARER)
    @POST
    @Path("rules")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull AnalysisRuleForm form) {
        AnalysisRuleView rule = analysis.add(form);
        return Response.status(Response.Status.CREATED).entity(rule).build();
    }

    @TokenScope(ApiToken.Scope.ADMINISTER)
    @Operation(operationId = "updateAnalysisRule", summary = "Administrators: changes a case-analysis rule")
    @SecurityRequirement(name = ConcordApi.BEARER)
    @PUT
    @Path("rules/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AnalysisRuleView update(@PathParam("id") String id, @NotNull AnalysisRuleForm form) {
        return analysis.update(parse(id), form);
    }

    @TokenScope(ApiToken.Scope.ADMINISTER)
    @Operation(operationId = "removeAnalysisRule", summary = "Administrators: removes a case-analysis rule")
    @SecurityRequirement(name = ConcordApi.BEARER)
    @DELETE
    @Path("rules/{id}")
    public Response remove(@PathParam("id") String id) {
        analysis.remove(parse(id));
        return Response.noContent().build();
    }
}
