package org.concord.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.io.Serializable;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.procedure.Communication;
import org.concord.domain.procedure.ItemsMissing;
import org.concord.domain.procedure.ExternalDisclosure;
import org.concord.domain.procedure.ResolutionOutcome;
import org.concord.domain.procedure.TerminationGround;
import org.concord.service.conduct.CommunicationForm;
import org.concord.service.conduct.ConductService;
import org.concord.service.conduct.ExternalDisclosureForm;
import org.concord.service.conduct.FileEntry;
import org.concord.service.resolution.ExtensionForm;
import org.concord.service.resolution.ResolutionForm;
import org.concord.service.resolution.ResolutionService;
import org.concord.domain.procedure.WordCount;
import org.concord.domain.procedure.NeutralAppointment;
import org.concord.service.appointment.AppointmentService;
import org.concord.service.appointment.CandidateListView;
import org.concord.service.appointment.DisclosureForm;
import org.concord.service.appointment.InvitationForm;
import org.concord.service.appointment.NeutralView;
import org.concord.service.appointment.ReasonForm;
import org.concord.service.procedure.AnnexForm;
import org.concord.service.procedure.AnswerForm;
import org.concord.service.procedure.IdempotencyConflict;
import org.concord.service.procedure.LanguageForm;
import org.concord.service.procedure.CommencementForm;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureView;
import org.concord.service.procedure.TerminationForm;

/** One Procedure's page, for its circle only; anyone else gets the same 404 page as for a wrong id. */
@Named
@ViewScoped
public class ProcedureBacking implements Serializable {

    /** How many of the ranked candidates the page shows (the API gives up to 1,000). */
    private static final int CANDIDATES_SHOWN = 20;

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureService procedures;

    @Inject
    private AppointmentService appointments;

    @Inject
    private ResolutionService resolutions;

    @Inject
    private ConductService conduct;

    private String id;
    private ProcedureView procedure;
    private CommencementForm commencement = new CommencementForm();
    private AnswerForm answer = new AnswerForm();
    private LanguageForm language = new LanguageForm();
    /** One key per page: a second click files the Answer once (the Idempotency-Key of the API). */
    private final String answerKey = "form-" + UUID.randomUUID();
    private transient Part answerAnnex;
    private final InvitationForm invitation = new InvitationForm();
    private final ReasonForm replacement = new ReasonForm();
    private final DisclosureForm disclosure = new DisclosureForm();
    private List<NeutralView> neutrals;

    private final ReasonForm override = new ReasonForm();

    private CandidateListView candidates;
    private ResolutionForm resolution;
    private final ExtensionForm extension = new ExtensionForm();
    private final TerminationForm termination = new TerminationForm();
    private CommunicationForm communication = new CommunicationForm();
    private String communicationKind = "MESSAGE";
    private transient Part communicationAnnex;
    private List<FileEntry> file;
    private ExternalDisclosureForm externalDisclosure = new ExternalDisclosureForm();

    public void load() throws IOException {
        try {
            procedure = procedures.getProcedure(UUID.fromString(String.valueOf(id)));
        } catch (NotFound | IllegalArgumentException hidden) {
            ErrorPages.send(404);
        }
    }

    /** Staff commence the Procedure; a refusal is shown next to the field or at the top. */
    public void commence() {
        try {
            procedure = procedures.commence(procedure.id(), commencement);
            commencement = new CommencementForm();
            Messages.info("commence.done");
        } catch (RuleViolation refused) {
            Messages.error(refused.field() == null ? null : "actions:" + refused.field(), refused.messageKey());
        }
    }

    /** The Center or the Neutral ends the Procedure on a ground of Article 15; the fees follow. */
    public void terminate() {
        try {
            procedure = procedures.terminate(procedure.id(), termination);
            Messages.info("terminate.done");
        } catch (RuleViolation refused) {
            Messages.error(refused.field() == null ? null : "termination:" + refused.field(), refused.messageKey());
        }
    }

    /** The grounds the caller may use now, for the termination form. */
    public List<TerminationGround> getTerminationGrounds() {
        return procedure.terminationGrounds();
    }

    /** The procedure file, as the caller may see it. */
    public List<FileEntry> getFile() {
        if (file == null && procedure != null) {
            file = conduct.file(procedure.id());
        }
        return file;
    }

    /** What the caller may write now: a message to everyone, and by role an objection or the Neutral's acts. */
    public List<String> getCommunicationKinds() {
        if (procedure.viewerRole() == null) {
            return List.of("MESSAGE");
        }
        return switch (procedure.viewerRole()) {
            case NEUTRAL -> List.of("MESSAGE", "TRANSLATION_ORDER", "SETTLEMENT_SUGGESTION", "EX_PARTE_DETERMINATION",
                    "BAD_FAITH_REPORT");
            case REQUESTING_PARTY, RESPONDING_PARTY -> List.of("MESSAGE", "OBJECTION");
            case REPRESENTATIVE -> List.of("MESSAGE");
        };
    }

    /** Sends what the form holds, as the kind chosen (R-11, R-16, R-4.2, 11(c), 11(f), 15(a)). */
    public void communicate() {
        try {
            communication.getAnnexes().clear();
            if (communicationAnnex != null && communicationAnnex.getSize() > 0) {
                try (InputStream in = communicationAnnex.getInputStream()) {
                    communication.getAnnexes().add(new AnnexForm(DocumentKind.ANNEX,
                            communicationAnnex.getSubmittedFileName(), in.readAllBytes()));
                }
            }
            UUID id = procedure.id();
            switch (communicationKind) {
                case "OBJECTION" -> conduct.object(id, communication);
                case "TRANSLATION_ORDER" -> conduct.orderTranslation(id, communication);
                case "SETTLEMENT_SUGGESTION" -> conduct.suggestSettlement(id, communication);
                case "EX_PARTE_DETERMINATION" -> conduct.allowExParte(id, communication);
                case "BAD_FAITH_REPORT" -> conduct.reportBadFaith(id, communication);
                default -> conduct.message(id, communication);
            }
            communication = new CommunicationForm();
            file = null;
            procedure = procedures.getProcedure(id);
            Messages.info("communication.sent");
        } catch (RuleViolation refused) {
            Messages.error(refused.field() == null ? null : "conduct:" + (refused.field().startsWith("annexes")
                    ? "annex" : refused.field()), refused.messageKey());
        } catch (IOException unreadable) {
            Messages.error(null, "document.unreadable");
        }
    }

    /** records a disclosure outside the circle. */
    public void recordExternalDisclosure() {
        try {
            conduct.recordExternalDisclosure(procedure.id(), externalDisclosure);
            externalDisclosure = new ExternalDisclosureForm();
            file = null;
            Messages.info("externalDisclosure.recorded");
        } catch (RuleViolation refused) {
            Messages.error(refused.field() == null ? null : "external:" + refused.field(), refused.messageKey());
        }
    }

    public ExternalDisclosureForm getExternalDisclosure() {
        return externalDisclosure;
    }

    public ExternalDisclosure.Ground[] getDisclosureGrounds() {
        return ExternalDisclosure.Ground.values();
    }

    public CommunicationForm getCommunication() {
        return communication;
    }

    public String getCommunicationKind() {
        return communicationKind;
    }

    public void setCommunicationKind(String communicationKind) {
        this.communicationKind = communicationKind;
    }

    public Part getCommunicationAnnex() {
        return communicationAnnex;
    }

    public void setCommunicationAnnex(Part communicationAnnex) {
        this.communicationAnnex = communicationAnnex;
    }

    public Communication.Author[] getAuthors() {
        return new Communication.Author[] {Communication.Author.REQUESTING_PARTY,
            Communication.Author.RESPONDING_PARTY, Communication.Author.NEUTRAL};
    }

    /** The Neutral saves the draft of the Resolution. */
    public void saveResolution() {
        try {
            procedure = resolutions.draft(procedure.id(), getResolution());
            Messages.info("resolution.saved");
        } catch (RuleViolation refused) {
            Messages.error(null, refused.messageKey());
        }
    }

    /** The Neutral signs the saved draft (R-14.1 (vi)). */
    public void signResolution() {
        try {
            procedure = resolutions.draft(procedure.id(), getResolution());
            procedure = resolutions.sign(procedure.id());
            Messages.info("resolution.signed");
        } catch (RuleViolation refused) {
            Messages.error(refused.field() == null ? null : "resolution:" + refused.field(), refused.messageKey());
        }
    }

    /** Staff communicate the signed Resolution to the Parties. */
    public void communicateResolution() {
        try {
            procedure = resolutions.communicate(procedure.id());
            Messages.info("resolution.communicated.done");
        } catch (RuleViolation refused) {
            Messages.error(null, refused.messageKey());
        }
    }

    /** Staff extend the Resolution period. */
    public void extendResolution() {
        try {
            procedure = resolutions.extend(procedure.id(), extension);
            Messages.info("resolution.extended");
        } catch (RuleViolation refused) {
            Messages.error(refused.field() == null ? null : "extension:" + refused.field(), refused.messageKey());
        }
    }

    /** The Neutral's draft, prefilled from what was saved. */
    public ResolutionForm getResolution() {
        if (resolution == null) {
            resolution = new ResolutionForm();
            ProcedureView.ResolutionView saved = procedure == null ? null : procedure.resolution();
            if (saved != null) {
                resolution.setDescription(saved.description());
                resolution.setRecommendation(saved.recommendation());
                resolution.setReasons(saved.reasons());
                resolution.setOutcome(saved.outcome());
            }
        }
        return resolution;
    }

    public ResolutionOutcome[] getOutcomes() {
        return ResolutionOutcome.values();
    }

    public ExtensionForm getExtension() {
        return extension;
    }

    public TerminationForm getTermination() {
        return termination;
    }

    /** The Responding Party answers; every missing item is marked at its field. */
    public void fileAnswer() {
        try {
            answer.getAnnexes().clear();
            if (answerAnnex != null && answerAnnex.getSize() > 0) {
                try (InputStream in = answerAnnex.getInputStream()) {
                    answer.getAnnexes().add(new AnnexForm(DocumentKind.ANNEX, answerAnnex.getSubmittedFileName(),
                            in.readAllBytes()));
                }
            }
            procedure = procedures.fileAnswer(procedure.id(), answer, answerKey);
            Messages.info("answer.filed");
        } catch (ItemsMissing incomplete) {
            incomplete.missing().forEach(m -> Messages.error("answer:" + m.field().substring(1), m.messageKey()));
        } catch (RuleViolation refused) {
            String field = refused.field() == null ? null
                    : "answer:" + (refused.field().startsWith("/annexes") ? "annex" : refused.field().substring(1));
            Messages.error(field, refused.messageKey(), WordCount.LIMIT);
        } catch (IdempotencyConflict | IOException retry) {
            Messages.error(null, "request.inProgress");
        }
    }

    /** Staff invite a Neutral. */
    public void invite() {
        try {
            procedure = appointments.invite(procedure.id(), invitation);
            Messages.info("appointment.invited");
        } catch (RuleViolation refused) {
            Messages.error(refused.field() == null ? null : "appointment:" + refused.field(), refused.messageKey());
        }
    }

    /** Staff replace the Neutral. */
    public void replace() {
        try {
            procedure = appointments.replace(procedure.id(), replacement);
            Messages.info("appointment.replaced");
        } catch (RuleViolation refused) {
            Messages.error(refused.field() == null ? null : "replacement:" + refused.field(), refused.messageKey());
        }
    }

    /** The Neutral discloses new circumstances (9(c)). */
    public void disclose() {
        try {
            procedure = appointments.disclose(procedure.id(), disclosure);
            Messages.info("disclosure.done");
        } catch (RuleViolation refused) {
            Messages.error(refused.field() == null ? null : "disclosure:" + refused.field(), refused.messageKey());
        }
    }

    /** Staff invite a candidate of the ranked list. */
    public void inviteCandidate(String email) {
        invitation.setNeutral(email);
        invite();
        candidates = null;
    }

    /** Staff let the invited candidate accept despite the conflicts found, saying why. */
    public void overrideConflicts() {
        try {
            procedure = appointments.overrideConflicts(procedure.id(), override);
            Messages.info("appointment.overridden");
        } catch (RuleViolation refused) {
            Messages.error(refused.field() == null ? null : "override:" + refused.field(), refused.messageKey());
        }
    }

    /** the first candidates ranked on 8(b), explained in the page's language; staff only. */
    public CandidateListView getCandidates() {
        if (candidates == null) {
            candidates = appointments.candidates(procedure.id(), CANDIDATES_SHOWN,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return candidates;
    }

    /** Whether a candidate's answer is awaited (one invitation at a time, R-8.1). */
    public boolean isInvitationPending() {
        return procedure.appointments().stream()
                .anyMatch(a -> a.status() == NeutralAppointment.Status.INVITED);
    }

    public ReasonForm getOverride() {
        return override;
    }

    /** The Center's list of neutrals, for the invitation. */
    public List<NeutralView> getNeutrals() {
        if (neutrals == null) {
            neutrals = appointments.neutrals();
        }
        return neutrals;
    }

    public InvitationForm getInvitation() {
        return invitation;
    }

    public ReasonForm getReplacement() {
        return replacement;
    }

    public DisclosureForm getDisclosure() {
        return disclosure;
    }

    /** The Neutral determines the language. */
    public void determineLanguage() {
        try {
            procedure = procedures.determineLanguage(procedure.id(), language);
            Messages.info("language.determined");
        } catch (RuleViolation refused) {
            Messages.error(refused.field() == null ? null : "language:" + refused.field(), refused.messageKey());
        }
    }

    public AnswerForm getAnswer() {
        return answer;
    }

    public LanguageForm getLanguage() {
        return language;
    }

    public Part getAnswerAnnex() {
        return answerAnnex;
    }

    public void setAnswerAnnex(Part answerAnnex) {
        this.answerAnnex = answerAnnex;
    }

    /** The language's name in the page's language, e.g. "français" → "French" for an English page. */
    public String languageName(String code) {
        return code == null ? "" : Locale.forLanguageTag(code).getDisplayLanguage(
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public CommencementForm getCommencement() {
        return commencement;
    }

    /** "12 days left", "Due today", "Passed 3 days ago", in the page's language. */
    public String countdown(ProcedureView.DeadlineView deadline) {
        long left = deadline.daysLeft();
        if (left == 0) {
            return Messages.text("deadline.today");
        }
        return left > 0 ? Messages.text("deadline.daysLeft", left) : Messages.text("deadline.passed", -left);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ProcedureView getProcedure() {
        return procedure;
    }
}
