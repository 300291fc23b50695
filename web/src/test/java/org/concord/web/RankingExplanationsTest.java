package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.domain.neutral.Criterion;
import org.concord.service.appointment.CandidateListView;
import org.concord.service.appointment.CandidateView;
import org.junit.jupiter.api.Test;

/** the ranking's explanations reach the reader in words, countries and areas by name, no code and no "–". */
class RankingExplanationsTest {

    private static String explained(Locale locale, String key, String... args) {
        CandidateView.CriterionView criterion =
                new CandidateView.CriterionView(Criterion.DOMICILE, "8(b)", 0, 1, null, key, List.of(args));
        CandidateView candidate = new CandidateView(
                1, "Nora", "expert@concord.example", 0, 0, 5, List.of(criterion), Set.of(), List.of());
        CandidateListView list =
                new CandidateListView("FR", null, Set.of(), "en", null, null, Map.of(), 1, 0, List.of(candidate));
        return RankingExplanations.in(locale, list)
                .candidates()
                .get(0)
                .criteria()
                .get(0)
                .explanation();
    }

    @Test
    void everyCountryTheNeutralWorksInIsNamed_R82() {
        assertEquals(
                "The Requesting Party is domiciled in France; the Neutral works in Austria, Switzerland, Germany.",
                explained(Locale.ENGLISH, "ranking.domicile.other", "FR", "AT, CH, DE"));
        assertEquals(
                "Die antragstellende Partei hat ihren Wohnsitz in Frankreich; der Neutrale ist tätig in Österreich,"
                        + " Schweiz, Deutschland.",
                explained(Locale.GERMAN, "ranking.domicile.other", "FR", "AT, CH, DE"));
    }

    @Test
    void areasWithoutAKeywordInTheRequestAreSaidSo_R82() {
        assertEquals(
                "Covers none of the areas called for (music and audio); none of their keywords is in the Request.",
                explained(Locale.ENGLISH, "ranking.expertise.areas", "–", "MUSIC_AND_AUDIO"));
        assertEquals(
                "Domaines couverts parmi ceux requis (musique et audio) : aucun ; aucun de leurs mots-clés ne figure"
                        + " dans la Demande.",
                explained(Locale.FRENCH, "ranking.expertise.areas", "–", "MUSIC_AND_AUDIO"));
    }
}
