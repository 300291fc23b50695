package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concord.service.mail.Inbox;

/**
 * Issue 24: the header's inbox link, for a signed-in user: how many entries are unread (one indexed count, read once
 * per request, when the header is rendered, so after the page's own action) and the link's accessible name.
 */
@Named
@RequestScoped
public class InboxBadge {

    @Inject
    private Inbox inbox;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unreadCount();
        }
        return unread;
    }

    /** "Inbox, 3 unread", or "Inbox" when all is read. */
    public String getLabel() {
        long count = getUnread();
        return count == 0 ? Messages.text("nav.inbox") : Messages.text("nav.inboxUnread", String.valueOf(count));
    }
}
