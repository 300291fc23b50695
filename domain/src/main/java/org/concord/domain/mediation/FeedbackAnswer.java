package org.concord.domain.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.concord.domain.RuleViolation;

/**
 * One Party's ratings of a mediator (R-M4). By design it holds no link to the mediation, no date and no author: the
 * receipt ({@link FeedbackReceipt}) says that a side answered, this row only what was answered, and the two cannot be
 * joined. It counts in the mediator's Feedback Digest once its batch is sealed.
 */
@Entity
@Table(name = "feedback_answer")
@NamedQuery(name = "FeedbackAnswer.sealedOf", query = """
        select a from FeedbackAnswer a where a.mediatorId = :mediatorId and a.sealed = true""")
@NamedQuery(name = "FeedbackAnswer.seal", query = """
        update FeedbackAnswer a set a.sealed = true where a.mediatorId = :mediatorId and a.sealed = false""")
public class FeedbackAnswer {

    @Id
    private UUID id;

    /** The mediator's account. */
    @Column(name = "mediator_id", nullable = false)
    private UUID mediatorId;

    @Column(nullable = false)
    private int understanding;

    @Column(nullable = false)
    private int impartiality;

    @Column(nullable = false)
    private int process;

    @Column(nullable = false)
    private int recommendation;

    @Column(nullable = false)
    private boolean sealed;

    protected FeedbackAnswer() {}

    /** @throws RuleViolation R-M4 when a question is not answered from 1 to 5 */
    public FeedbackAnswer(UUID mediatorId, Map<FeedbackQuestion, Integer> ratings) {
        for (FeedbackQuestion q : FeedbackQuestion.values()) {
            Integer r = ratings.get(q);
            if (r == null || r < 1 || r > 5) {
                throw new RuleViolation(
                        "R-M4", "/" + q.name().toLowerCase(java.util.Locale.ROOT), "rule.feedback.rating");
            }
        }
        this.id = UUID.randomUUID();
        this.mediatorId = mediatorId;
        this.understanding = ratings.get(FeedbackQuestion.UNDERSTANDING);
        this.impartiality = ratings.get(FeedbackQuestion.IMPARTIALITY);
        this.process = ratings.get(FeedbackQuestion.PROCESS);
        this.recommendation = ratings.get(FeedbackQuestion.RECOMMENDATION);
    }

    public Map<FeedbackQuestion, Integer> ratings() {
        Map<FeedbackQuestion, Integer> map = new EnumMap<>(FeedbackQuestion.class);
        map.put(FeedbackQuestion.UNDERSTANDING, understanding);
        map.put(FeedbackQuestion.IMPARTIALITY, impartiality);
        map.put(FeedbackQuestion.PROCESS, process);
        map.put(FeedbackQuestion.RECOMMENDATION, recommendation);
        return map;
    }

    public UUID mediatorId() {
        return mediatorId;
    }

    public boolean isSealed() {
        return sealed;
    }
}
