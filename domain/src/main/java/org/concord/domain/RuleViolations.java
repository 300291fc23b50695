package org.concord.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several refusals of one submission, named all at once so that a person corrects every field in one go: each is a
 * {@link RuleViolation} with its own rule, JSON pointer, key and arguments ({@link #violations()}). The violation's own
 * rule, field and key are the first's, so that a reader who shows one refusal shows the first; the page and the API
 * show them all. The missing items of a Request, an Answer or a Resolution are one kind of it ({@code ItemsMissing});
 * a registration and a new password are others (R-ACC.1, R-ACC.4, issue 21). Thrown by the domain only, through a
 * {@link Collector}.
 */
public class RuleViolations extends RuleViolation {

    private final transient List<RuleViolation> violations;

    /** {@code ruleId} is the rule of the whole (for the log); {@code violations} (at least one) say what and where. */
    protected RuleViolations(String ruleId, List<? extends RuleViolation> violations) {
        super(
                ruleId,
                violations.get(0).field(),
                violations.get(0).messageKey(),
                violations.get(0).arguments().toArray());
        this.violations = List.copyOf(violations);
    }

    /** Every refusal, in the order of the form's fields. */
    public List<RuleViolation> violations() {
        return violations;
    }

    /** The log line: each refusal's rule, key and field (no sentence). */
    @Override
    public String getMessage() {
        return getClass().getSimpleName() + " "
                + violations.stream().map(RuleViolation::getMessage).toList();
    }

    /**
     * Gathers the refusals of one submission, each check run whatever the others found; {@link #requireNone()}
     * throws nothing when all passed, the one refusal as itself, and several as one {@link RuleViolations}.
     */
    public static final class Collector {

        private final String ruleId;
        private final List<RuleViolation> found = new ArrayList<>();

        /** {@code ruleId}: the rule of the whole submission (R-ACC.1 for a registration). */
        public Collector(String ruleId) {
            this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        }

        /** Adds a refusal (those of a {@link RuleViolations} one by one). */
        public Collector refuse(RuleViolation violation) {
            if (violation instanceof RuleViolations several) {
                found.addAll(several.violations());
            } else {
                found.add(Objects.requireNonNull(violation, "violation"));
            }
            return this;
        }

        /** Runs a check that refuses by throwing, and keeps its refusal instead of stopping at it. */
        public Collector check(Runnable check) {
            try {
                check.run();
            } catch (RuleViolation refused) {
                refuse(refused);
            }
            return this;
        }

        /** Whether a refusal names this field (a JSON pointer) already. */
        public boolean refuses(String field) {
            return found.stream().anyMatch(v -> Objects.equals(field, v.field()));
        }

        /** Every refusal found so far. */
        public List<RuleViolation> found() {
            return List.copyOf(found);
        }

        /** Refuses the submission when any check refused it: the one refusal, or all of them at once. */
        public void requireNone() {
            if (found.size() == 1) {
                throw found.get(0);
            }
            if (!found.isEmpty()) {
                throw new RuleViolations(ruleId, found);
            }
        }
    }
}
