package org.concord.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.NotFound;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.RequesterCapacity;
import org.concord.domain.procedure.Restriction;
import org.concord.domain.procedure.WordCount;
import org.concord.domain.sor.SorProblem;
import org.concord.service.Links;
import org.concord.service.procedure.AnnexForm;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureView;
import org.concord.service.procedure.RequestForm;
import org.concord.service.sor.InvalidStatement;
import org.concord.service.sor.StatementDraft;
import org.concord.service.sor.StatementService;

/**
 * The portal's Request form: first the platform's Statement of Reasons, pasted or uploaded (R-SOR.1) or
 * handed over by the platform as {@code ?statement=<id>}, prefills the form; then every item of Article 5(b) with
 * its annexes. The server says every missing item at once, next to its field.
 */
@Named
@ViewScoped
@ShowsRefusals
public class FileRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_STATEMENT_BYTES = 1_000_000;

    @Inject
    private ProcedureService procedures;

    @Inject
    private StatementService statements;

    private final RequestForm request = new RequestForm();
    private String[] restrictions = new String[0];
    private final List<String> annexInputs = new ArrayList<>();
    /** One key per page: a second click or a browser resubmission of the same form files nothing new. */
    private final String submissionKey = "form-" + UUID.randomUUID();

    private String statementJson;
    private StatementDraft draft;
    private List<SorProblem> statementErrors = List.of();
    private List<SorProblem> statementWarnings = List.of();

    private transient Part statementFile;
    private transient Part notice;
    private transient Part statementCopy;
    private transient Part ichsDecision;
    private transient Part otherAnnex;

    @PostConstruct
    void init() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        // R-M5: a Request started from the case analysis comes with the dispute's description.
        String description = parameters.get("description");
        if (description != null && !description.isBlank() && request.getDescription() == null) {
            request.setDescription(description.strip());
        }
        String id = parameters.get("statement");
        if (id != null && !id.isBlank()) {
            try {
                prefill(statements.draft(UUID.fromString(id)));
            } catch (NotFound | IllegalArgumentException gone) {
                Messages.error(null, "sor.draftUnavailable");
            }
        }
    }

    /**
     * R-SOR.1: reads the pasted or uploaded Statement; every violation is listed with its attribute, and the warnings
     * of a refused one with them. A valid one prefills the form, its matched platform shown as the Responding Party
     * (R-ACC.2); a valid batch is stored in the background and its page follows it (issue 24).
     */
    public String importStatement() {
        String json = statementJson;
        try {
            if (statementFile != null && statementFile.getSize() > 0) {
                byte[] bytes = statementFile.getSize() > MAX_STATEMENT_BYTES
                        ? null
                        : Uploads.bytes(statementFile, MAX_STATEMENT_BYTES);
                if (bytes == null) {
                    Messages.error("statement:file", "sor.tooLarge");
                    return null;
                }
                json = new String(bytes, StandardCharsets.UTF_8);
            }
            StatementService.PortalImport imported = statements.importInPortal(json == null ? "" : json);
            statementErrors = List.of();
            statementWarnings = List.of();
            if (imported.batch() != null) {
                return "/portal/statement-batch?faces-redirect=true&id=" + imported.batch();
            }
            prefill(imported.draft());
        } catch (InvalidStatement invalid) {
            draft = null;
            statementErrors = invalid.problems();
            statementWarnings = invalid.warnings();
            Messages.error("statement:json", "sor.invalid", invalid.problems().size());
        } catch (Uploads.Unreadable unreadable) {
            Messages.error("statement:file", "sor.unreadable");
        }
        return null;
    }

    private void prefill(StatementDraft statement) {
        draft = statement;
        request.setStatementOfReasons(statement.id().toString());
        request.setPlatformName(statement.platformName());
        request.setPlatformReference(statement.puid());
        restrictions = statement.restrictions().stream().map(Enum::name).toArray(String[]::new);
        if (statement.suggestedMatter() != null) {
            request.setMatter(statement.suggestedMatter());
        }
    }

    /** Files the Request; a refusal or every missing item is shown at its field ({@link ShowsRefusals}). */
    public String submit() {
        List<AnnexForm> annexes = new ArrayList<>();
        annexInputs.clear();
        add(annexes, DocumentKind.NOTICE, notice, "notice");
        add(annexes, DocumentKind.STATEMENT_OF_REASONS, statementCopy, "statementOfReasons");
        add(annexes, DocumentKind.ICHS_DECISION, ichsDecision, "ichsDecision");
        add(annexes, DocumentKind.ANNEX, otherAnnex, "annex");
        request.setAnnexes(annexes);
        request.setRestrictions(Arrays.stream(restrictions)
                .map(Restriction::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Restriction.class))));
        ProcedureView filed = procedures.fileRequest(request, submissionKey).procedure();
        Messages.info("request.filed", filed.reference());
        return Links.redirect(Links.procedure(filed.id()));
    }

    private void add(List<AnnexForm> annexes, DocumentKind kind, Part part, String input) {
        if (Uploads.chosen(part)) {
            annexInputs.add(input);
            annexes.addAll(Uploads.annex(kind, part, annexField(input)));
        }
    }

    /**
     * The pointer a file input holds in the filed form: {@code /annexes/2} is the third input that carried a file
     * (the page sets it as the input's {@code field}, so a refusal of that annex is shown there).
     */
    public String annexField(String input) {
        int index = annexInputs.indexOf(input);
        return index < 0 ? null : "/annexes/" + index;
    }

    public RequestForm getRequest() {
        return request;
    }

    public String[] getRestrictions() {
        return restrictions;
    }

    public void setRestrictions(String[] restrictions) {
        this.restrictions = restrictions == null ? new String[0] : restrictions;
    }

    public StatementDraft getDraft() {
        return draft;
    }

    /**
     * Issue 24, R-SOR.1: the imported Statement's keywords in words ({@code sorKeyword.*}), comma-separated; a code the
     * bundles do not know is shown as the platform sent it, and an empty list reads "None".
     */
    public String getKeywordsText() {
        if (draft == null || draft.keywords().isEmpty()) {
            return Messages.text("sor.keywords.none");
        }
        return draft.keywords().stream()
                .map(code -> Messages.textOr("sorKeyword." + code, code))
                .collect(Collectors.joining(", "));
    }

    public List<SorProblem> getStatementErrors() {
        return statementErrors;
    }

    /** R-SOR.1: the warnings found in a refused Statement, listed with its errors so that one round shows all. */
    public List<SorProblem> getStatementWarnings() {
        return statementWarnings;
    }

    /**
     * What an error or a warning about the Statement says in the view's language (R-SOR.1, R-SOR.2): its key and
     * arguments from the pages' bundle, the same text the API gives.
     */
    public String problemText(SorProblem problem) {
        return Messages.text(problem.key(), problem.arguments().toArray());
    }

    public String getStatementJson() {
        return statementJson;
    }

    public void setStatementJson(String statementJson) {
        this.statementJson = statementJson;
    }

    public Part getStatementFile() {
        return statementFile;
    }

    public void setStatementFile(Part statementFile) {
        this.statementFile = statementFile;
    }

    public Part getNotice() {
        return notice;
    }

    public void setNotice(Part notice) {
        this.notice = notice;
    }

    public Part getStatementCopy() {
        return statementCopy;
    }

    public void setStatementCopy(Part statementCopy) {
        this.statementCopy = statementCopy;
    }

    public Part getIchsDecision() {
        return ichsDecision;
    }

    public void setIchsDecision(Part ichsDecision) {
        this.ichsDecision = ichsDecision;
    }

    public Part getOtherAnnex() {
        return otherAnnex;
    }

    public void setOtherAnnex(Part otherAnnex) {
        this.otherAnnex = otherAnnex;
    }

    public Matter[] getMatters() {
        return Matter.values();
    }

    public RequesterCapacity[] getCapacities() {
        return RequesterCapacity.values();
    }

    public Restriction[] getRestrictionTypes() {
        return Restriction.values();
    }

    public int getWordLimit() {
        return WordCount.LIMIT;
    }
}
