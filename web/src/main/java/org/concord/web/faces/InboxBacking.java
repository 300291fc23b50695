package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.service.Links;
import org.concord.service.Page;
import org.concord.service.mail.Inbox;
import org.concord.service.mail.InboxEntryView;

/**
 * Issue 24 (R-C1): the caller's inbox, newest first, a page at a time by keyset ("Older" is a link carrying the
 * cursor, as in the mail log); {@code ?id=} shows one entry whole, which reads it. Another account's entry answers the
 * 404 of a missing one. "Mark all as read" posts and redirects to the list (post/redirect/get).
 */
@Named
@RequestScoped
public class InboxBacking {

    @Inject
    private Inbox inbox;

    private String id;
    private String after;
    private InboxEntryView entry;
    private Page<InboxEntryView> result = Page.after(List.of(), null);
    private boolean badCursor;

    public void load() throws IOException {
        if (id != null && !id.isBlank()) {
            try {
                entry = inbox.open(id);
            } catch (NotFound hidden) {
                ErrorPages.send(404);
            }
            return;
        }
        try {
            result = inbox.mine(after, Inbox.PAGE_SIZE);
        } catch (RuleViolation notACursor) {
            badCursor = true;
        }
    }

    public String markAllRead() {
        inbox.markAllRead();
        Messages.info("inbox.allRead");
        return Links.redirect(Links.inbox());
    }

    public InboxEntryView getEntry() {
        return entry;
    }

    public List<InboxEntryView> getItems() {
        return result.items();
    }

    public boolean isHasNext() {
        return result.next() != null;
    }

    public boolean isLaterPage() {
        return after != null && !after.isBlank();
    }

    public boolean isBadCursor() {
        return badCursor;
    }

    /** The address of the next (older) page. */
    public String getNextUrl() {
        return path() + "?after=" + URLEncoder.encode(result.next(), StandardCharsets.UTF_8);
    }

    public String getFirstUrl() {
        return path();
    }

    private static String path() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + Links.inbox();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }
}
