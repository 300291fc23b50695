package org.concord.domain.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** R-M4: the Feedback Digest appears only once five mediations contribute, and only in sealed batches. */
class FeedbackDigestTest {

    private static final UUID MEDIATOR = UUID.randomUUID();

    private static FeedbackAnswer answer(int rating) {
        Map<FeedbackQuestion, Integer> ratings = new EnumMap<>(FeedbackQuestion.class);
        for (FeedbackQuestion q : FeedbackQuestion.values()) {
            ratings.put(q, rating);
        }
        return new FeedbackAnswer(MEDIATOR, ratings);
    }

    @Test
    void no_digest_below_five_mediations() {
        List<FeedbackAnswer> answers = new ArrayList<>(List.of(answer(5), answer(4), answer(3), answer(4)));
        assertTrue(FeedbackDigest.of(answers, 4).isEmpty());
        assertFalse(FeedbackDigest.sealsBatch(4));
        assertTrue(FeedbackDigest.sealsBatch(5));
    }

    @Test
    void the_digest_gives_means_to_one_decimal_and_how_many_mediations() {
        List<FeedbackAnswer> answers = List.of(answer(5), answer(4), answer(4), answer(3), answer(5), answer(5));
        FeedbackDigest digest = FeedbackDigest.of(answers, 5).orElseThrow();
        assertEquals(5, digest.mediations());
        assertEquals(6, digest.answers());
        assertEquals(new BigDecimal("4.3"), digest.means().get(FeedbackQuestion.IMPARTIALITY));
    }

    @Test
    void every_question_is_rated_from_one_to_five() {
        Map<FeedbackQuestion, Integer> ratings = new EnumMap<>(FeedbackQuestion.class);
        ratings.put(FeedbackQuestion.UNDERSTANDING, 5);
        RuleViolation missing = assertThrows(RuleViolation.class, () -> new FeedbackAnswer(MEDIATOR, ratings));
        assertEquals("R-M4", missing.ruleId());
        for (FeedbackQuestion q : FeedbackQuestion.values()) {
            ratings.put(q, 6);
        }
        assertThrows(RuleViolation.class, () -> new FeedbackAnswer(MEDIATOR, ratings));
    }
}
