package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concord.domain.RuleViolation;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.ProcedureState;
import org.concord.service.procedure.ConsolePage;
import org.concord.service.procedure.ConsoleQuery;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureSummary;

/**
 * Issue 24: the staff console's list of every Procedure, searched, filtered and ordered as the page's address says
 * (a GET form: the address reproduces the list), a page at a time by keyset: "Next page" is a link carrying the
 * cursor, "First page" one without it. The query is the service's ({@link ConsoleQuery}); this bean only carries the
 * parameters there and the page back. A bad parameter is shown at its field, naming it, with an empty list.
 */
@Named
@RequestScoped
public class ConsoleProceduresBacking {

    @Inject
    private ProcedureService procedures;

    /** The parameters as given, by name ({@link ConsoleQuery#NAMES}). */
    private final Map<String, String> given = new HashMap<>();

    private ConsoleQuery query;
    private ConsolePage page;
    private String invalidField;
    private String invalidMessage;
    private List<ConsolePage.Neutral> neutrals;

    /** Reads the list the parameters ask for; a refused parameter leaves it empty and says which and why. */
    public void load() {
        try {
            query = ConsoleQuery.parse(given::get);
            page = procedures.consoleProcedures(query);
        } catch (RuleViolation refused) {
            invalidField = refused.field() == null ? "q" : refused.field().substring(1);
            invalidMessage =
                    Messages.text(refused.messageKey(), refused.arguments().toArray());
            page = new ConsolePage(List.of(), null, false);
        }
    }

    public List<ProcedureSummary> getProcedures() {
        return page.items();
    }

    public boolean isNamesCut() {
        return page.namesCut();
    }

    public boolean isHasNext() {
        return page.next() != null;
    }

    /** Whether this is a later page (a cursor was followed): "First page" leads back. */
    public boolean isLaterPage() {
        return query != null && query.after() != null;
    }

    /** The address of the next page: this list's parameters and the cursor. */
    public String getNextUrl() {
        return url(query.parameters(page.next()));
    }

    /** The address of this list's first page. */
    public String getFirstUrl() {
        return url(query.parameters(null));
    }

    public boolean isNarrowed() {
        return query != null && query.narrowed();
    }

    /** The field a refused parameter names ({@code q}, {@code state}, …), or {@code null}. */
    public String getInvalidField() {
        return invalidField;
    }

    /** What is wrong with it, in the page's language. */
    public String getInvalidMessage() {
        return invalidMessage;
    }

    /** The label of the refused field, in the page's language. */
    public String getInvalidLabel() {
        return invalidField == null ? null : Messages.text("console.search.field." + invalidField);
    }

    /** Whether {@code field} is the refused one (its {@code aria-invalid}). */
    public boolean invalid(String field) {
        return field.equals(invalidField);
    }

    public List<ProcedureState> getStates() {
        return Arrays.asList(ProcedureState.values());
    }

    public List<Matter> getMatters() {
        return Arrays.asList(Matter.values());
    }

    public List<ConsoleQuery.Sort> getSorts() {
        return Arrays.asList(ConsoleQuery.Sort.values());
    }

    public List<ConsolePage.Neutral> getNeutrals() {
        if (neutrals == null) {
            neutrals = procedures.consoleNeutrals();
        }
        return neutrals;
    }

    private String given(String name) {
        return given.get(name);
    }

    private static String url(Map<String, String> parameters) {
        FacesContext context = FacesContext.getCurrentInstance();
        String path = context.getExternalContext().getRequestContextPath() + "/console/procedures.xhtml";
        if (parameters.isEmpty()) {
            return path;
        }
        return path + "?"
                + parameters.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    // The view parameters, as text: the service parses them.

    public String getQ() {
        return given("q");
    }

    public void setQ(String value) {
        given.put("q", value);
    }

    public String getState() {
        return given("state");
    }

    public void setState(String value) {
        given.put("state", value);
    }

    public String getMatter() {
        return given("matter");
    }

    public void setMatter(String value) {
        given.put("matter", value);
    }

    public String getHeld() {
        return given("held");
    }

    public void setHeld(String value) {
        given.put("held", value);
    }

    public String getOverdue() {
        return given("overdue");
    }

    public void setOverdue(String value) {
        given.put("overdue", value);
    }

    public String getLanguage() {
        return given("language");
    }

    public void setLanguage(String value) {
        given.put("language", value);
    }

    public String getNeutral() {
        return given("neutral");
    }

    public void setNeutral(String value) {
        given.put("neutral", value);
    }

    public String getFrom() {
        return given("from");
    }

    public void setFrom(String value) {
        given.put("from", value);
    }

    public String getTo() {
        return given("to");
    }

    public void setTo(String value) {
        given.put("to", value);
    }

    public String getSort() {
        return given("sort");
    }

    public void setSort(String value) {
        given.put("sort", value);
    }

    public String getAfter() {
        return given("after");
    }

    public void setAfter(String value) {
        given.put("after", value);
    }

    public String getSize() {
        return given("size");
    }

    public void setSize(String value) {
        given.put("size", value);
    }

    /** Whether the page shows {@code value} as chosen for {@code name} (a select's option, a checkbox). */
    public boolean chosen(String name, Object value) {
        String text = given(name);
        return text != null && value != null && text.strip().equalsIgnoreCase(value.toString());
    }
}
