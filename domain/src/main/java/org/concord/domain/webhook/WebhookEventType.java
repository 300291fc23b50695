package org.concord.domain.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.concord.domain.RuleViolation;

/**
 * What an organisation may be told by webhook (R-PLAT.2), each with the name it has on the wire ({@code type} in the
 * payload, the values of {@code events} in the API).
 */
public enum WebhookEventType {
    /** A Request was commenced against the organisation. */
    PROCEDURE_COMMENCED("procedure.commenced"),
    /** The Answer is due in a few days (the reminders of R-C3). */
    ANSWER_DUE("answer.due"),
    /** The Answer period ended and no Answer was filed. */
    ANSWER_PERIOD_ENDED("answer.period_ended"),
    /** The Neutral accepted the appointment. */
    NEUTRAL_APPOINTED("neutral.appointed"),
    /** The Resolution was communicated. */
    RESOLUTION_COMMUNICATED("resolution.communicated"),
    /** The Procedure was terminated. */
    PROCEDURE_TERMINATED("procedure.terminated"),
    /** The report on the implementation of the Resolution is due (R-PLAT.4). */
    IMPLEMENTATION_REPORT_DUE("implementation_report.due"),
    /** The organisation was invited to a mediation. */
    MEDIATION_INVITATION("mediation.invitation"),
    /** A message or communication was addressed to the organisation. */
    MESSAGE_RECEIVED("message.received");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in payloads and in the API, e.g. {@code procedure.commenced}. */
    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> ofWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.wireName.equals(wanted)
                        || t.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** R-PLAT.2: the type named so, or a refusal naming the field ({@code /events/2}) and the unknown name. */
    public static WebhookEventType parse(String name, String field) {
        return ofWireName(name)
                .orElseThrow(() -> new RuleViolation(
                        "R-PLAT.2", field, "rule.webhook.unknownEvent", name == null ? "" : name.strip()));
    }
}
