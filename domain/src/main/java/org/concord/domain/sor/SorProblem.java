package org.concord.domain.sor;

/**
 * One finding about an imported Statement of Reasons (R-SOR.1, R-SOR.2): where it is (a JSON pointer, RFC 6901, such
 * as {@code /statements/3/decision_ground}), the rule it comes from and a message that names the attribute and the
 * value. Never a stack trace.
 */
public record SorProblem(String pointer, String ruleId, String message) {
}
