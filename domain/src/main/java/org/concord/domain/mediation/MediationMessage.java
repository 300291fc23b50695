package org.concord.domain.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A message in a mediation. A joint message goes to the whole circle. A caucus message (R-M2) belongs to one side's
 * private channel with the mediator: only that side and the mediator read it, the Center included among those who do
 * not, until a Party or representative of that side releases it to the circle.
 */
@Entity
@Table(name = "mediation_message")
public class MediationMessage {

    /** Where a message goes. */
    public enum Channel {
        JOINT,
        CAUCUS
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mediation_id", nullable = false)
    private Mediation mediation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    /** The side whose caucus this is; none for a joint message. */
    @Enumerated(EnumType.STRING)
    @Column(name = "caucus_side", length = 20)
    private Side caucusSide;

    @Column(name = "author_email", nullable = false, length = 254)
    private String authorEmail;

    /** MEDIATOR, PARTY or REPRESENTATIVE; {@code null} for the Center. */
    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", length = 20)
    private MediationRole authorRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_side", length = 20)
    private Side authorSide;

    @Column(nullable = false, length = Mediation.MESSAGE_MAX_CHARS)
    private String text;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "released_by", length = 254)
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected MediationMessage() {}

    MediationMessage(
            Mediation mediation,
            Channel channel,
            Side caucusSide,
            String authorEmail,
            MediationRole authorRole,
            Side authorSide,
            String text,
            Instant sentAt) {
        this.id = UUID.randomUUID();
        this.mediation = mediation;
        this.channel = channel;
        this.caucusSide = caucusSide;
        this.authorEmail = authorEmail;
        this.authorRole = authorRole;
        this.authorSide = authorSide;
        this.text = text;
        this.sentAt = sentAt;
    }

    void release(String by, Instant at) {
        this.releasedBy = by;
        this.releasedAt = at;
    }

    public boolean isReleased() {
        return releasedAt != null;
    }

    /** Whether the whole circle reads it: a joint message, or a caucus message its side released. */
    public boolean isOpenToCircle() {
        return channel == Channel.JOINT || isReleased();
    }

    public UUID id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public Optional<Side> caucusSide() {
        return Optional.ofNullable(caucusSide);
    }

    public String authorEmail() {
        return authorEmail;
    }

    public Optional<MediationRole> authorRole() {
        return Optional.ofNullable(authorRole);
    }

    public Optional<Side> authorSide() {
        return Optional.ofNullable(authorSide);
    }

    public String text() {
        return text;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Optional<String> releasedBy() {
        return Optional.ofNullable(releasedBy);
    }

    public Optional<Instant> releasedAt() {
        return Optional.ofNullable(releasedAt);
    }
}
