package org.concord.domain.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * R-PLAT.1: the last position allocated in one organisation's change feed. A change takes the next position under
 * this row's write lock, held until its transaction ends, so that positions become visible in the order they were
 * given (see {@code org.concord.service.procedure.ProcedureFeed}).
 */
@Entity
@Table(name = "procedure_feed_head")
public class FeedHead {

    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(nullable = false)
    private long position;

    protected FeedHead() {}

    public FeedHead(UUID organisationId) {
        this.organisationId = organisationId;
    }

    /** The next position, now the last one given. */
    public long advance() {
        return ++position;
    }

    public long position() {
        return position;
    }
}
