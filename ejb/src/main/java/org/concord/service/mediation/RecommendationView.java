package org.concord.service.mediation;

import java.io.Serializable;
import java.util.List;
import org.concord.domain.analysis.DisputeProcess;
import org.concord.domain.analysis.Question;
import org.concord.domain.analysis.Reply;

/**
 * R-M5: the recommended process ({@code null} when no answer weighed anything), every process with its score, best
 * first, and the reasons in the caller's language with the sentence each rests on. {@code filing} names what Concord
 * can start for the recommended process: {@code MEDIATION}, {@code EXPERT_DETERMINATION}, or {@code null} when the
 * process is not run at the Center.
 */
public record RecommendationView(
        DisputeProcess recommended, List<Score> scores, List<Reason> reasons, DisputeProcess filing)
        implements Serializable {

    /** A process and its score. */
    public record Score(DisputeProcess process, int score) implements Serializable {}

    /** Why: the answer that fired, the process it weighs, by how much, the reason and its source. */
    public record Reason(
            Question question,
            Reply reply,
            DisputeProcess process,
            int weight,
            String reason,
            String sourceDocument,
            String sourceSentence)
            implements Serializable {}
}
