package org.concord.service.statistics;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.concord.domain.statistics.GateRun;
import org.concord.domain.statistics.Release;

/**
 * A background run of the gate, for staff (issue 24, R-STAT.3): what was asked, where the run is (its state, its
 * step, how far in percent and how many linear programs the audit has solved), and how it ended: the release,
 * published or refused with its reasons, or the refusal that stopped it with its rule and field.
 */
public record GateRunView(
        UUID id,
        UUID publication,
        String title,
        String period,
        LocalDate cutoff,
        int k,
        int kp,
        String state,
        String step,
        int percent,
        int programs,
        boolean active,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        UUID release,
        Boolean published,
        List<String> refusals,
        Error error)
        implements Serializable {

    /**
     * The refusal a failed run ended with: the rule, the field (an RFC 6901 pointer into the run's form, or null for
     * the whole run), the message key with its arguments, and the message in the reader's language where the
     * adapter resolved it.
     */
    public record Error(String rule, String field, String key, List<String> arguments, String message)
            implements Serializable {

        public Error withMessage(String text) {
            return new Error(rule, field, key, arguments, text);
        }
    }

    static GateRunView of(GateRun run) {
        Release release = run.release().orElse(null);
        var settings = run.settings(StatisticsService.AUDIT_BUDGET);
        return new GateRunView(
                run.id(),
                run.publication().id(),
                run.publication().title(),
                run.periodCode(),
                run.cutoff(),
                settings.k(),
                settings.kp(),
                run.state().name(),
                run.step().name(),
                run.step().percent(),
                run.programs(),
                run.state().active(),
                run.requestedBy(),
                run.requestedAt(),
                run.startedAt().orElse(null),
                run.finishedAt().orElse(null),
                release == null ? null : release.id(),
                release == null ? null : release.published(),
                release == null ? List.of() : release.refusals(),
                run.error()
                        .map(e -> new Error(
                                e.ruleId(),
                                e.field(),
                                e.messageKey(),
                                e.arguments().stream().map(String::valueOf).toList(),
                                null))
                        .orElse(null));
    }

    /** The same run with its error's message resolved in the reader's language. */
    public GateRunView withErrorMessage(String text) {
        return new GateRunView(
                id,
                publication,
                title,
                period,
                cutoff,
                k,
                kp,
                state,
                step,
                percent,
                programs,
                active,
                requestedBy,
                requestedAt,
                startedAt,
                finishedAt,
                release,
                published,
                refusals,
                error == null ? null : error.withMessage(text));
    }
}
