package org.concord.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.domain.NotFound;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.procedure.Communication;
import org.concord.domain.procedure.ExternalDisclosure;
import org.concord.domain.procedure.NextStep;
import org.concord.service.Links;
import org.concord.service.conduct.CommunicationForm;
import org.concord.service.conduct.ConductService;
import org.concord.service.conduct.ExternalDisclosureForm;
import org.concord.service.conduct.FileEntry;
import org.concord.service.fee.AnswerRequirements;
import org.concord.service.fee.FeeService;
import org.concord.service.procedure.AnswerForm;
import org.concord.service.procedure.CommencementForm;
import org.concord.service.procedure.LanguageForm;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureView;
import org.concord.service.procedure.RespondingPartyChoice;
import org.concord.service.procedure.TerminationForm;

/** One Procedure's page, for its circle only; anyone else gets the same 404 page as for a wrong id. */
@Named
@ViewScoped
@ShowsRefusals
public class ProcedureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureService procedures;

    @Inject
    private ConductService conduct;

    @Inject
    private FeeService fees;

    private String id;
    private ProcedureView procedure;
    private CommencementForm commencement = new CommencementForm();
    private List<RespondingPartyChoice> choices;
    private AnswerForm answer = new AnswerForm();
    private LanguageForm language = new LanguageForm();
    /** One key per page: a second click files the Answer once (the Idempotency-Key of the API). */
    private final String answerKey = "form-" + UUID.randomUUID();

    private transient Part answerAnnex;

    private final TerminationForm termination = new TerminationForm();
    private CommunicationForm communication = new CommunicationForm();
    private Communication.Kind communicationKind = Communication.Kind.MESSAGE;
    private transient Part communicationAnnex;
    private List<FileEntry> file;
    private AnswerRequirements answerRequirements;
    private ExternalDisclosureForm externalDisclosure = new ExternalDisclosureForm();

    public void load() throws IOException {
        try {
            procedure = procedures.getProcedure(UUID.fromString(String.valueOf(id)));
        } catch (NotFound | IllegalArgumentException hidden) {
            ErrorPages.send(404);
            return;
        }
        if (procedure.may().commence()) {
            // R-ACC.2, R-SOR.1: the platform matched by the Procedure's platform name is pre-selected.
            choices = procedures.respondingPartyChoices(procedure.id());
            choices.stream()
                    .filter(RespondingPartyChoice::matched)
                    .findFirst()
                    .ifPresent(c -> commencement.setOrganisation(c.id().toString()));
        }
        loadAnswerRequirements();
    }

    /** R-PLAT.1: the Responding Party is told what filing its Answer asks before it files. */
    private void loadAnswerRequirements() {
        answerRequirements = procedure.may().fileAnswer() && procedure.may().readAnswerRequirements()
                ? fees.answerRequirements(procedure.id())
                : null;
    }

    /** R-PLAT.1, R-17.2: what filing the Answer asks, while the caller may file it; else {@code null}. */
    public AnswerRequirements getAnswerRequirements() {
        return answerRequirements;
    }

    /** the word and document limits of the Answer, in the view's language. */
    public String answerLimits() {
        return Messages.text(
                "answerRequirements.limits", answerRequirements.wordLimit(), answerRequirements.annexLimit());
    }

    /** whether filing now holds the Answer for the fees outstanding, in the view's language. */
    public String answerFeeStanding() {
        return answerRequirements.heldUntilPaid()
                ? Messages.text(
                        "answerRequirements.held",
                        money(answerRequirements.outstanding(), answerRequirements.currency()))
                : Messages.text("answerRequirements.paid");
    }

    /** An amount of money in the view's language with its currency ("1,000.00 EUR", "1 000,00 EUR"). */
    public String money(BigDecimal amount, String currency) {
        return Messages.text("money", amount, currency);
    }

    /** R-6, R-ACC.2: the platform organisations staff may commence against, the matched one first. */
    public List<RespondingPartyChoice> getRespondingPartyChoices() {
        return choices == null ? List.of() : choices;
    }

    /** Staff commence the Procedure; a refusal is shown next to the field or at the top. */
    public String commence() {
        procedures.commence(procedure.id(), commencement);
        Messages.info("commence.done");
        return reload();
    }

    /** The Center or the Neutral ends the Procedure on a ground of Article 15; the fees follow. */
    public String terminate() {
        procedures.terminate(procedure.id(), termination);
        Messages.info("terminate.done");
        return reload();
    }

    /** The procedure file, as the caller may see it. */
    public List<FileEntry> getFile() {
        if (file == null && procedure != null) {
            file = conduct.file(procedure.id());
        }
        return file;
    }

    /** Sends what the form holds, as the kind chosen among {@code may.communicationKinds}. */
    public String communicate() {
        communication.setAnnexes(new ArrayList<>(Uploads.annex(DocumentKind.ANNEX, communicationAnnex, "/annexes/0")));
        UUID id = procedure.id();
        switch (communicationKind) {
            case OBJECTION -> conduct.object(id, communication);
            case TRANSLATION_ORDER -> conduct.orderTranslation(id, communication);
            case SETTLEMENT_SUGGESTION -> conduct.suggestSettlement(id, communication);
            case EX_PARTE_DETERMINATION -> conduct.allowExParte(id, communication);
            case BAD_FAITH_REPORT -> conduct.reportBadFaith(id, communication);
            case MESSAGE -> conduct.message(id, communication);
        }
        Messages.info("communication.sent");
        return reload();
    }

    /** records a disclosure outside the circle. */
    public String recordExternalDisclosure() {
        conduct.recordExternalDisclosure(procedure.id(), externalDisclosure);
        Messages.info("externalDisclosure.recorded");
        return reload();
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

    public Communication.Kind getCommunicationKind() {
        return communicationKind;
    }

    public void setCommunicationKind(Communication.Kind communicationKind) {
        this.communicationKind = communicationKind;
    }

    public Part getCommunicationAnnex() {
        return communicationAnnex;
    }

    public void setCommunicationAnnex(Part communicationAnnex) {
        this.communicationAnnex = communicationAnnex;
    }

    public Communication.Author[] getAuthors() {
        return new Communication.Author[] {
            Communication.Author.REQUESTING_PARTY, Communication.Author.RESPONDING_PARTY, Communication.Author.NEUTRAL
        };
    }

    public TerminationForm getTermination() {
        return termination;
    }

    /** The Responding Party answers; every missing item is marked at its field. */
    public String fileAnswer() {
        answer.setAnnexes(new ArrayList<>(Uploads.annex(DocumentKind.ANNEX, answerAnnex, "/annexes/0")));
        procedures.fileAnswer(procedure.id(), answer, answerKey);
        Messages.info("answer.filed");
        return reload();
    }

    /** The Neutral determines the language. */
    public String determineLanguage() {
        procedures.determineLanguage(procedure.id(), language);
        Messages.info("language.determined");
        return reload();
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
        return code == null
                ? ""
                : Locale.forLanguageTag(code)
                        .getDisplayLanguage(
                                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The three explanations {@code LanguageChoice.propose} gives for Concord's proposal, as stored. */
    private static final Pattern PROPOSED_CONTENT =
            Pattern.compile("the content's language, an official language of (\\S+) or English \\(R-4\\.1\\)");

    private static final Pattern PROPOSED_FIRST =
            Pattern.compile("the first official language of (\\S+) \\(R-4\\.1\\)");

    /**
     * Issue 24: a file entry's flag in the viewer's words ({@code fileFlag.<word>}), with the Geneva date that a
     * communication's flags carry ({@code knewOn 2026-12-04}, {@code due 2026-12-04}) in the viewer's format.
     */
    public String flagText(FileEntry entry) {
        String[] parts = entry.flag().split(" ", 2);
        return parts.length == 2
                ? Messages.text(
                        "fileFlag." + parts[0] + ".on",
                        When.format(
                                LocalDate.parse(parts[1]),
                                FacesContext.getCurrentInstance().getViewRoot().getLocale()))
                : Messages.text("fileFlag." + parts[0]);
    }

    /**
     * Issue 24: why the language was chosen, in the page's language. Concord's proposal (no one decided) is one of the
     * explanations {@code LanguageChoice} gives, said again through the bundles; a Neutral's reason is shown as written.
     */
    public String languageReason() {
        ProcedureView.LanguageView language = procedure.language();
        String reason = language.reason();
        if (reason == null || language.decidedBy() != null) {
            return reason;
        }
        Matcher content = PROPOSED_CONTENT.matcher(reason);
        if (content.matches()) {
            return Messages.text("language.reason.content", countryName(content.group(1)));
        }
        Matcher first = PROPOSED_FIRST.matcher(reason);
        if (first.matches()) {
            return Messages.text("language.reason.first", countryName(first.group(1)));
        }
        return "English (R-4.1)".equals(reason) ? Messages.text("language.reason.english") : reason;
    }

    /**
     * Issue 24: a country of domicile by its name in the page's language ("FR" → "France"), a subdivision's code kept
     * beside it ("DE-BY" → "Germany (DE-BY)").
     */
    public String countryName(String code) {
        if (code == null || code.length() < 2) {
            return code == null ? "" : code;
        }
        String name = new Locale("", code.substring(0, 2))
                .getDisplayCountry(
                        FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return code.length() > 2 ? name + " (" + code + ")" : name;
    }

    public CommencementForm getCommencement() {
        return commencement;
    }

    /**
     * Issue 24: the date of the overview's next step in the page's language: "by 26 January 2027" for what is due, "on
     * 15 January 2027" for the end, or for an implementation report that was due then; "— late: it was due on 19
     * February 2026" for a step whose date has passed.
     */
    public String nextStepDate() {
        ProcedureView.NextStepView step = procedure.nextStep();
        boolean on = step.end() || step.kind() == NextStep.Kind.IMPLEMENTATION_OVERDUE;
        return Messages.text(
                step.late() ? "nextStep.late" : on ? "nextStep.on" : "nextStep.by",
                When.format(
                        step.date(),
                        FacesContext.getCurrentInstance().getViewRoot().getLocale()));
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

    /**
     * Issue 24, post/redirect/get: where every successful action of this page (and of its parts: appointment,
     * resolution, implementation) ends, the page's own address. The browser reads it with a GET, so a reload or a
     * bookmark shows the Procedure as it now is and never repeats the action; the action's message is carried across
     * the redirect ({@link Messages}). A refused action ends with no outcome and stays on the page with its input
     * ({@link RefusalInterceptor}).
     */
    String reload() {
        return Links.redirect(Links.procedure(procedure.id()));
    }
}
