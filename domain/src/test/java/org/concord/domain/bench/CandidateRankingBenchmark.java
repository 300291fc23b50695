package org.concord.domain.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.concord.domain.neutral.AppointmentNeeds;
import org.concord.domain.neutral.Candidate;
import org.concord.domain.neutral.CandidateRanking;
import org.concord.domain.neutral.CenterRecord;
import org.concord.domain.neutral.ConflictCheck;
import org.concord.domain.neutral.Criterion;
import org.concord.domain.neutral.ExpertiseArea;
import org.concord.domain.neutral.NeutralProfile;
import org.concord.domain.neutral.Profiles;
import org.concord.domain.neutral.RankedCandidate;
import org.concord.domain.neutral.RankingWeights;
import org.concord.domain.neutral.Relationship;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.PartyName;
import org.concord.domain.procedure.PartySide;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue target: ranking 1,000 neutrals for one Procedure in at most 50 ms. One operation is what the
 * service does once the rows are loaded: the conflict check of R-9 for every candidate (five declared relationships
 * and two Center records each) and the ranking on 8(b) of all of them, with a 3,000-word Request to search for
 * keywords. Run: {@code mvn -Pbench -pl domain verify -Djmh.include=CandidateRanking}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CandidateRankingBenchmark {

    private static final String[] COUNTRIES = {"FR", "DE", "IT", "ES", "NL", "BE", "AT", "PL", "SE", "IE", "CH"};
    private static final String[] LANGUAGES = {"fr", "de", "it", "es", "nl", "pl", "sv"};
    private static final String[] KEYWORDS = {
        "parody",
        "sampling",
        "video games",
        "fashion",
        "fan fiction",
        "photography",
        "streaming",
        "counterfeit",
        "domain names",
        "memes",
        "quotation",
        "caricature"
    };

    private AppointmentNeeds needs;
    private RankingWeights weights;
    private List<PartySide> sides;
    private List<NeutralProfile> profiles;
    private List<List<CenterRecord>> records;
    private int[] caseloads;

    @Setup
    public void neutrals() {
        Random random = new Random(42);
        StringBuilder description = new StringBuilder();
        for (int w = 0; w < 3000; w++) {
            description.append(w % 97 == 0 ? "parody " : "word").append(w % 13).append(' ');
        }
        needs = new AppointmentNeeds(
                "FR",
                Matter.COPYRIGHT,
                Set.of(ExpertiseArea.AUDIOVISUAL, ExpertiseArea.MUSIC_AND_AUDIO),
                PartyName.words(description.toString()),
                "fr",
                LocalDate.parse("2027-03-01"),
                LocalDate.parse("2027-03-31"));
        Map<Criterion, Integer> w = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            w.put(c, 1 + c.ordinal());
        }
        weights = new RankingWeights(w);
        sides = List.of(
                PartySide.of(PartySide.Kind.PLATFORM, "Streamly Ltd", "legal@streamly.example"),
                PartySide.of(PartySide.Kind.PARTY, "Alice Martin", "alice@martin.example"),
                PartySide.of(PartySide.Kind.PARTY, "Streamly Ireland Limited", "legal@streamly.example"),
                PartySide.of(PartySide.Kind.REPRESENTATIVE, "Müller & Partner", "office@mueller-law.example"));
        profiles = new ArrayList<>();
        records = new ArrayList<>();
        caseloads = new int[1000];
        for (int n = 0; n < 1000; n++) {
            List<Relationship> relationships = new ArrayList<>();
            for (int r = 0; r < 5; r++) {
                relationships.add(new Relationship(
                        Relationship.Kind.values()[r % 4],
                        "Organisation " + n + "-" + r,
                        "org" + n + "-" + r + ".example"));
            }
            profiles.add(Profiles.profile(
                    "Neutral " + n,
                    Set.of(COUNTRIES[n % COUNTRIES.length], COUNTRIES[(n + 3) % COUNTRIES.length]),
                    Set.of(LANGUAGES[n % LANGUAGES.length], "en"),
                    n % 3 == 0 ? Set.of(Matter.TRADEMARK) : Set.of(Matter.COPYRIGHT, Matter.TRADEMARK),
                    Set.of(ExpertiseArea.values()[n % ExpertiseArea.values().length]),
                    List.of(KEYWORDS[n % KEYWORDS.length], KEYWORDS[(n + 5) % KEYWORDS.length]),
                    5 + n % 20,
                    n % 10 == 0 ? List.of(Profiles.absent("2027-03-10", "2027-03-20")) : List.of(),
                    relationships));
            records.add(List.of(
                    new CenterRecord(
                            "DCTI-2026-" + n,
                            PartySide.Kind.PARTY,
                            List.of(
                                    PartySide.of(PartySide.Kind.PLATFORM, "Videoly", "legal@videoly.example"),
                                    PartySide.of(PartySide.Kind.PARTY, "Neutral " + n, null))),
                    new CenterRecord(
                            "DCTI-2025-" + n,
                            PartySide.Kind.REPRESENTATIVE,
                            List.of(
                                    PartySide.of(PartySide.Kind.PLATFORM, "Photobook", "legal@photobook.example"),
                                    PartySide.of(PartySide.Kind.PARTY, "Client " + n, "client" + n + ".example")))));
            caseloads[n] = random.nextInt(25);
        }
    }

    @Benchmark
    public List<RankedCandidate> rankThousandNeutrals() {
        ConflictCheck check = new ConflictCheck(sides);
        List<Candidate> candidates = new ArrayList<>(profiles.size());
        for (int n = 0; n < profiles.size(); n++) {
            NeutralProfile profile = profiles.get(n);
            candidates.add(new Candidate(profile, caseloads[n], check.of(profile.relationships(), records.get(n))));
        }
        return CandidateRanking.rank(needs, candidates, weights);
    }
}
