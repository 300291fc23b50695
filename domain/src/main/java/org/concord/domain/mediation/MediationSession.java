package org.concord.domain.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A joint session the mediator scheduled, and when it was held: the first one held is the first meeting (R-M1). */
@Embeddable
public class MediationSession {

    @Column(name = "session_id", nullable = false)
    private UUID id;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "place", nullable = false, length = 500)
    private String place;

    @Column(name = "held_at")
    private Instant heldAt;

    protected MediationSession() {}

    MediationSession(Instant startsAt, String place) {
        this.id = UUID.randomUUID();
        this.startsAt = startsAt;
        this.place = place;
    }

    void held(Instant at) {
        this.heldAt = at;
    }

    public UUID id() {
        return id;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public String place() {
        return place;
    }

    public Optional<Instant> heldAt() {
        return Optional.ofNullable(heldAt);
    }
}
