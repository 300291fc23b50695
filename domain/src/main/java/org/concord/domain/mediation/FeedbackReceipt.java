package org.concord.domain.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * That one side of a mediation gave its feedback (once only), and whether it counts in the mediator's digest yet. It
 * never says what was answered ({@link FeedbackAnswer}).
 */
@Entity
@Table(name = "feedback_receipt")
@NamedQuery(name = "FeedbackReceipt.of", query = """
        select count(r) from FeedbackReceipt r where r.mediationId = :mediationId and r.side = :side""")
@NamedQuery(name = "FeedbackReceipt.unsealedMediations", query = """
        select count(distinct r.mediationId) from FeedbackReceipt r where r.mediatorId = :mediatorId
        and r.sealed = false""")
@NamedQuery(name = "FeedbackReceipt.sealedMediations", query = """
        select count(distinct r.mediationId) from FeedbackReceipt r where r.mediatorId = :mediatorId
        and r.sealed = true""")
@NamedQuery(name = "FeedbackReceipt.seal", query = """
        update FeedbackReceipt r set r.sealed = true where r.mediatorId = :mediatorId and r.sealed = false""")
public class FeedbackReceipt {

    @Id
    private UUID id;

    @Column(name = "mediation_id", nullable = false)
    private UUID mediationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Side side;

    @Column(name = "mediator_id", nullable = false)
    private UUID mediatorId;

    @Column(nullable = false)
    private boolean sealed;

    protected FeedbackReceipt() {}

    public FeedbackReceipt(UUID mediationId, Side side, UUID mediatorId) {
        this.id = UUID.randomUUID();
        this.mediationId = mediationId;
        this.side = side;
        this.mediatorId = mediatorId;
    }
}
