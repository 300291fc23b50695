package org.concord.domain.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * R-PLAT.2, R-13: what happened, as a webhook tells it: the type, the instant, the organisation told, and the
 * Procedure or mediation it happened in by id and reference. Nothing else: no names, no text of a filing or a
 * message. The receiver fetches the rest through the API with its own token, so a leaking endpoint leaks no content.
 */
public record WebhookEvent(
        WebhookEventType type, Instant at, UUID organisationId, Subject subject, UUID subjectId, String reference) {

    /** Where it happened. */
    public enum Subject {
        PROCEDURE("procedureId"),
        MEDIATION("mediationId");

        private final String idField;

        Subject(String idField) {
            this.idField = idField;
        }
    }

    public WebhookEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectId, "subjectId");
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The body, Standard Webhooks' shape: {@code {"type":"procedure.commenced","timestamp":"…Z","data":
     * {"organisationId":"…","procedureId":"…","reference":"…"}}}.
     */
    public String payload() {
        StringBuilder json = new StringBuilder(240)
                .append("{\"type\":\"")
                .append(type.wireName())
                .append("\",\"timestamp\":\"")
                .append(at)
                .append("\",\"data\":{\"organisationId\":\"")
                .append(organisationId)
                .append("\",\"")
                .append(subject.idField)
                .append("\":\"")
                .append(subjectId)
                .append('"');
        if (reference != null) {
            json.append(",\"reference\":");
            quote(json, reference);
        }
        return json.append("}}").toString();
    }

    private static void quote(StringBuilder json, String text) {
        json.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** A new message id, {@code msg_} and a random UUID: stable for every attempt of one delivery. */
    static String newMessageId() {
        return "msg_" + UUID.randomUUID();
    }
}
