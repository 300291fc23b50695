package org.concord.domain.neutral;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.domain.procedure.PartyName;

/**
 * ranks the Center's neutrals for one Procedure on the criteria of Article 8(b), each score explaining itself
 * per criterion. The total is the weighted mean of the criteria's scores, out of 100. Ties go to the candidate with
 * fewer open Procedures, then by name. Nobody is left out: a candidate at its maximum caseload, absent, without the
 * matter or with a conflict is ranked and flagged.
 */
public final class CandidateRanking {

    private static final Comparator<RankedCandidate> ORDER = Comparator.comparingDouble(RankedCandidate::score)
            .reversed()
            .thenComparingInt(r -> r.candidate().openCaseload())
            .thenComparing(r -> r.candidate().profile().account().displayName())
            .thenComparing(r -> r.candidate().profile().id());

    private CandidateRanking() {}

    public static List<RankedCandidate> rank(
            AppointmentNeeds needs, List<Candidate> candidates, RankingWeights weights) {
        Set<String> requestWords = needs.wordSet();
        List<RankedCandidate> scored = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            scored.add(score(needs, requestWords, candidate, weights));
        }
        scored.sort(ORDER);
        List<RankedCandidate> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            RankedCandidate r = scored.get(i);
            ranked.add(new RankedCandidate(i + 1, r.candidate(), r.score(), r.criteria(), r.flags()));
        }
        return Collections.unmodifiableList(ranked);
    }

    private static RankedCandidate score(
            AppointmentNeeds needs, Set<String> requestWords, Candidate candidate, RankingWeights weights) {
        NeutralProfile profile = candidate.profile();
        Set<RankedCandidate.Flag> flags = EnumSet.noneOf(RankedCandidate.Flag.class);
        List<CriterionScore> criteria = List.of(
                domicile(needs, profile, weights),
                matter(needs, profile, weights, flags),
                expertise(needs, requestWords, profile, weights),
                availability(needs, candidate, weights, flags),
                language(needs, profile, weights));
        if (!candidate.conflicts().isEmpty()) {
            flags.add(RankedCandidate.Flag.CONFLICT);
        }
        double weighted = 0;
        for (CriterionScore c : criteria) {
            weighted += c.weight() * c.score();
        }
        double total = BigDecimal.valueOf(100 * weighted / weights.total())
                .setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
        return new RankedCandidate(0, candidate, total, criteria, flags);
    }

    private static CriterionScore domicile(AppointmentNeeds needs, NeutralProfile profile, RankingWeights weights) {
        int w = weights.of(Criterion.DOMICILE);
        if (needs.country() == null) {
            return new CriterionScore(Criterion.DOMICILE, 0, w, "ranking.domicile.unknown", List.of());
        }
        Set<String> countries = profile.countries();
        return countries.contains(needs.country())
                ? new CriterionScore(Criterion.DOMICILE, 1, w, "ranking.domicile.match", List.of(needs.country()))
                : new CriterionScore(
                        Criterion.DOMICILE,
                        0,
                        w,
                        "ranking.domicile.other",
                        List.of(needs.country(), countries.isEmpty() ? "–" : String.join(", ", countries)));
    }

    private static CriterionScore matter(
            AppointmentNeeds needs, NeutralProfile profile, RankingWeights weights, Set<RankedCandidate.Flag> flags) {
        int w = weights.of(Criterion.MATTER);
        if (profile.matters().contains(needs.matter())) {
            return new CriterionScore(
                    Criterion.MATTER,
                    1,
                    w,
                    "ranking.matter.match",
                    List.of(needs.matter().name()));
        }
        flags.add(RankedCandidate.Flag.MATTER_NOT_COVERED);
        return new CriterionScore(
                Criterion.MATTER,
                0,
                w,
                "ranking.matter.none",
                List.of(needs.matter().name()));
    }

    /**
     * The share of the areas the Statement of Reasons calls for that the candidate covers; each of the candidate's
     * free keywords found in the Request counts half an area.
     */
    private static CriterionScore expertise(
            AppointmentNeeds needs, Set<String> requestWords, NeutralProfile profile, RankingWeights weights) {
        int w = weights.of(Criterion.EXPERTISE);
        Set<ExpertiseArea> matched = EnumSet.noneOf(ExpertiseArea.class);
        Set<ExpertiseArea> covered = profile.areas();
        for (ExpertiseArea area : needs.areas()) {
            if (covered.contains(area)) {
                matched.add(area);
            }
        }
        List<String> found = new ArrayList<>();
        for (String keyword : profile.keywords()) {
            List<String> words = PartyName.words(keyword);
            if (!words.isEmpty()
                    && requestWords.contains(words.get(0))
                    && (words.size() == 1 || Collections.indexOfSubList(needs.requestWords(), words) >= 0)) {
                found.add(keyword);
            }
        }
        if (needs.areas().isEmpty() && found.isEmpty()) {
            return new CriterionScore(Criterion.EXPERTISE, 0, w, "ranking.expertise.none", List.of());
        }
        double score = Math.min(
                1,
                (matched.size() + 0.5 * found.size())
                        / Math.max(1, needs.areas().size()));
        return found.isEmpty()
                ? new CriterionScore(
                        Criterion.EXPERTISE,
                        score,
                        w,
                        "ranking.expertise.areas",
                        List.of(names(matched), names(needs.areas())))
                : new CriterionScore(
                        Criterion.EXPERTISE,
                        score,
                        w,
                        "ranking.expertise.match",
                        List.of(names(matched), names(needs.areas()), String.join(", ", found)));
    }

    /**
     * The room left in the candidate's caseload, less the share of the expected Resolution period it declared itself
     * absent. At its maximum caseload the candidate scores 0 here.
     */
    private static CriterionScore availability(
            AppointmentNeeds needs, Candidate candidate, RankingWeights weights, Set<RankedCandidate.Flag> flags) {
        int w = weights.of(Criterion.AVAILABILITY);
        int open = candidate.openCaseload();
        int max = candidate.profile().maxOpenCaseload();
        long absent = candidate.profile().absentDays(needs.periodStart(), needs.periodEnd());
        long period = needs.periodDays();
        if (absent > 0) {
            flags.add(RankedCandidate.Flag.ABSENT_IN_PERIOD);
        }
        if (open >= max) {
            flags.add(RankedCandidate.Flag.AT_MAX_CASELOAD);
            return new CriterionScore(
                    Criterion.AVAILABILITY,
                    0,
                    w,
                    "ranking.availability.full",
                    List.of(
                            Integer.toString(open),
                            Integer.toString(max),
                            Long.toString(absent),
                            Long.toString(period)));
        }
        double score = (1 - (double) open / max) * (1 - Math.min(1, (double) absent / period));
        return new CriterionScore(
                Criterion.AVAILABILITY,
                score,
                w,
                "ranking.availability",
                List.of(Integer.toString(open), Integer.toString(max), Long.toString(absent), Long.toString(period)));
    }

    private static CriterionScore language(AppointmentNeeds needs, NeutralProfile profile, RankingWeights weights) {
        int w = weights.of(Criterion.LANGUAGE);
        return profile.languages().contains(needs.language())
                ? new CriterionScore(Criterion.LANGUAGE, 1, w, "ranking.language.match", List.of(needs.language()))
                : new CriterionScore(Criterion.LANGUAGE, 0, w, "ranking.language.none", List.of(needs.language()));
    }

    private static String names(Set<ExpertiseArea> areas) {
        return areas.isEmpty() ? "–" : areas.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
