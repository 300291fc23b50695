package org.concord.domain.procedure;

import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;

/**
 * The guards of a Procedure and its parts, named once: who acts for the Center, in which state, with which text.
 * Each verb's {@code require…} and each {@code may…} predicate share these checks; the checks on the circle (who acts
 * as which participant) are on {@link Circle}.
 */
final class Guards {

    private Guards() {}

    static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static boolean isCenter(UserAccount account) {
        return account != null && account.actsForCenter();
    }

    /** Commenced and not yet ended: the Procedure is being conducted. */
    static boolean isConducted(ProcedureState state) {
        return state == ProcedureState.COMMENCED || state == ProcedureState.NEUTRAL_APPOINTED;
    }

    static void requireCenter(UserAccount by, String ruleId, String key) {
        if (!isCenter(by)) {
            throw new RuleViolation(ruleId, null, key);
        }
    }

    static void requireState(ProcedureState state, ProcedureState expected, String ruleId) {
        if (state != expected) {
            throw wrongState(state, ruleId);
        }
    }

    static void requireConducted(ProcedureState state, String ruleId) {
        if (!isConducted(state)) {
            throw wrongState(state, ruleId);
        }
    }

    static void requireRunning(ProcedureState state, String ruleId) {
        if (state.hasEnded()) {
            throw wrongState(state, ruleId);
        }
    }

    static RuleViolation wrongState(ProcedureState state, String ruleId) {
        return new RuleViolation(ruleId, null, "rule.procedure.wrongState", state);
    }

    static void requireText(String text, String ruleId, String field, String key) {
        if (strippedOrNull(text) == null) {
            throw new RuleViolation(ruleId, field, key);
        }
    }
}
