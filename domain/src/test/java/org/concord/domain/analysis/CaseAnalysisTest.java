package org.concord.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.junit.jupiter.api.Test;

/** R-M5: the questionnaire's answers weighed by the Center's rules (a subset of the seeded rules as fixtures). */
class CaseAnalysisTest {

    private static final UserAccount ADMIN = new UserAccount(
            "admin@center.example", "Admin", "h", Set.of(Role.CENTER_ADMIN), Locale.ENGLISH, Instant.EPOCH);

    private static AnalysisRule rule(Question q, Reply r, DisputeProcess p, int weight, String reason) {
        AnalysisRule rule = new AnalysisRule(q, r, p);
        rule.describe(
                q,
                r,
                p,
                weight,
                reason,
                "fr: " + reason,
                "de: " + reason,
                "source.txt",
                "Sentence.",
                ADMIN,
                Instant.EPOCH);
        return rule;
    }

    private static final List<AnalysisRule> RULES = List.of(
            rule(Question.RELATIONSHIP, Reply.YES, DisputeProcess.MEDIATION, 3, "keeps the relationship"),
            rule(Question.COMMUNICATION_IMPAIRED, Reply.YES, DisputeProcess.MEDIATION, 3, "mediator guides"),
            rule(Question.COMMUNICATION_IMPAIRED, Reply.YES, DisputeProcess.NEGOTIATION, -3, "needs direct talk"),
            rule(Question.COMMUNICATION_IMPAIRED, Reply.NO, DisputeProcess.NEGOTIATION, 2, "parties still talk"),
            rule(Question.BINDING_DECISION, Reply.YES, DisputeProcess.ARBITRATION, 4, "arbitrator rules"),
            rule(Question.BINDING_DECISION, Reply.YES, DisputeProcess.COURT, 3, "judge rules"),
            rule(Question.BINDING_DECISION, Reply.YES, DisputeProcess.MEDIATION, -3, "mediator does not decide"),
            rule(Question.CROSS_BORDER, Reply.YES, DisputeProcess.ARBITRATION, 2, "awards travel"),
            rule(Question.CROSS_BORDER, Reply.NO, DisputeProcess.COURT, 2, "judgment at home"),
            rule(Question.PLATFORM_DECISION, Reply.YES, DisputeProcess.EXPERT_DETERMINATION, 6, "DCTI scope"));

    private static CaseAnalysis.Recommendation answer(Object... pairs) {
        Map<Question, Reply> answers = new EnumMap<>(Question.class);
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put((Question) pairs[i], (Reply) pairs[i + 1]);
        }
        return CaseAnalysis.recommend(answers, RULES);
    }

    @Test
    void impaired_communication_and_a_relationship_to_keep_recommend_mediation_with_both_reasons_first() {
        CaseAnalysis.Recommendation r =
                answer(Question.RELATIONSHIP, Reply.YES, Question.COMMUNICATION_IMPAIRED, Reply.YES);
        assertEquals(Optional.of(DisputeProcess.MEDIATION), r.recommended());
        assertEquals(6, r.scores().get(DisputeProcess.MEDIATION));
        assertEquals(
                List.of("keeps the relationship", "mediator guides"),
                r.reasons().stream()
                        .limit(2)
                        .map(x -> x.rule().reason(Locale.ENGLISH))
                        .sorted()
                        .toList());
        assertTrue(r.reasons().stream().limit(2).allMatch(x -> x.process() == DisputeProcess.MEDIATION));
        assertEquals("fr: mediator guides", RULES.get(1).reason(Locale.FRENCH));
    }

    @Test
    void parties_who_still_talk_are_told_to_negotiate() {
        assertEquals(
                Optional.of(DisputeProcess.NEGOTIATION),
                answer(Question.COMMUNICATION_IMPAIRED, Reply.NO).recommended());
    }

    @Test
    void a_platform_decision_under_the_dsa_recommends_expert_determination() {
        assertEquals(
                Optional.of(DisputeProcess.EXPERT_DETERMINATION),
                answer(Question.PLATFORM_DECISION, Reply.YES, Question.COMMUNICATION_IMPAIRED, Reply.YES)
                        .recommended());
    }

    @Test
    void a_binding_decision_across_borders_recommends_arbitration_and_at_home_court() {
        assertEquals(
                Optional.of(DisputeProcess.ARBITRATION),
                answer(Question.BINDING_DECISION, Reply.YES, Question.CROSS_BORDER, Reply.YES)
                        .recommended());
        CaseAnalysis.Recommendation home =
                answer(Question.BINDING_DECISION, Reply.YES, Question.CROSS_BORDER, Reply.NO);
        assertEquals(Optional.of(DisputeProcess.COURT), home.recommended());
        assertEquals(
                List.of(DisputeProcess.COURT, DisputeProcess.ARBITRATION),
                home.ranking().subList(0, 2));
    }

    @Test
    void a_tie_goes_to_the_less_formal_process_and_no_answer_recommends_nothing() {
        // Mediation +3 (relationship) against arbitration +4 −… : build an exact tie of 3 against 3.
        CaseAnalysis.Recommendation tie = CaseAnalysis.recommend(
                Map.of(Question.RELATIONSHIP, Reply.YES, Question.BINDING_DECISION, Reply.YES),
                List.of(RULES.get(0), RULES.get(5)));
        assertEquals(Optional.of(DisputeProcess.MEDIATION), tie.recommended());
        assertEquals(Optional.empty(), answer(Question.URGENT, Reply.NOT_SURE).recommended());
    }

    @Test
    void a_rule_needs_a_weight_a_reason_and_its_source() {
        AnalysisRule rule = new AnalysisRule(Question.URGENT, Reply.YES, DisputeProcess.MEDIATION);
        assertEquals(
                "/weight",
                assertThrows(
                                RuleViolation.class,
                                () -> rule.describe(
                                        Question.URGENT,
                                        Reply.YES,
                                        DisputeProcess.MEDIATION,
                                        0,
                                        "r",
                                        "r",
                                        "r",
                                        "s.txt",
                                        "S.",
                                        ADMIN,
                                        Instant.EPOCH))
                        .field());
        assertEquals(
                "/sourceSentence",
                assertThrows(
                                RuleViolation.class,
                                () -> rule.describe(
                                        Question.URGENT,
                                        Reply.YES,
                                        DisputeProcess.MEDIATION,
                                        1,
                                        "r",
                                        "r",
                                        "r",
                                        "s.txt",
                                        " ",
                                        ADMIN,
                                        Instant.EPOCH))
                        .field());
        assertEquals(
                "/reply",
                assertThrows(
                                RuleViolation.class,
                                () -> rule.describe(
                                        Question.URGENT,
                                        Reply.NOT_SURE,
                                        DisputeProcess.MEDIATION,
                                        1,
                                        "r",
                                        "r",
                                        "r",
                                        "s.txt",
                                        "S.",
                                        ADMIN,
                                        Instant.EPOCH))
                        .field());
    }
}
