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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.concord.domain.account.ApiToken;
import org.concord.service.Page;
import org.concord.service.statistics.DecisionView;
import org.concord.service.statistics.GateRunStarted;
import org.concord.service.statistics.GateRunView;
import org.concord.service.statistics.LedgerView;
import org.concord.service.statistics.PublicationForm;
import org.concord.service.statistics.PublicationView;
import org.concord.service.statistics.ReleaseView;
import org.concord.service.statistics.RunForm;
import org.concord.service.statistics.StatisticsService;
import org.concord.web.faces.LocaleBacking;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Published statistics (R-STAT.1, R-STAT.2). Releases are public, as PDF and CSV, with no sign-in. Administrators
 * define publications and run the publication gate; staff read the decisions and their evidence (R-STAT.3).
 */
@Tag(name = "Statistics", description = "Published statistics (public) and the publication gate (R-STAT.1 to R-STAT.3)")
@Path("/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    private StatisticsService statistics;

    /** The published releases, newest first; {@code page} from 0, {@code size} taken within 1–100. */
    @Operation(operationId = "listStatisticsReleases", summary = "Public: the published statistics releases (R-STAT.1)")
    @GET
    @Path("releases")
    public Page<ReleaseView> releases(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return statistics.releases(page, size);
    }

    @Operation(operationId = "getStatisticsRelease", summary = "Public: one statistics release (R-STAT.1)")
    @GET
    @Path("releases/{id}")
    public ReleaseView release(@PathParam("id") String id) {
        return statistics.releaseView(ProcedureResource.parse(id));
    }

    @Operation(operationId = "getStatisticsReleaseCsv", summary = "Public: one statistics release as CSV (R-STAT.1)")
    @GET
    @Path("releases/{id}/csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id) {
        return download(
                statistics.csv(ProcedureResource.parse(id)), "text/csv; charset=UTF-8", "statistics-" + id + ".csv");
    }

    /** In the language of {@code lang} (en, fr, de) or of the Accept-Language header. */
    @Operation(operationId = "getStatisticsReleasePdf", summary = "Public: one statistics release as PDF (R-STAT.1)")
    @GET
    @Path("releases/{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale wanted = lang != null
                ? Locale.forLanguageTag(lang)
                : headers.getAcceptableLanguages().isEmpty()
                        ? Locale.ENGLISH
                        : headers.getAcceptableLanguages().get(0);
        return download(
                statistics.pdf(ProcedureResource.parse(id), LocaleBacking.supported(wanted)),
                "application/pdf",
                "statistics-" + id + ".pdf");
    }

    private static Response download(byte[] bytes, String type, String filename) {
        return Response.ok(bytes, type)
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                .build();
    }

    /** Staff: the defined publications. */
    @Operation(operationId = "listPublications", summary = "Staff: the defined publications")
    @SecurityRequirement(name = ConcordApi.BEARER)
    @GET
    @Path("publications")
    public List<PublicationView> publications() {
        return statistics.publications();
    }

    /** Administrators. Body: {@code {"title": "...", "tables": ["OUTCOME", "COUNTRY×MATTER"], "periodKind": "QUARTER"}}. */
    @TokenScope(ApiToken.Scope.ADMINISTER)
    @Operation(operationId = "definePublication", summary = "Administrators: defines a publication (R-STAT.2)")
    @SecurityRequirement(name = ConcordApi.BEARER)
    @POST
    @Path("publications")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(@NotNull @Valid PublicationForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(statistics.define(form))
                .build();
    }

    /**
     * Administrators: runs the gate. Body: {@code {"publication": "<id>", "year": 2026, "quarter": 3,
     * "cutoff": "2026-10-15"}}, optionally {@code k}, {@code kp} and the annual report's {@code freeText}. Answers the
     * decision, published or refused with its reasons, and its evidence.
     */
    @TokenScope(ApiToken.Scope.ADMINISTER)
    @Operation(
            operationId = "runPublication",
            summary = "Administrators: runs the publication gate for a period (R-STAT.2)")
    @SecurityRequirement(name = ConcordApi.BEARER)
    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(@NotNull @Valid RunForm form) {
        DecisionView decision = statistics.run(form);
        return Response.status(decision.published() ? Response.Status.CREATED : Response.Status.OK)
                .entity(decision)
                .build();
    }

    /**
     * Administrators: starts a run of the gate in the background (issue 24). The body is that of {@code runs}. Answers
     * 202 with the queued run, or 200 with the run already under way for the very same release, which the request
     * joins; {@code Location} is the run's address, to follow until it is over. Another release of the same year is
     * refused (409, R-13.3) while a run of that year is under way.
     */
    @TokenScope(ApiToken.Scope.ADMINISTER)
    @Operation(
            operationId = "startPublicationRun",
            summary = "Administrators: runs the publication gate in the background (R-13.3, R-STAT.1)")
    @SecurityRequirement(name = ConcordApi.BEARER)
    @POST
    @Path("gate-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@NotNull @Valid RunForm form) {
        GateRunStarted started = statistics.start(form);
        return Response.status(started.joined() ? Response.Status.OK : Response.Status.ACCEPTED)
                .header(
                        "Location",
                        "/api/v1/statistics/gate-runs/" + started.run().id())
                .entity(started.run())
                .build();
    }

    /**
     * Staff: a background run of the gate: its state (QUEUED, RUNNING, DONE, FAILED), step and progress; once done,
     * its release, published or refused with the reasons; once failed, the refusal with its rule, field and message.
     */
    @Operation(
            operationId = "getPublicationRun",
            summary = "Staff: a background run of the publication gate, its progress and its result (R-STAT.3)")
    @SecurityRequirement(name = ConcordApi.BEARER)
    @GET
    @Path("gate-runs/{id}")
    public GateRunView gateRun(@PathParam("id") String id, @Context HttpHeaders headers) {
        GateRunView run = statistics.gateRun(ProcedureResource.parse(id));
        return run.error() == null
                ? run
                : run.withErrorMessage(MessageResolver.of(headers)
                        .text(run.error().key(), run.error().arguments().toArray()));
    }

    /** Staff: the decisions, newest first, without evidence. */
    @Operation(
            operationId = "listPublicationDecisions",
            summary = "Staff: the gate's decisions, newest first, without evidence (R-STAT.3)")
    @SecurityRequirement(name = ConcordApi.BEARER)
    @GET
    @Path("decisions")
    public Page<DecisionView> decisions(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return statistics.decisions(page, size);
    }

    /** Staff: every year's ledger verified, newest year first. */
    @Operation(
            operationId = "listStatisticsLedgers",
            summary = "Staff: every year's ledger verified, newest year first (R-13.3)")
    @SecurityRequirement(name = ConcordApi.BEARER)
    @GET
    @Path("ledgers")
    public List<LedgerView> ledgers() {
        return statistics.ledgers();
    }

    /** Staff: one decision with its evidence. */
    @Operation(
            operationId = "getPublicationDecision",
            summary = "Staff: one decision of the gate with its evidence (R-STAT.3)")
    @SecurityRequirement(name = ConcordApi.BEARER)
    @GET
    @Path("decisions/{id}")
    public DecisionView decision(@PathParam("id") String id) {
        return statistics.decision(ProcedureResource.parse(id));
    }
}
