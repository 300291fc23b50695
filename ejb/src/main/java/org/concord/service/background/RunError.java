package org.concord.service.background;

import java.io.Serializable;
import java.util.List;
import org.concord.domain.BackgroundRun;

/**
 * The refusal a failed background run ended with (issue 24): the rule, the field (a JSON pointer, or null for the whole
 * run), the message key and its arguments, which the page resolves in the reader's language.
 */
public record RunError(String rule, String field, String key, List<String> arguments) implements Serializable {

    public static RunError of(BackgroundRun run) {
        return run.error()
                .map(e -> new RunError(
                        e.ruleId(),
                        e.field(),
                        e.messageKey(),
                        e.arguments().stream().map(String::valueOf).toList()))
                .orElse(null);
    }
}
