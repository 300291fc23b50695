package org.concord.domain.procedure;

import java.util.List;
import org.concord.domain.RuleViolation;
import org.concord.domain.RuleViolations;

/**
 * a Request, an Answer or a Resolution lacks items; names every one of them, in the order
 * of the Article. The violation's own field and key are the first item's, so that a reader who shows one refusal
 * shows the first; the API and the page show them all ({@link #missing()}). The domain is the one place that checks
 * completeness. One kind of {@link RuleViolations}: each missing item is also one of its {@link #violations()}.
 */
public class ItemsMissing extends RuleViolations {

    private final transient List<RequestItems.Missing> missing;

    ItemsMissing(String ruleId, List<RequestItems.Missing> missing) {
        super(
                ruleId,
                missing.stream()
                        .map(m -> new RuleViolation(m.ruleId(), m.field(), m.messageKey()))
                        .toList());
        this.missing = List.copyOf(missing);
    }

    /** The log line: the rule, the key and every missing item by its Article and pointer (no sentence). */
    @Override
    public String getMessage() {
        return ruleId() + " " + messageKey() + " at " + field() + " "
                + missing.stream().map(m -> m.item() + " " + m.field()).toList();
    }

    /** Every missing item, each with its JSON pointer, key and rule. */
    public List<RequestItems.Missing> missing() {
        return missing;
    }

    /** Refuses when {@code missing} is not empty; {@code ruleId} {@code null}: the first item's own rule. */
    static void requireNone(String ruleId, List<RequestItems.Missing> missing) {
        if (!missing.isEmpty()) {
            throw new ItemsMissing(ruleId != null ? ruleId : missing.get(0).ruleId(), missing);
        }
    }
}
