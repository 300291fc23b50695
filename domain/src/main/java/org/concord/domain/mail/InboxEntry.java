package org.concord.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.concord.domain.NotFound;

/**
 * Issue 24 (R-C1): a mail Concord sent to an address of an account, kept in that account's in-app inbox. It holds what
 * the mail held, subject and text, and no more: like the mail, a reference and a link, never the content of a filing.
 * It is written in the transaction that queues the mail, so the inbox and the outbox never disagree. Only its owner may
 * read it; to anyone else it does not exist, so {@link #requireReadableBy} throws the one {@link NotFound}.
 */
@Entity
@Table(name = "inbox_entry")
@NamedQuery(
        name = "InboxEntry.unreadCount",
        query = "select count(e) from InboxEntry e where e.owner = :owner and e.readAt is null")
@NamedQuery(
        name = "InboxEntry.markAllRead",
        query = "update InboxEntry e set e.readAt = :now where e.owner = :owner and e.readAt is null")
@NamedQuery(name = "InboxEntry.ofOwner", query = "select e from InboxEntry e where e.id = :id and e.owner = :owner")
@NamedQuery(name = "InboxEntry.eraseOf", query = "delete from InboxEntry e where e.owner = :owner")
public class InboxEntry {

    @Id
    private UUID id;

    /** The account whose inbox holds the entry (its id: the entry follows the account when its address changes). */
    @Column(name = "account_id", nullable = false)
    private UUID owner;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 10_000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxEntry() {}

    /** The copy, for {@code owner}'s inbox, of the mail with {@code subject} and {@code body} queued at {@code at}. */
    public InboxEntry(UUID owner, String subject, String body, Instant at) {
        this.id = UUID.randomUUID();
        this.owner = Objects.requireNonNull(owner, "owner");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** only the account the mail went to may read the entry. */
    public boolean mayRead(UUID viewer) {
        return owner.equals(viewer);
    }

    /** @throws NotFound when {@code viewer} may not read it: the same answer as for an entry that does not exist */
    public void requireReadableBy(UUID viewer) {
        if (!mayRead(viewer)) {
            throw new NotFound();
        }
    }

    /** The owner opened it (or said so): read from the first time on; later reads change nothing. */
    public void markRead(UUID viewer, Instant now) {
        requireReadableBy(viewer);
        if (readAt == null) {
            readAt = Objects.requireNonNull(now, "now");
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID owner() {
        return owner;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
