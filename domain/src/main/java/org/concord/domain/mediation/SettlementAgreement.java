package org.concord.domain.mediation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.document.Document;

/**
 * R-M3: a version of the settlement agreement, a stored document (R-C2) that a Party, a representative or the
 * mediator proposed. Each side accepts it by its SHA-256, so that what was accepted is exactly what was stored; a
 * newer version replaces it, and acceptances of an older version count for nothing.
 */
@Entity
@Table(name = "settlement_agreement")
public class SettlementAgreement {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mediation_id", nullable = false)
    private Mediation mediation;

    @Column(name = "version_number", nullable = false)
    private int version;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private Document document;

    @Column(name = "proposed_by", nullable = false, length = 254)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "requesting_accepted_by", length = 254)
    private String requestingAcceptedBy;

    @Column(name = "requesting_accepted_at")
    private Instant requestingAcceptedAt;

    @Column(name = "responding_accepted_by", length = 254)
    private String respondingAcceptedBy;

    @Column(name = "responding_accepted_at")
    private Instant respondingAcceptedAt;

    protected SettlementAgreement() {}

    SettlementAgreement(Mediation mediation, int version, Document document, String proposedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.mediation = mediation;
        this.version = version;
        this.document = document;
        this.proposedBy = proposedBy;
        this.proposedAt = at;
    }

    void acceptFor(Side side, String by, Instant at) {
        if (side == Side.REQUESTING) {
            requestingAcceptedBy = by;
            requestingAcceptedAt = at;
        } else {
            respondingAcceptedBy = by;
            respondingAcceptedAt = at;
        }
    }

    public boolean isAcceptedBy(Side side) {
        return (side == Side.REQUESTING ? requestingAcceptedAt : respondingAcceptedAt) != null;
    }

    public boolean isAcceptedByBoth() {
        return isAcceptedBy(Side.REQUESTING) && isAcceptedBy(Side.RESPONDING);
    }

    public Optional<Instant> acceptedAt(Side side) {
        return Optional.ofNullable(side == Side.REQUESTING ? requestingAcceptedAt : respondingAcceptedAt);
    }

    public Optional<String> acceptedBy(Side side) {
        return Optional.ofNullable(side == Side.REQUESTING ? requestingAcceptedBy : respondingAcceptedBy);
    }

    public UUID id() {
        return id;
    }

    public int version() {
        return version;
    }

    public Document document() {
        return document;
    }

    public String sha256() {
        return document.sha256();
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }
}
