package org.concord.domain.statistics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.domain.procedure.ImplementationOutcome;
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
                    Duration.ONGOING)),
    /**
     * R-PLAT.5 (a reading): the platform's decision as the Commission's template for platforms' transparency reports
     * on out-of-court dispute settlement counts it: upheld, reversed, partially reversed, not decided.
     */
    PLATFORM_DECISION(
            true,
            List.of(
                    PlatformDecision.UPHELD,
                    PlatformDecision.REVERSED,
                    PlatformDecision.PARTIALLY_REVERSED,
                    PlatformDecision.NOT_DECIDED,
                    PlatformDecision.PENDING)),
    /**
     * R-PLAT.4, R-PLAT.5: whether the platform implemented the Resolution as it reported (R-PLAT.4); "unknown" while
     * it has not reported, "not applicable" for a Procedure that ended without a Resolution. It changes after the end,
     * when the report arrives: {@link Stratum#reported()} says by which cut-off.
     */
    IMPLEMENTED(
            true,
            List.of(
                    Implemented.YES,
                    Implemented.PARTLY,
                    Implemented.NO,
                    Implemented.UNKNOWN,
                    Implemented.NOT_APPLICABLE,
                    Implemented.PENDING));

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
        return switch (this) {
            case OUTCOME, PLATFORM_DECISION, IMPLEMENTED -> Outcome.PENDING;
            case DURATION -> Duration.ONGOING;
            case MATTER, RESTRICTION, LANGUAGE, COUNTRY -> throw new IllegalStateException(name() + " never changes");
        };
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

    /**
     * R-PLAT.5, a reading of the Commission's template (platform decision upheld, reversed, partially reversed, not
     * decided) for a DCTI Procedure, whose Requesting Party contests the platform's decision to restrict its content
     * a Resolution for the Requesting Party reverses the decision; one for the Responding Party (the
     * platform), with or without bad faith, upholds it. A Resolution decides for one Party (R-14.1 (iii)), so no
     * outcome of Concord is a partial reversal today; the category is printed (with zeros) because the template has
     * it. A Procedure that ends without a Resolution (settled, withdrawn by ending it as unnecessary, out of scope,
     * court or other proceedings: every ground of Article 15) leaves the decision not decided by the Center: a
     * settlement's terms are the Parties' and confidential, so Concord does not classify them.
     */
    public static final class PlatformDecision {
        public static final String UPHELD = "UPHELD";
        public static final String REVERSED = "REVERSED";
        public static final String PARTIALLY_REVERSED = "PARTIALLY_REVERSED";
        public static final String NOT_DECIDED = "NOT_DECIDED";
        public static final String PENDING = Outcome.PENDING;

        private PlatformDecision() {}

        /** A Resolution's outcome (R-14.1 (iii)). */
        public static String of(ResolutionOutcome outcome) {
            return switch (outcome) {
                case FOR_REQUESTING_PARTY -> REVERSED;
                case FOR_RESPONDING_PARTY, FOR_RESPONDING_PARTY_BAD_FAITH -> UPHELD;
            };
        }

        /** A termination's ground: the Center did not decide on the platform's decision. */
        public static String of(TerminationGround ground) {
            return switch (ground) {
                case SETTLED_BEFORE_APPOINTMENT,
                        SETTLED_BEFORE_RESOLUTION,
                        OUT_OF_SCOPE,
                        UNNECESSARY_OR_IMPOSSIBLE,
                        COURT_PROCEEDINGS,
                        OTHER_PROCEEDINGS_DISCLOSED -> NOT_DECIDED;
            };
        }
    }

    /** R-PLAT.4, R-PLAT.5: "implemented" yes, partly, no, unknown (not reported), not applicable (no Resolution). */
    public static final class Implemented {
        public static final String YES = "YES";
        public static final String PARTLY = "PARTLY";
        public static final String NO = "NO";
        public static final String UNKNOWN = "UNKNOWN";
        public static final String NOT_APPLICABLE = "NOT_APPLICABLE";
        public static final String PENDING = Outcome.PENDING;

        private Implemented() {}

        /** The platform's report (R-PLAT.4). */
        public static String of(ImplementationOutcome outcome) {
            return switch (outcome) {
                case IMPLEMENTED -> YES;
                case PARTLY -> PARTLY;
                case NOT_IMPLEMENTED -> NO;
            };
        }

        /** A reported value, which counts only from the cut-off by which the report was made. */
        public static boolean isReported(String value) {
            return YES.equals(value) || PARTLY.equals(value) || NO.equals(value);
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
