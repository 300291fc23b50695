package org.concord.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.procedure.Procedure;

/**
 * Where a list read by keyset, newest first, goes on: the instant and id of the last row shown (a Procedure's receipt, a
 * webhook delivery's or a mail's creation), as an opaque URL-safe token. It reveals nothing a caller could not see on
 * the page it came from. Kept beside {@link Page}, so that every context pages one way without depending on another.
 */
public record ListCursor(Instant receivedAt, UUID id) {

    public static ListCursor after(Procedure last) {
        return new ListCursor(last.receivedAt(), last.id());
    }

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((receivedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws RuleViolation naming the parameter when the token is not one Concord made */
    public static ListCursor decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            return new ListCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new RuleViolation("R-C1", "/after", "list.cursor.invalid");
        }
    }
}
