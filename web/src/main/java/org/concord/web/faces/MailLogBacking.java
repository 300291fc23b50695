package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concord.domain.RuleViolation;
import org.concord.domain.mail.OutboundMail;
import org.concord.service.Page;
import org.concord.service.mail.MailLog;
import org.concord.service.mail.MailLogEntry;

/**
 * Issue 24: the administrators' mail log (the outbox), filtered by recipient and status as the page's address says
 * (a GET form), a page at a time by keyset: "Next page" is a link carrying the cursor, as on the console's list of
 * Procedures. Whether the text is shown is the service's answer (demo mode), not this bean's.
 */
@Named
@RequestScoped
public class MailLogBacking {

    @Inject
    private MailLog log;

    private String recipient;
    private String status;
    private String after;
    private String size;
    private Page<MailLogEntry> result;
    private boolean bodies;
    private String invalidField;
    private String invalidMessage;

    public void load() {
        bodies = log.showsBodies();
        try {
            result = log.search(recipient, status, after, size);
        } catch (RuleViolation refused) {
            invalidField = refused.field() == null ? "status" : refused.field().substring(1);
            invalidMessage =
                    Messages.text(refused.messageKey(), refused.arguments().toArray());
            result = Page.after(List.of(), null);
        }
    }

    /**
     * The page's mails. On a postback (the header's language switch) the list is visited while the request's values
     * are applied, before the view action has read it: nothing yet, rather than a 500 page (issue 24).
     */
    public List<MailLogEntry> getMails() {
        return result == null ? List.of() : result.items();
    }

    public boolean isHasNext() {
        return result != null && result.next() != null;
    }

    public boolean isLaterPage() {
        return after != null && !after.isBlank();
    }

    /** Whether the page shows the mails' text (demo mode only). */
    public boolean isBodies() {
        return bodies;
    }

    public boolean isNarrowed() {
        return !blank(recipient) || !blank(status);
    }

    /** The address of the next page: this list's filters and the cursor. */
    public String getNextUrl() {
        return url(result.next());
    }

    /** The address of this list's first page. */
    public String getFirstUrl() {
        return url(null);
    }

    public List<OutboundMail.Status> getStatuses() {
        return Arrays.asList(OutboundMail.Status.values());
    }

    /** Whether {@code value} is the status chosen in the filter. */
    public boolean chosen(Object value) {
        return !blank(status) && value != null && status.strip().equalsIgnoreCase(value.toString());
    }

    public String getInvalidField() {
        return invalidField;
    }

    public String getInvalidMessage() {
        return invalidMessage;
    }

    public String getInvalidLabel() {
        return invalidField == null ? null : Messages.text("mailLog.field." + invalidField);
    }

    public boolean invalid(String field) {
        return field.equals(invalidField);
    }

    private String url(String cursor) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!blank(recipient)) {
            parameters.put("recipient", recipient.strip());
        }
        if (!blank(status)) {
            parameters.put("status", status.strip());
        }
        if (!blank(size)) {
            parameters.put("size", size.strip());
        }
        if (cursor != null) {
            parameters.put("after", cursor);
        }
        String path = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/console/mail-log.xhtml";
        if (parameters.isEmpty()) {
            return path;
        }
        return path + "?"
                + parameters.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }
}
