package org.concord.domain.neutral;

import static org.concord.domain.neutral.Profiles.absent;
import static org.concord.domain.neutral.Profiles.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.procedure.Conflict;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.PartyName;
import org.concord.domain.procedure.PartySide;
import org.junit.jupiter.api.Test;

/** candidates ranked on 8(b)(i)–(v), each score explaining itself; nobody left out, the unfit flagged. */
class CandidateRankingTest {

    private static final RankingWeights EQUAL = weights(1, 1, 1, 1, 1);

    /** A French user's copyright dispute about a music video, in French, expected from 1 to 31 March 2027. */
    private static final AppointmentNeeds MUSIC_VIDEO = new AppointmentNeeds(
            "FR",
            Matter.COPYRIGHT,
            Set.of(ExpertiseArea.AUDIOVISUAL, ExpertiseArea.MUSIC_AND_AUDIO),
            PartyName.words("The platform removed my cover of a song; sampling is allowed under the parody exception."),
            "fr",
            LocalDate.parse("2027-03-01"),
            LocalDate.parse("2027-03-31"));

    private static RankingWeights weights(int domicile, int matter, int expertise, int availability, int language) {
        Map<Criterion, Integer> w = new EnumMap<>(Criterion.class);
        w.put(Criterion.DOMICILE, domicile);
        w.put(Criterion.MATTER, matter);
        w.put(Criterion.EXPERTISE, expertise);
        w.put(Criterion.AVAILABILITY, availability);
        w.put(Criterion.LANGUAGE, language);
        return new RankingWeights(w);
    }

    private final NeutralProfile claire = profile(
            "Claire Dubois",
            Set.of("FR", "BE"),
            Set.of("fr", "en"),
            Set.of(Matter.COPYRIGHT),
            Set.of(ExpertiseArea.AUDIOVISUAL, ExpertiseArea.MUSIC_AND_AUDIO),
            List.of("parody"),
            10,
            List.of(),
            List.of());
    private final NeutralProfile hans = profile(
            "Hans Weber",
            Set.of("DE"),
            Set.of("de", "en"),
            Set.of(Matter.COPYRIGHT, Matter.TRADEMARK),
            Set.of(ExpertiseArea.MUSIC_AND_AUDIO),
            List.of("sampling"),
            4,
            List.of(),
            List.of());
    private final NeutralProfile tess = profile(
            "Tess Marks",
            Set.of("FR"),
            Set.of("fr"),
            Set.of(Matter.TRADEMARK),
            Set.of(ExpertiseArea.PRODUCTS_AND_COUNTERFEITS),
            List.of(),
            10,
            List.of(),
            List.of());

    @Test
    void everyCriterionScoresAndExplainsItself_R8_2() {
        List<RankedCandidate> ranked = CandidateRanking.rank(
                MUSIC_VIDEO, List.of(new Candidate(hans, 1, List.of()), new Candidate(claire, 2, List.of())), EQUAL);

        RankedCandidate first = ranked.get(0);
        assertEquals(claire, first.candidate().profile());
        assertEquals(1, first.rank());
        assertEquals(
                List.of(
                        Criterion.DOMICILE,
                        Criterion.MATTER,
                        Criterion.EXPERTISE,
                        Criterion.AVAILABILITY,
                        Criterion.LANGUAGE),
                first.criteria().stream().map(CriterionScore::criterion).toList());
        CriterionScore domicile = first.criteria().get(0);
        assertEquals(1.0, domicile.score());
        assertEquals("ranking.domicile.match", domicile.explanationKey());
        assertEquals(List.of("FR"), domicile.explanationArgs());
        CriterionScore expertise = first.criteria().get(2);
        assertEquals(1.0, expertise.score(), "both areas the Statement calls for");
        assertEquals(
                List.of("AUDIOVISUAL, MUSIC_AND_AUDIO", "AUDIOVISUAL, MUSIC_AND_AUDIO", "parody"),
                expertise.explanationArgs());
        CriterionScore availability = first.criteria().get(3);
        assertEquals(0.8, availability.score(), 1e-9, "2 of 10 open Procedures");
        assertEquals(List.of("2", "10", "0", "31"), availability.explanationArgs());
        // (1 + 1 + 1 + 0.8 + 1) / 5
        assertEquals(96.0, first.score());

        RankedCandidate second = ranked.get(1);
        assertEquals(hans, second.candidate().profile());
        assertEquals(List.of("FR", "DE"), second.criteria().get(0).explanationArgs(), "not FR: says where instead");
        // one of two areas, plus the keyword "sampling" found in the Request: (1 + 0.5) / 2
        assertEquals(0.75, second.criteria().get(2).score(), 1e-9);
        assertEquals("ranking.language.none", second.criteria().get(4).explanationKey());
        // (0 + 1 + 0.75 + 0.75 + 0) / 5
        assertEquals(50.0, second.score());
        assertTrue(second.isInvitableAutomatically());
    }

    @Test
    void weightsAreTheCentersConfiguration_R8_2() {
        RankingWeights languageFirst = weights(0, 1, 0, 0, 10);
        List<RankedCandidate> ranked = CandidateRanking.rank(
                MUSIC_VIDEO,
                List.of(new Candidate(hans, 0, List.of()), new Candidate(tess, 0, List.of())),
                languageFirst);
        assertEquals(tess, ranked.get(0).candidate().profile(), "speaks French, the weightiest criterion");
        assertEquals(0, ranked.get(0).criteria().get(0).weight());
        assertThrows(IllegalArgumentException.class, () -> weights(0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> weights(-1, 1, 1, 1, 1));
    }

    @Test
    void aNeutralAtMaximumCaseloadIsRankedButFlagged_R8_2() {
        List<RankedCandidate> ranked = CandidateRanking.rank(
                MUSIC_VIDEO, List.of(new Candidate(claire, 10, List.of()), new Candidate(hans, 0, List.of())), EQUAL);
        RankedCandidate full = ranked.stream()
                .filter(r -> r.candidate().profile() == claire)
                .findFirst()
                .orElseThrow();
        assertEquals(Set.of(RankedCandidate.Flag.AT_MAX_CASELOAD), full.flags());
        assertEquals("ranking.availability.full", full.criteria().get(3).explanationKey());
        assertEquals(0.0, full.criteria().get(3).score());
        assertEquals(80.0, full.score(), "still ranked on the other criteria");
        assertFalse(full.isInvitableAutomatically());
    }

    @Test
    void absencesDuringTheExpectedPeriodReduceAvailabilityAndFlag_R8_2() {
        NeutralProfile away = profile(
                "Away Neutral",
                Set.of("FR"),
                Set.of("fr"),
                Set.of(Matter.COPYRIGHT),
                Set.of(),
                List.of(),
                10,
                List.of(absent("2027-02-20", "2027-03-10"), absent("2027-06-01", "2027-06-30")),
                List.of());
        RankedCandidate r = CandidateRanking.rank(MUSIC_VIDEO, List.of(new Candidate(away, 0, List.of())), EQUAL)
                .get(0);
        CriterionScore availability = r.criteria().get(3);
        assertEquals(List.of("0", "10", "10", "31"), availability.explanationArgs(), "1–10 March only");
        assertEquals(1 - 10 / 31.0, availability.score(), 1e-9);
        assertEquals(Set.of(RankedCandidate.Flag.ABSENT_IN_PERIOD), r.flags());
        assertEquals(0.0, r.criteria().get(2).score(), "none of the areas called for");
        assertEquals("–", r.criteria().get(2).explanationArgs().get(0));
    }

    @Test
    void aCandidateWithoutTheMatterOrWithAConflictIsFlagged_R8_2_R9() {
        Conflict conflict = new Conflict(
                Conflict.Source.DECLARED,
                "PAST_CLIENT: Streamly",
                new PartySide(PartySide.Kind.PLATFORM, "Streamly", null),
                Conflict.Basis.NAME);
        List<RankedCandidate> ranked = CandidateRanking.rank(
                MUSIC_VIDEO,
                List.of(new Candidate(tess, 0, List.of()), new Candidate(claire, 0, List.of(conflict))),
                EQUAL);
        assertEquals(Set.of(RankedCandidate.Flag.CONFLICT), ranked.get(0).flags(), "a conflict does not lower");
        assertEquals(
                Set.of(RankedCandidate.Flag.MATTER_NOT_COVERED), ranked.get(1).flags());
    }

    @Test
    void tiesGoToTheCandidateWithFewerOpenProcedures() {
        NeutralProfile twin = profile(
                "Claire Twin",
                Set.of("FR", "BE"),
                Set.of("fr", "en"),
                Set.of(Matter.COPYRIGHT),
                Set.of(ExpertiseArea.AUDIOVISUAL, ExpertiseArea.MUSIC_AND_AUDIO),
                List.of("parody"),
                20,
                List.of(),
                List.of());
        List<RankedCandidate> ranked = CandidateRanking.rank(
                MUSIC_VIDEO, List.of(new Candidate(twin, 4, List.of()), new Candidate(claire, 2, List.of())), EQUAL);
        assertEquals(ranked.get(0).score(), ranked.get(1).score());
        assertEquals(claire, ranked.get(0).candidate().profile());
    }

    @Test
    void aProfileRefusesUnknownCodesNamingTheField_R8_2() {
        RuleViolation country = assertThrows(
                RuleViolation.class,
                () -> profile(
                        "X",
                        Set.of("XX"),
                        Set.of("fr"),
                        Set.of(Matter.COPYRIGHT),
                        Set.of(),
                        List.of(),
                        5,
                        List.of(),
                        List.of()));
        assertEquals("/countries", country.field());
        assertEquals(
                "/languages",
                assertThrows(
                                RuleViolation.class,
                                () -> profile(
                                        "X",
                                        Set.of("fr"),
                                        Set.of("french"),
                                        Set.of(Matter.COPYRIGHT),
                                        Set.of(),
                                        List.of(),
                                        5,
                                        List.of(),
                                        List.of()))
                        .field());
        assertEquals(
                "/matters",
                assertThrows(
                                RuleViolation.class,
                                () -> profile(
                                        "X",
                                        Set.of("FR"),
                                        Set.of("fr"),
                                        Set.of(),
                                        Set.of(),
                                        List.of(),
                                        5,
                                        List.of(),
                                        List.of()))
                        .field());
        assertEquals(
                "/maxOpenCaseload",
                assertThrows(
                                RuleViolation.class,
                                () -> profile(
                                        "X",
                                        Set.of("FR"),
                                        Set.of("fr"),
                                        Set.of(Matter.COPYRIGHT),
                                        Set.of(),
                                        List.of(),
                                        0,
                                        List.of(),
                                        List.of()))
                        .field());
        NeutralProfile lower = profile(
                "Y",
                Set.of("fr"),
                Set.of("FR"),
                Set.of(Matter.COPYRIGHT),
                Set.of(),
                List.of(" Video Games "),
                5,
                List.of(),
                List.of());
        assertEquals(Set.of("FR"), lower.countries());
        assertEquals(Set.of("fr"), lower.languages());
        assertEquals(Set.of("video games"), lower.keywords());
    }

    @Test
    void theStatementsContentTypesSayWhichExpertiseIsCalledFor() {
        assertEquals(
                Set.of(ExpertiseArea.AUDIOVISUAL, ExpertiseArea.SYNTHETIC_MEDIA),
                ExpertiseArea.forContentTypes(
                        List.of("CONTENT_TYPE_VIDEO", "CONTENT_TYPE_SYNTHETIC_MEDIA", "CONTENT_TYPE_OTHER")));
    }
}
