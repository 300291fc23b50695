package org.concord.domain.statistics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.domain.procedure.ResolutionOutcome;
import org.concord.domain.procedure.TerminationGround;

/**
 * R-STAT.1: the only dimensions a public table may use. Closed dimensions list every category (zeros are published);
 * countries and languages list the codes that occur. Outcome and duration change while a Procedure runs, so a figure
 * published at one cut-off and again at a later one differs: the gate models both (statistics.md, "implicit targets").
 */
public enum Dimension {
    MATTER(false, List.of("COPYRIGHT", "TRADEMARK")),
    RESTRICTION(false, List.of("VISIBILITY", "MONETARY", "PROVISION", "ACCOUNT", Dimension.SEVERAL, Dimension.NONE)),
    LANGUAGE(false, null),
    COUNTRY(false, null),
    OUTCOME(
            true,
            List.of(
                    Outcome.FOR_REQUESTING_PARTY,
                    Outcome.FOR_RESPONDING_PARTY,
                    Outcome.SETTLED,
                    Outcome.TERMINATED_OUT_OF_SCOPE,
                    Outcome.TERMINATED_UNNECESSARY_OR_IMPOSSIBLE,
                    Outcome.TERMINATED_COURT_PROCEEDINGS,
                    Outcome.TERMINATED_OTHER_PROCEEDINGS,
                    Outcome.PENDING)),
    DURATION(
            true,
            List.of(
                    Duration.UP_TO_30_DAYS,
                    Duration.DAYS_31_TO_60,
                    Duration.DAYS_61_TO_90,
                    Duration.OVER_90_DAYS,
                    Duration.ONGOING));

    /** The category a dimension that is not in the table is summed over. */
    public static final String TOTAL = "TOTAL";
    /** A Procedure with more than one restriction type, and one whose Request names none. */
    public static final String SEVERAL = "SEVERAL";

    public static final String NONE = "NONE";
    /** A Requesting Party's country or a Procedure's language not (yet) known: ISO's "unknown" codes. */
    public static final String UNKNOWN_COUNTRY = "ZZ";

    public static final String UNKNOWN_LANGUAGE = "und";

    private final boolean changesOverTime;
    private final List<String> categories;

    Dimension(boolean changesOverTime, List<String> categories) {
        this.changesOverTime = changesOverTime;
        this.categories = categories;
    }

    /** Outcome and duration: a Procedure's value is only final once it has ended; before that it is "pending". */
    public boolean changesOverTime() {
        return changesOverTime;
    }

    /** The value of a Procedure that has not ended by a cut-off. */
    public String pendingValue() {
        return this == OUTCOME ? Outcome.PENDING : Duration.ONGOING;
    }

    /** Every category, in the order they are printed, for the closed dimensions. */
    public Optional<List<String>> closedCategories() {
        return Optional.ofNullable(categories);
    }

    /** Outcome categories (R-STAT.1: for the Requesting Party, for the Responding Party, settled, terminated by ground). */
    public static final class Outcome {
        public static final String FOR_REQUESTING_PARTY = "FOR_REQUESTING_PARTY";
        public static final String FOR_RESPONDING_PARTY = "FOR_RESPONDING_PARTY";
        public static final String SETTLED = "SETTLED";
        public static final String TERMINATED_OUT_OF_SCOPE = "TERMINATED_OUT_OF_SCOPE";
        public static final String TERMINATED_UNNECESSARY_OR_IMPOSSIBLE = "TERMINATED_UNNECESSARY_OR_IMPOSSIBLE";
        public static final String TERMINATED_COURT_PROCEEDINGS = "TERMINATED_COURT_PROCEEDINGS";
        public static final String TERMINATED_OTHER_PROCEEDINGS = "TERMINATED_OTHER_PROCEEDINGS";
        public static final String PENDING = "PENDING";

        private Outcome() {}

        /** A Resolution's outcome; bad faith (17(b)(ii)) is not published apart from its outcome. */
        public static String of(ResolutionOutcome outcome) {
            return outcome == ResolutionOutcome.FOR_REQUESTING_PARTY ? FOR_REQUESTING_PARTY : FOR_RESPONDING_PARTY;
        }

        /** A termination's ground: settled before appointment or before the Resolution alike. */
        public static String of(TerminationGround ground) {
            return switch (ground) {
                case SETTLED_BEFORE_APPOINTMENT, SETTLED_BEFORE_RESOLUTION -> SETTLED;
                case OUT_OF_SCOPE -> TERMINATED_OUT_OF_SCOPE;
                case UNNECESSARY_OR_IMPOSSIBLE -> TERMINATED_UNNECESSARY_OR_IMPOSSIBLE;
                case COURT_PROCEEDINGS -> TERMINATED_COURT_PROCEEDINGS;
                case OTHER_PROCEEDINGS_DISCLOSED -> TERMINATED_OTHER_PROCEEDINGS;
            };
        }
    }

    /** Duration bands: calendar days from receipt of the Request to the end of the Procedure (R-STAT.1). */
    public static final class Duration {
        public static final String UP_TO_30_DAYS = "UP_TO_30_DAYS";
        public static final String DAYS_31_TO_60 = "DAYS_31_TO_60";
        public static final String DAYS_61_TO_90 = "DAYS_61_TO_90";
        public static final String OVER_90_DAYS = "OVER_90_DAYS";
        public static final String ONGOING = "ONGOING";

        private Duration() {}

        /** The last day of each band but the last, in order: 30 → up to 30 days, 60, 90, then over 90. */
        public static final Map<Integer, String> BANDS_UP_TO = bands();

        public static String bandOf(long days) {
            for (Map.Entry<Integer, String> band : BANDS_UP_TO.entrySet()) {
                if (days <= band.getKey()) {
                    return band.getValue();
                }
            }
            return OVER_90_DAYS;
        }

        private static Map<Integer, String> bands() {
            Map<Integer, String> bands = new java.util.LinkedHashMap<>();
            bands.put(30, UP_TO_30_DAYS);
            bands.put(60, DAYS_31_TO_60);
            bands.put(90, DAYS_61_TO_90);
            return java.util.Collections.unmodifiableMap(bands);
        }
    }
}
