package org.concord.domain.mediation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * R-M4, the Feedback Digest: the mediator's mean rating per question, to one decimal, over the feedback of at least
 * {@value #MIN_MEDIATIONS} mediations, and how many mediations it rests on.
 *
 * <p>Answers join the digest in sealed batches: an answer waits, unpublished, until the answers waiting for the same
 * mediator come from at least {@value #MIN_MEDIATIONS} different mediations; then the whole batch is sealed at once
 * ({@link #sealsBatch}). Each change of a published digest therefore adds at least five mediations' answers, so that
 * comparing two digests never isolates one answer or one mediation. No date, reference or free text is kept with an
 * answer.
 */
public record FeedbackDigest(long mediations, long answers, Map<FeedbackQuestion, BigDecimal> means) {

    public static final int MIN_MEDIATIONS = 5;

    /** Whether a mediator's waiting answers, from {@code waitingMediations} different mediations, are sealed now. */
    public static boolean sealsBatch(long waitingMediations) {
        return waitingMediations >= MIN_MEDIATIONS;
    }

    /** The digest of the sealed answers, or nothing while fewer than {@value #MIN_MEDIATIONS} mediations contribute. */
    public static Optional<FeedbackDigest> of(Collection<FeedbackAnswer> sealed, long sealedMediations) {
        if (sealedMediations < MIN_MEDIATIONS || sealed.isEmpty()) {
            return Optional.empty();
        }
        Map<FeedbackQuestion, BigDecimal> means = new EnumMap<>(FeedbackQuestion.class);
        for (FeedbackQuestion q : FeedbackQuestion.values()) {
            long sum = sealed.stream().mapToLong(a -> a.ratings().get(q)).sum();
            means.put(q, BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(sealed.size()), 1, RoundingMode.HALF_UP));
        }
        return Optional.of(new FeedbackDigest(sealedMediations, sealed.size(), Map.copyOf(means)));
    }
}
