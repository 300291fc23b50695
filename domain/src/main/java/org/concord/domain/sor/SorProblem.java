package org.concord.domain.sor;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One finding about an imported Statement of Reasons (R-SOR.1, R-SOR.2): where it is (a JSON pointer, RFC 6901, such
 * as {@code /statements/3/decision_ground}), the rule it comes from, a message key of the resource bundles and its
 * arguments (the attribute, the value, the allowed values, the limit). It carries no text of its own: the page and the
 * API resolve the key from the same bundles in the reader's language (issue 20). Never a stack trace.
 *
 * @param arguments the arguments of the message ({0}, {1}, … in the bundle's pattern)
 */
public record SorProblem(String pointer, String ruleId, String key, List<Serializable> arguments)
        implements Serializable {

    public SorProblem {
        arguments = arguments == null
                ? List.of()
                : Collections.unmodifiableList(Arrays.asList(arguments.toArray(Serializable[]::new)));
    }

    /**
     * The finding at {@code pointer} under {@code ruleId}, said by {@code key} with {@code arguments}. R-OPS.1: a
     * finding shown on a page is in the session (replicated in a cluster): an argument that is not serialisable is
     * kept as its text, which is what the message shows of it.
     */
    public static SorProblem of(String pointer, String ruleId, String key, Object... arguments) {
        return new SorProblem(
                pointer,
                ruleId,
                key,
                Arrays.stream(arguments)
                        .map(a -> a == null || a instanceof Serializable ? (Serializable) a : a.toString())
                        .toList());
    }
}
