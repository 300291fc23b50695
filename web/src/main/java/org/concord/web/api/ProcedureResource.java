package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.Set;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.service.Page;
import org.concord.service.appointment.AppointmentService;
import org.concord.service.appointment.CandidateListView;
import org.concord.service.appointment.DeclarationForm;
import org.concord.service.appointment.DisclosureForm;
import org.concord.service.appointment.InvitationForm;
import org.concord.service.appointment.ReasonForm;
import org.concord.service.audit.AuditReport;
import org.concord.service.audit.AuditService;
import org.concord.service.conduct.CommunicationForm;
import org.concord.service.conduct.ConductService;
import org.concord.service.conduct.ExternalDisclosureForm;
import org.concord.service.conduct.FileEntry;
import org.concord.service.document.DocumentDownload;
import org.concord.service.fee.AnswerRequirements;
import org.concord.service.fee.FeeService;
import org.concord.service.procedure.AnswerForm;
import org.concord.service.procedure.CaseloadQuery;
import org.concord.service.procedure.CommencementForm;
import org.concord.service.procedure.ConsolePage;
import org.concord.service.procedure.ConsoleQuery;
import org.concord.service.procedure.DocumentService;
import org.concord.service.procedure.ImplementationForm;
import org.concord.service.procedure.LanguageForm;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureSummary;
import org.concord.service.procedure.ProcedureView;
import org.concord.service.procedure.TerminationForm;
import org.concord.service.resolution.ExtensionForm;
import org.concord.service.resolution.ImplementationAttention;
import org.concord.service.resolution.ImplementationService;
import org.concord.service.resolution.ResolutionForm;
import org.concord.service.resolution.ResolutionService;
import org.concord.web.RankingExplanations;
import org.concord.web.faces.DocumentServlet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Procedures: one by id for its circle, the full list, commencement and termination for staff. */
@Tag(
        name = "Procedures",
        description = "DCTI Procedures as the caller may see them: filings, appointment, Resolution (R-13.1)")
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/procedures")
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    /** The languages the explanations of a ranking come in. */
    private static final Set<String> SUPPORTED_LANGUAGES = Set.of("en", "fr", "de");

    @Inject
    private ProcedureService procedures;

    @Inject
    private DocumentService documents;

    @Inject
    private AppointmentService appointments;

    @Inject
    private ResolutionService resolutions;

    @Inject
    private ImplementationService implementation;

    @Inject
    private ConductService conduct;

    @Inject
    private AuditService audit;

    @Inject
    private FeeService fees;

    /** 404 — the same bytes — for an id that does not exist, is malformed, or is not the caller's to see. */
    @Operation(operationId = "getProcedure", summary = "One Procedure as the caller may see it (R-13.1)")
    @GET
    @Path("/{id}")
    public ProcedureView procedure(@PathParam("id") String id) {
        return procedures.getProcedure(parse(id));
    }

    /** R-6, staff: body {@code {"respondingParty": "legal@platform.example"}}. */
    @Operation(
            operationId = "commenceProcedure",
            summary = "Staff: commences the Procedure after checking the Request (R-6)")
    @POST
    @Path("/{id}/commencement")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProcedureView commence(@PathParam("id") String id, @NotNull @Valid CommencementForm form) {
        return procedures.commence(parse(id), form);
    }

    /**
     * R-7, the Responding Party: the Answer with its items and base64 annexes. With an {@code Idempotency-Key}, a
     * retry answers the Procedure as it is; the Answer is filed once.
     */
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "AnswerForm"),
                            examples =
                                    @ExampleObject(
                                            name = "fileAnswer",
                                            summary = "The platform's Answer (items of Article 7(b))",
                                            value = """
                                                    {
                                                        "contactEmail": "legal@streamly.example",
                                                        "domicile": "IE",
                                                        "reply": "The content matched a rightholder's reference file; we maintain the removal.",
                                                        "termsAndConditions": "Terms, section 7",
                                                        "otherProceedings": "None"
                                                    }
                                                    """)))
    @Operation(
            operationId = "fileAnswer",
            summary = "The Responding Party files its Answer (R-7), with an optional Idempotency-Key")
    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProcedureView answer(
            @PathParam("id") String id,
            @NotNull @Valid AnswerForm form,
            @jakarta.ws.rs.HeaderParam("Idempotency-Key") String key) {
        return procedures.fileAnswer(parse(id), form, key);
    }

    /**
     * R-PLAT.1, R-17.2: before filing, what the Answer asks: its last day, its word limit, the fees filing makes due
     * under the schedule of the date of receipt, what is outstanding (an Answer filed then is held) and where to pay.
     * The Responding Party and staff; anyone else in the circle is refused naming the rule.
     */
    @Operation(
            operationId = "getAnswerRequirements",
            summary =
                    "What filing the Answer asks of the Responding Party: its time limit, word limit and the fees it makes due (R-PLAT.1, R-17.2)")
    @GET
    @Path("/{id}/answer/requirements")
    public AnswerRequirements answerRequirements(@PathParam("id") String id) {
        return fees.answerRequirements(parse(id));
    }

    /** the Neutral: body {@code {"language": "en", "reason": "…"}}. */
    @Operation(operationId = "setProcedureLanguage", summary = "The Neutral sets the language of the Procedure (R-4.1)")
    @POST
    @Path("/{id}/language")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProcedureView language(@PathParam("id") String id, @NotNull @Valid LanguageForm form) {
        return procedures.determineLanguage(parse(id), form);
    }

    /**
     * The procedure file: filings, communications, appointment steps, disclosures, the outcome and the time
     * limits to come, as the caller may see them.
     */
    @Operation(
            operationId = "getProcedureFile",
            summary = "The procedure file: filings, communications and time limits, as the caller may see them (R-11)")
    @GET
    @Path("/{id}/file")
    public List<FileEntry> file(@PathParam("id") String id) {
        return conduct.file(parse(id));
    }

    /** body {@code {"text", "addressedTo"?, "inReplyTo"?, "annexes"?}}; 201 with the id. */
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "CommunicationForm"),
                            examples =
                                    @ExampleObject(
                                            name = "sendMessage",
                                            summary = "A communication to the Procedure",
                                            value = """
                                                    {
                                                        "text": "Please find our comments on the Answer attached to this message."
                                                    }
                                                    """)))
    @Operation(operationId = "sendMessage", summary = "Sends a communication to the Procedure (R-3)")
    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response message(@PathParam("id") String id, @NotNull @Valid CommunicationForm form) {
        return created(conduct.message(parse(id), form));
    }

    /** R-16, a Party: body {@code {"text", "knewOn": "2026-01-20"}}. */
    @Operation(operationId = "fileObjection", summary = "A Party files an objection")
    @POST
    @Path("/{id}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response object(@PathParam("id") String id, @NotNull @Valid CommunicationForm form) {
        return created(conduct.object(parse(id), form));
    }

    /** 11(f), the Neutral: body {@code {"party": "REQUESTING_PARTY", "text", "annexes"?}}; seen by the Center only. */
    @Operation(operationId = "reportBadFaith", summary = "Reports conduct in bad faith")
    @POST
    @Path("/{id}/bad-faith-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reportBadFaith(@PathParam("id") String id, @NotNull @Valid CommunicationForm form) {
        return created(conduct.reportBadFaith(parse(id), form));
    }

    /** the Neutral: body {@code {"party", "language": "fr", "dueOn": "2026-03-01", "text"}}. */
    @Operation(operationId = "orderTranslation", summary = "The Neutral orders a translation")
    @POST
    @Path("/{id}/translation-orders")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response orderTranslation(@PathParam("id") String id, @NotNull @Valid CommunicationForm form) {
        return created(conduct.orderTranslation(parse(id), form));
    }

    /** 11(c), the Neutral: body {@code {"text"}}, the determination allowing communication with one side. */
    @Operation(
            operationId = "allowExParteDetermination",
            summary = "The Neutral allows a determination without the other Party's submission")
    @POST
    @Path("/{id}/ex-parte-determinations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response allowExParte(@PathParam("id") String id, @NotNull @Valid CommunicationForm form) {
        return created(conduct.allowExParte(parse(id), form));
    }

    /** 15(a), the Neutral: body {@code {"text"}}. */
    @Operation(operationId = "suggestSettlement", summary = "The Neutral suggests a settlement")
    @POST
    @Path("/{id}/settlement-suggestions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response suggestSettlement(@PathParam("id") String id, @NotNull @Valid CommunicationForm form) {
        return created(conduct.suggestSettlement(parse(id), form));
    }

    /** body {@code {"ground": "LEGAL_PROCEEDINGS", "recipient", "what"}}; 204. */
    @Operation(operationId = "recordExternalDisclosure", summary = "Records a disclosure outside the Procedure (R-13)")
    @POST
    @Path("/{id}/external-disclosures")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordExternalDisclosure(@PathParam("id") String id, @NotNull @Valid ExternalDisclosureForm form) {
        conduct.recordExternalDisclosure(parse(id), form);
        return Response.noContent().build();
    }

    private static Response created(UUID communication) {
        return Response.status(Response.Status.CREATED)
                .entity(java.util.Map.of("id", communication))
                .build();
    }

    /** CENTER_ADMIN: the audit trail of every read and change, with the verification of its hash chain. */
    @Operation(
            operationId = "getProcedureAudit",
            summary =
                    "Administrators: the audit trail of every read and change, with the verification of its hash chain (R-13.4)")
    @GET
    @Path("/{id}/audit")
    public AuditReport audit(@PathParam("id") String id) {
        return audit.trail(parse(id));
    }

    /** the Neutral: saves the draft, body {@code {"description", "recommendation", "reasons", "outcome"}}. */
    @Operation(operationId = "draftResolution", summary = "The Neutral drafts the Resolution (R-14.1)")
    @PUT
    @Path("/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProcedureView draftResolution(@PathParam("id") String id, @NotNull @Valid ResolutionForm form) {
        return resolutions.draft(parse(id), form);
    }

    /** R-14.1 (vi), the Neutral: signs the complete draft (PDF rendered and hashed) and forwards it to the Center. */
    @Operation(
            operationId = "signResolution",
            summary = "The Neutral signs the complete draft and forwards it to the Center (R-14.1)")
    @POST
    @Path("/{id}/resolution/signature")
    public ProcedureView signResolution(@PathParam("id") String id) {
        return resolutions.sign(parse(id));
    }

    /** staff: communicates the signed Resolution to the Parties; effective from now. */
    @Operation(
            operationId = "communicateResolution",
            summary = "Staff communicate the signed Resolution to the Parties")
    @POST
    @Path("/{id}/resolution/communication")
    public ProcedureView communicateResolution(@PathParam("id") String id) {
        return resolutions.communicate(parse(id));
    }

    /**
     * R-PLAT.4, staff: the Procedures whose implementation report needs attention, overdue or reporting the Resolution
     * partly or not implemented, the longest communicated first.
     */
    @Operation(
            operationId = "listImplementationReportsNeedingAttention",
            summary = "Staff: implementation reports overdue, or reporting the Resolution partly or not implemented"
                    + " (R-PLAT.4)")
    @GET
    @Path("/implementation-reports")
    public List<ImplementationAttention> implementationReportsNeedingAttention() {
        return implementation.needingAttention();
    }

    /**
     * R-PLAT.4, the Responding Party: reports once whether it implemented the communicated Resolution. With an
     * {@code Idempotency-Key}, a retry answers the Procedure as it is; the report is made once.
     */
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "ImplementationForm"),
                            examples =
                                    @ExampleObject(
                                            name = "reportImplementation",
                                            summary = "The platform restored part of the content",
                                            value = """
                                                    {
                                                        "outcome": "PARTLY",
                                                        "date": "2026-02-05",
                                                        "reason": "The video is restored; its thumbnail stays removed under a court order."
                                                    }
                                                    """)))
    @Operation(
            operationId = "reportImplementation",
            summary = "The Responding Party reports whether it implemented the Resolution (R-PLAT.4), with an"
                    + " optional Idempotency-Key")
    @POST
    @Path("/{id}/implementation-report")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProcedureView reportImplementation(
            @PathParam("id") String id,
            @NotNull @Valid ImplementationForm form,
            @jakarta.ws.rs.HeaderParam("Idempotency-Key") String key) {
        return procedures.reportImplementation(parse(id), form, key);
    }

    /** staff: body {@code {"days": 45, "reason": "…"}}; never beyond 90 days from commencement. */
    @Operation(operationId = "extendResolutionPeriod", summary = "Extends the period for the Resolution, with a reason")
    @POST
    @Path("/{id}/resolution/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProcedureView extendResolution(@PathParam("id") String id, @NotNull @Valid ExtensionForm form) {
        return resolutions.extend(parse(id), form);
    }

    /** the certificate of commencement and completion or termination, as PDF, for the circle. */
    @Operation(
            operationId = "getCertificate",
            summary = "The certificate of commencement and completion or termination, as PDF (R-20)")
    @GET
    @Path("/{id}/certificate")
    @Produces("application/pdf")
    public Response certificate(@PathParam("id") String id) {
        return Response.ok(resolutions.certificate(parse(id)))
                .header("Content-Disposition", "attachment; filename=\"certificate.pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * the Center or the Neutral ends the Procedure on a ground each may use: body
     * {@code {"ground": "SETTLED_BEFORE_APPOINTMENT", "note": "…"}}.
     */
    @Operation(operationId = "terminateProcedure", summary = "Terminates the Procedure on a ground of the Rules")
    @POST
    @Path("/{id}/termination")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProcedureView terminate(@PathParam("id") String id, @NotNull @Valid TerminationForm form) {
        return procedures.terminate(parse(id), form);
    }

    /**
     * A document of the Procedure (R-C2), a filing's or a message's annex, served with its stored type and hash; 404
     * outside its circle and for a message the caller may not read (R-11.2, 11(f)).
     */
    @Operation(operationId = "getProcedureDocument", summary = "A document of the Procedure (an annex), as filed")
    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response document(
            @PathParam("id") String id, @PathParam("documentId") String documentId, @Context HttpHeaders headers) {
        return serve(documents.open(parse(id), parse(documentId)), headers);
    }

    /**
     * A stored document as served: its stored type, its hash as {@code Digest}, never sniffed or cached. One whose
     * content retention erased (R-OPS.3): 410 Gone, a problem saying on which date, without a {@code Digest} (no body
     * is the original); only the circle gets that far, anyone else the one 404 (R-13.1, R-SEC.6).
     */
    static Response serve(DocumentDownload download, HttpHeaders headers) {
        if (download.erased()) {
            return Problems.response(Problems.erased(download.erasedAt(), MessageResolver.of(headers)));
        }
        return Response.ok(download.bytes(), download.mediaType())
                .header("Content-Disposition", DocumentServlet.attachment(download.filename()))
                .header(
                        "Digest",
                        "sha-256="
                                + java.util.Base64.getEncoder()
                                        .encodeToString(java.util.HexFormat.of().parseHex(download.sha256())))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Staff, R-8.1: body {@code {"neutral": "expert@example.org"}}. */
    @Operation(operationId = "inviteNeutral", summary = "Staff invite a Neutral to act in the Procedure")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/appointment/invitation")
    public ProcedureView invite(@PathParam("id") String id, @NotNull @Valid InvitationForm form) {
        return appointments.invite(parse(id), form);
    }

    /**
     * Staff, R-8.2: the neutrals ranked for the Procedure on 8(b), each criterion's score with its weight and its
     * explanation in the caller's language (Accept-Language; English by default), flags and the conflicts of R-9.
     * {@code limit} (default 50, taken within 1–1000) cuts the list; {@code total} counts every ranked neutral.
     */
    @Operation(
            operationId = "listNeutralCandidates",
            summary = "Staff: the Neutrals ranked for the Procedure, with the reasons")
    @GET
    @Path("/{id}/appointment/candidates")
    public CandidateListView candidates(
            @PathParam("id") String id,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @Context HttpHeaders headers) {
        Locale locale = localeOf(headers);
        return RankingExplanations.in(locale, appointments.candidates(parse(id), limit));
    }

    /** Staff, R-9: body {@code {"reason": "…"}}: the invited candidate may accept despite the conflicts found. */
    @Operation(operationId = "overrideConflicts", summary = "Staff appoint despite a possible conflict, with a reason")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/appointment/conflict-override")
    public ProcedureView overrideConflicts(@PathParam("id") String id, @NotNull @Valid ReasonForm form) {
        return appointments.overrideConflicts(parse(id), form);
    }

    /** The invited Neutral, R-9: body {@code {"confirmsImpartiality": true, "declaration": "…"}}. */
    @Operation(operationId = "acceptAppointment", summary = "The invited Neutral accepts and declares its impartiality")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/appointment/acceptance")
    public ProcedureView accept(@PathParam("id") String id, @NotNull @Valid DeclarationForm form) {
        return appointments.accept(parse(id), form);
    }

    /** The invited Neutral declines: body {@code {"reason": "…"}}; 204. */
    @Operation(operationId = "declineAppointment", summary = "The invited Neutral declines, with a reason")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/appointment/declination")
    public Response decline(@PathParam("id") String id, @NotNull @Valid ReasonForm form) {
        appointments.decline(parse(id), form);
        return Response.noContent().build();
    }

    /** The Neutral, 9(c): body {@code {"circumstances": "…"}}. */
    @Operation(
            operationId = "discloseCircumstances",
            summary = "The Neutral discloses circumstances that may affect its impartiality")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/disclosures")
    public ProcedureView disclose(@PathParam("id") String id, @NotNull @Valid DisclosureForm form) {
        return appointments.disclose(parse(id), form);
    }

    /** Staff, R-10: body {@code {"reason": "…", "partiesAgreedToContinue": false}}. */
    @Operation(operationId = "replaceNeutral", summary = "Staff replace the Neutral, with a reason")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/appointment/replacement")
    public ProcedureView replace(@PathParam("id") String id, @NotNull @Valid ReasonForm form) {
        return appointments.replace(parse(id), form);
    }

    /**
     * Staff: every procedure, newest first, by keyset: {@code ?size=25} for the newest, then {@code ?after=<next>}
     * with the {@code next} of the page before; {@code next} is absent after the last page. Issue 24, as the console:
     * {@code q} searches by reference (or its beginning), platform reference (PUID), e-mail address or the beginning
     * of a Party's or organisation's name (any case, accents or not); filters {@code state}, {@code matter},
     * {@code held=true}, {@code overdue=true}, {@code language} (a code or a name: {@code fr}, {@code French}),
     * {@code neutral} (an account id), {@code from} and {@code to} (Geneva dates, received); {@code sort}
     * {@code NEWEST} (default), {@code OLDEST} or {@code REFERENCE}. A bad value is refused naming its parameter.
     */
    @Operation(operationId = "listAllProcedures", summary = "Staff: every Procedure, searched and filtered, by keyset")
    @GET
    public Page<ProcedureSummary> all(
            @QueryParam("after") String after,
            @QueryParam("size") @DefaultValue("25") int size,
            @QueryParam("q") String q,
            @QueryParam("state") String state,
            @QueryParam("matter") String matter,
            @QueryParam("held") String held,
            @QueryParam("overdue") String overdue,
            @QueryParam("language") String language,
            @QueryParam("neutral") String neutral,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("sort") String sort) {
        java.util.Map<String, String> given = new java.util.HashMap<>();
        given.put("after", after);
        given.put("size", Integer.toString(Math.max(1, Math.min(size, ProcedureService.MAX_PAGE_SIZE))));
        given.put("q", q);
        given.put("state", state);
        given.put("matter", matter);
        given.put("held", held);
        given.put("overdue", overdue);
        given.put("language", language);
        given.put("neutral", neutral);
        given.put("from", from);
        given.put("to", to);
        given.put("sort", sort);
        ConsolePage page = procedures.consoleProcedures(ConsoleQuery.parse(given::get));
        return Page.after(page.items(), page.next());
    }

    /**
     * R-PLAT.1, R-13.1, R-ACC.2: Parties and Neutrals: the procedures the caller takes part in (for a member of a
     * platform organisation, its organisation's, while a member), newest first, by keyset: {@code ?size=25} for the
     * newest, then {@code ?after=<next>}; {@code next} is absent after the last page. Filters: {@code state},
     * {@code answerDue=true}, {@code toImplement=true} (a communicated Resolution whose implementation report is not yet
     * made, R-PLAT.4), {@code receivedFrom} and {@code receivedTo} (Geneva dates, both included). Each item
     * says what the caller must do next ({@code nextAction}) and by when ({@code dueDate}). A bad value is 400
     * naming its parameter.
     */
    @Operation(
            operationId = "listProcedures",
            summary =
                    "The Procedures the caller takes part in, newest first by keyset, with filters and each one's next action (R-PLAT.1, R-13.1, R-ACC.2)")
    @GET
    @Path("/mine")
    public Page<ProcedureSummary> mine(
            @QueryParam("after") String after,
            @QueryParam("size") String size,
            @QueryParam("state") String state,
            @QueryParam("answerDue") String answerDue,
            @QueryParam("toImplement") String toImplement,
            @QueryParam("receivedFrom") String receivedFrom,
            @QueryParam("receivedTo") String receivedTo) {
        return procedures.myProcedures(CaseloadQuery.parse(
                after, CaseloadQuery.size(size), state, answerDue, toImplement, receivedFrom, receivedTo));
    }

    /** Staff: how many procedures there are, {@code {"total": n}}. */
    @Operation(operationId = "countProcedures", summary = "Staff: how many Procedures there are")
    @GET
    @Path("/count")
    public java.util.Map<String, Long> count() {
        return java.util.Map.of("total", procedures.countProcedures());
    }

    /** The caller's language from Accept-Language among those Concord speaks; English by default. */
    static Locale localeOf(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> SUPPORTED_LANGUAGES.contains(l.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw new NotFound();
        }
    }
}
