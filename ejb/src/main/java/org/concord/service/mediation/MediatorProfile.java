package org.concord.service.mediation;

import java.math.BigDecimal;
import java.util.Map;
import org.concord.domain.mediation.FeedbackQuestion;

/**
 * A mediator's public profile (R-M4) with the short biography the mediator wrote ({@code null}: none; plain text) and
 * its Feedback Digest, which is {@code null} until at least {@code digestThreshold} mediations contribute.
 */
public record MediatorProfile(MediatorCard mediator, String biography, Digest digest, int digestThreshold) {

    /** The Feedback Digest: mean rating per question over {@code mediations} mediations. */
    public record Digest(long mediations, long answers, Map<FeedbackQuestion, BigDecimal> means) {}
}
