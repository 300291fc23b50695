package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.concord.domain.security.SecurityEvent;
import org.concord.service.Links;
import org.concord.service.Page;
import org.concord.service.security.SecurityEventView;
import org.concord.service.security.SecurityLog;

/** R-SEC.7: the administrators' security log, filtered by account, type and days; the filters are in the URL. */
@Named
@RequestScoped
@ShowsRefusals
public class SecurityLogBacking {

    @Inject
    private SecurityLog log;

    @Size(max = 254)
    private String account;

    private SecurityEvent.Type type;
    private LocalDate from;
    private LocalDate to;
    private int page;
    private Page<SecurityEventView> result;

    public void load() {
        result = log.search(account, type, from, to, Math.max(0, page));
    }

    public String search() {
        return Links.redirect(Links.securityLog(account, type == null ? null : type.name(), from, to, 0));
    }

    /** Issue 24: the bundle prefixes of the codes a detail may carry ({@code role=CENTER_STAFF}, {@code scopes=READ,FILE}). */
    private static final Map<String, String> CODE_LABELS = Map.of("role", "role.", "scopes", "tokens.scopeShort.");

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final Pattern CODES = Pattern.compile("\\b(role|scopes)=([A-Z_]+(?:,[A-Z_]+)*)");

    /**
     * An entry's detail as the page shows it (issue 24): the log keeps its machine-readable {@code key=value} pairs,
     * the page writes their instants in the viewer's language and Geneva time and their codes through the bundles.
     */
    public String detail(String detail) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return detail(detail, locale, Messages::text);
    }

    /** {@link #detail(String)} in {@code locale}, the codes' labels from {@code labels} (a bundle key to its text). */
    static String detail(String detail, Locale locale, UnaryOperator<String> labels) {
        if (detail == null) {
            return "";
        }
        String dated = INSTANT.matcher(detail).replaceAll(m -> Matcher.quoteReplacement(instant(m.group(), locale)));
        return CODES.matcher(dated)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "="
                        + Arrays.stream(m.group(2).split(","))
                                .map(code -> labels.apply(CODE_LABELS.get(m.group(1)) + code))
                                .collect(Collectors.joining(" + "))));
    }

    private static String instant(String iso, Locale locale) {
        try {
            return When.format(Instant.parse(iso), locale);
        } catch (DateTimeParseException notAnInstant) {
            return iso;
        }
    }

    public List<SecurityEvent.Type> getTypes() {
        return List.of(SecurityEvent.Type.values());
    }

    public String getPreviousLink() {
        return Links.securityLog(account, type == null ? null : type.name(), from, to, Math.max(0, page - 1));
    }

    public String getNextLink() {
        return Links.securityLog(account, type == null ? null : type.name(), from, to, page + 1);
    }

    public Page<SecurityEventView> getResult() {
        return result;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public SecurityEvent.Type getType() {
        return type;
    }

    public void setType(SecurityEvent.Type type) {
        this.type = type;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
