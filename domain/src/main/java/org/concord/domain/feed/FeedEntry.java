package org.concord.domain.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * R-PLAT.1: one Procedure in one organisation's change feed, at the position of its latest change: a Procedure is in
 * the feed once, and a later change moves it to the end.
 */
@Entity
@Table(name = "procedure_feed")
@IdClass(FeedEntry.Key.class)
public class FeedEntry {

    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;

    @Id
    @Column(name = "procedure_id")
    private UUID procedureId;

    @Column(nullable = false)
    private long position;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected FeedEntry() {}

    public FeedEntry(UUID organisationId, UUID procedureId, long position, Instant changedAt) {
        this.organisationId = organisationId;
        this.procedureId = procedureId;
        this.position = position;
        this.changedAt = changedAt;
    }

    /** The Procedure changed again: it moves to {@code position}. */
    public void moveTo(long newPosition, Instant at) {
        this.position = newPosition;
        this.changedAt = at;
    }

    public UUID procedureId() {
        return procedureId;
    }

    public long position() {
        return position;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** The identity of an entry: the organisation and the Procedure. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID organisationId;
        private UUID procedureId;

        protected Key() {}

        public Key(UUID organisationId, UUID procedureId) {
            this.organisationId = organisationId;
            this.procedureId = procedureId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k
                    && Objects.equals(organisationId, k.organisationId)
                    && Objects.equals(procedureId, k.procedureId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, procedureId);
        }
    }
}
