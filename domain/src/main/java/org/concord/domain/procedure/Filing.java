package org.concord.domain.procedure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.document.Document;
import org.concord.domain.document.Upload;

/**
 * Something a Party filed in a Procedure.: no action is taken on the filing of a Party that has not paid its
 * fees in full; the filing is kept, shown as "held: fees unpaid", and released when the payment completes.
 */
@Entity
@Table(name = "filing")
public class Filing {

    /** What was filed. The Answer and the Parties' later submissions come with the procedure rules. */
    public enum Kind {
        /** Article 5: the Request. */
        REQUEST,
        /** Article 7: the Answer to the Request. */
        ANSWER,
        /** Article 14: the signed Resolution, held until the Center communicates it (14(c)). */
        RESOLUTION
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id", nullable = false, updatable = false)
    private Procedure procedure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "filed_by", nullable = false, length = 20, updatable = false)
    private ParticipantRole filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    /** dispatched after the last day of its time limit; kept and shown as late. */
    @Column(nullable = false, updatable = false)
    private boolean late;

    /** The annexes that came with this filing; they share its visibility and its hold. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "filing_id")
    @OrderBy("uploadedAt, id")
    private List<Document> documents = new ArrayList<>();

    protected Filing() {}

    Filing(Procedure procedure, Kind kind, ParticipantRole filedBy, Instant filedAt, boolean feesPaid) {
        this(procedure, kind, filedBy, filedAt, feesPaid, false);
    }

    Filing(Procedure procedure, Kind kind, ParticipantRole filedBy, Instant filedAt, boolean feesPaid, boolean late) {
        this.late = late;
        this.id = UUID.randomUUID();
        this.procedure = procedure;
        this.kind = kind;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.releasedAt = feesPaid ? filedAt : null;
    }

    void attach(Upload upload, String uploadedBy, Instant at) {
        documents.add(new Document(upload, uploadedBy, at));
    }

    public List<Document> documents() {
        return Collections.unmodifiableList(documents);
    }

    void release(Instant at) {
        if (releasedAt == null) {
            releasedAt = at;
        }
    }

    /** filed after its time limit, kept and marked late. */
    public boolean isLate() {
        return late;
    }

    /** held while the filing Party's fees are unpaid. */
    public boolean isHeld() {
        return releasedAt == null;
    }

    public UUID id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public ParticipantRole filedBy() {
        return filedBy;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Optional<Instant> releasedAt() {
        return Optional.ofNullable(releasedAt);
    }
}
