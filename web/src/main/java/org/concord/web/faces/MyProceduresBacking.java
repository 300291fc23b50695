package org.concord.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.concord.domain.organisation.OrganisationKind;
import org.concord.domain.procedure.ProcedureState;
import org.concord.service.Page;
import org.concord.service.organisation.OrganisationService;
import org.concord.service.organisation.OrganisationView;
import org.concord.service.procedure.CaseloadQuery;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureSummary;

/**
 * The portal's list (R-PLAT.1): the procedures the signed-in Party or Neutral takes part in, newest first, a page at a
 * time by keyset, never counted: "Older" follows the page's cursor, "Newer" goes back the way it came. Filters: the
 * state, "Answer due", received between two dates (Geneva, both included); a bad one is shown at its field.
 */
@Named
@ViewScoped
@ShowsRefusals
public class MyProceduresBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @Inject
    private ProcedureService procedures;

    @Inject
    private OrganisationService organisations;

    private List<OrganisationView.Summary> organisationsOfMine;

    /** The cursors of the pages before this one ({@code ""} for the newest). */
    private final Deque<String> newer = new ArrayDeque<>();

    private String current = "";
    private Page<ProcedureSummary> page;

    private String state;
    private boolean answerDue;
    private boolean toImplement;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;

    /** The filters in force, as text: those of the last "Filter" that was accepted (none at first). */
    private String[] applied = new String[5];

    @PostConstruct
    void load() {
        page = procedures.myProcedures(CaseloadQuery.first(PAGE_SIZE));
        organisationsOfMine = organisations.mine();
    }

    /** Applies the filters from the newest matching procedure on; a bad value is shown at its field. */
    public void filter() {
        String[] asked = {
            state, answerDue ? "true" : null, toImplement ? "true" : null, text(receivedFrom), text(receivedTo)
        };
        page = procedures.myProcedures(query("", asked));
        applied = asked;
        newer.clear();
        current = "";
    }

    /** Issue 24: a link from the work queue names its filters; they apply as if "Filter" had been pressed. */
    public void linked() {
        if ((state != null && !state.isBlank()) || answerDue || toImplement) {
            filter();
        }
    }

    public void older() {
        if (page.next() != null) {
            newer.push(current);
            current = page.next();
            show();
        }
    }

    public void newer() {
        if (!newer.isEmpty()) {
            current = newer.pop();
            show();
        }
    }

    private void show() {
        page = procedures.myProcedures(query(current, applied));
    }

    private static CaseloadQuery query(String after, String[] filters) {
        return CaseloadQuery.parse(after, PAGE_SIZE, filters[0], filters[1], filters[2], filters[3], filters[4]);
    }

    /** R-ACC.2: the organisations the caller acts for; their Procedures are in the list above. */
    public List<OrganisationView.Summary> getOrganisations() {
        return organisationsOfMine;
    }

    public List<ProcedureSummary> getProcedures() {
        return page.items();
    }

    public boolean isHasOlder() {
        return page.next() != null;
    }

    public boolean isHasNewer() {
        return !newer.isEmpty();
    }

    public int getPageNumber() {
        return newer.size() + 1;
    }

    public List<ProcedureState> getStates() {
        return Arrays.asList(ProcedureState.values());
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    /** R-PLAT.4: only the Procedures whose communicated Resolution awaits the implementation report. */
    public boolean isToImplement() {
        return toImplement;
    }

    public void setToImplement(boolean toImplement) {
        this.toImplement = toImplement;
    }

    /**
     * Whether the caller acts for an online platform (R-ACC.2): the portal speaks to it as the Responding Party and
     * does not offer it to file a Request (issue 23).
     */
    public boolean isActsForPlatform() {
        return organisationsOfMine.stream().anyMatch(o -> o.kind() == OrganisationKind.ONLINE_PLATFORM);
    }

    public boolean isAnswerDue() {
        return answerDue;
    }

    public void setAnswerDue(boolean answerDue) {
        this.answerDue = answerDue;
    }

    public LocalDate getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(LocalDate receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    public LocalDate getReceivedTo() {
        return receivedTo;
    }

    public void setReceivedTo(LocalDate receivedTo) {
        this.receivedTo = receivedTo;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
