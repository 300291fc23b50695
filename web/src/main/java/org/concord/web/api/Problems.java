package org.concord.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 9457 problem details, the API's only error format. A refused field is named by its JSON pointer and the rule
 * it breaks. "Not found" has exactly one body, whatever the reason. The titles are fixed; each
 * {@code detail} is a text of the pages' bundles in the caller's language ({@link MessageResolver}), English where
 * no language is known.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String INVALID_INPUT = "urn:concord:problem:invalid-input";
    public static final String RULE_VIOLATION = "urn:concord:problem:rule-violation";
    public static final String ERASED = "urn:concord:problem:erased";

    /** The key of the detail of a body that is not JSON of the expected shape. */
    public static final String UNREADABLE_BODY = "problem.unreadableBody";

    private Problems() {}

    /**
     * One refused input: a JSON pointer into the request body, or the name of a query parameter; what is wrong; the
     * rule id (may be null).
     */
    public record FieldError(String pointer, String parameter, String detail, String rule) {

        public FieldError(String pointer, String detail, String rule) {
            this(pointer, null, detail, rule);
        }

        public static FieldError parameter(String name, String detail, String rule) {
            return new FieldError(null, name, detail, rule);
        }

        String key() {
            return pointer != null ? pointer : parameter;
        }
    }

    public static JsonObject notFound() {
        return base("about:blank", "Not Found", 404).build();
    }

    public static JsonObject unauthorized(MessageResolver texts) {
        return base("about:blank", "Unauthorized", 401)
                .add("detail", texts.text("problem.unauthorized"))
                .build();
    }

    public static JsonObject forbidden(MessageResolver texts) {
        return base("about:blank", "Forbidden", 403)
                .add("detail", texts.text("problem.forbidden"))
                .build();
    }

    public static JsonObject badRequest(String detail) {
        return base(INVALID_INPUT, "Invalid input", 400).add("detail", detail).build();
    }

    public static JsonObject invalid(List<FieldError> errors, MessageResolver texts) {
        return invalid(errors, List.of(), texts);
    }

    /**
     * As {@link #invalid(List, MessageResolver)}, with the {@code warnings} found in the same input (R-SOR.1: a
     * refused Statement of Reasons reports every finding at once, so that a second round finds nothing new).
     */
    public static JsonObject invalid(List<FieldError> errors, List<FieldError> warnings, MessageResolver texts) {
        JsonObjectBuilder problem = base(INVALID_INPUT, "Invalid input", 400)
                .add(
                        "detail",
                        errors.size() == 1
                                ? errors.get(0).detail()
                                : texts.text("problem.fieldsInvalid", errors.size()))
                .add("errors", fields(errors));
        if (!warnings.isEmpty()) {
            problem.add("warnings", fields(warnings));
        }
        return problem.build();
    }

    private static JsonArrayBuilder fields(List<FieldError> errors) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (FieldError e : errors) {
            JsonObjectBuilder item = Json.createObjectBuilder();
            if (e.pointer() != null) {
                item.add("pointer", e.pointer());
            } else {
                item.add("parameter", e.parameter());
            }
            item.add("detail", e.detail());
            if (e.rule() != null) {
                item.add("rule", e.rule());
            }
            array.add(item);
        }
        return array;
    }

    public static JsonObject ruleViolation(String rule, String detail) {
        return base(RULE_VIOLATION, "Not allowed by the Rules", 409)
                .add("detail", detail)
                .add("rule", rule)
                .build();
    }

    /** A camt.053 document Concord cannot read: the line, column and element, and what is wrong. */
    public static JsonObject malformedStatement(int line, int column, String element, String detail) {
        JsonObjectBuilder problem = base(INVALID_INPUT, "Unreadable bank statement", 400)
                .add("detail", detail)
                .add("line", line)
                .add("column", column);
        if (element != null) {
            problem.add("element", element);
        }
        return problem.build();
    }

    /** RFC 9457 for an Idempotency-Key that cannot be honoured; the header is named. */
    public static JsonObject idempotencyConflict(int status, String detail) {
        return base("urn:concord:problem:idempotency-key", status == 409 ? "Conflict" : "Unprocessable Content", status)
                .add("detail", detail)
                .add("header", "Idempotency-Key")
                .build();
    }

    /** Someone else changed the same record at the same moment; nothing was changed, try again. */
    public static JsonObject concurrentChange(MessageResolver texts) {
        return base("about:blank", "Conflict", 409)
                .add("detail", texts.text("problem.concurrentChange"))
                .build();
    }

    public static JsonObject serverError(MessageResolver texts) {
        return base("about:blank", "Internal Server Error", 500)
                .add("detail", texts.text("problem.serverError"))
                .build();
    }

    /**
     * R-OPS.3: a document of the caller's circle whose content retention erased: 410 Gone, the instant and, in the
     * caller's language, the date of the erasure.
     */
    public static JsonObject erased(java.time.Instant erasedAt, MessageResolver texts) {
        return base(ERASED, "Gone", 410)
                .add(
                        "detail",
                        texts.text(
                                "document.erasedGone",
                                org.concord.web.faces.When.format(
                                        org.concord.domain.time.GenevaTime.dateOf(erasedAt), texts.locale())))
                .add("erasedAt", erasedAt.toString())
                .add("rule", "R-OPS.3")
                .build();
    }

    public static Response response(JsonObject problem) {
        return Response.status(problem.getInt("status"))
                .type(MEDIA_TYPE)
                .entity(problem.toString())
                .build();
    }

    public static void write(HttpServletResponse response, JsonObject problem) throws IOException {
        byte[] body = problem.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.getInt("status"));
        response.setContentType(MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static JsonObjectBuilder base(String type, String title, int status) {
        return Json.createObjectBuilder().add("type", type).add("title", title).add("status", status);
    }

    /** R-SEC.5: a body over the configured limit, refused before it was read (or as soon as it passed it). */
    public static JsonObject payloadTooLarge(long limit, MessageResolver texts) {
        return base("urn:concord:problem:payload-too-large", "Content Too Large", 413)
                .add("detail", texts.text("problem.payloadTooLarge", mebibytes(limit), String.valueOf(limit)))
                .add("limit", limit)
                .add("rule", "R-SEC.5")
                .build();
    }

    /**
     * R-SEC.4 (issue 22, cross-site requests): a state-changing call says what it sends, in a type that no other
     * site's page can send without the browser asking first; the accepted types are named.
     */
    public static JsonObject unsupportedMediaType(List<String> accepted, MessageResolver texts) {
        JsonArrayBuilder types = Json.createArrayBuilder();
        accepted.forEach(types::add);
        return base("urn:concord:problem:unsupported-media-type", "Unsupported Media Type", 415)
                .add("detail", texts.text("problem.unsupportedMediaType", String.join(", ", accepted)))
                .add("accepted", types)
                .add("rule", "R-SEC.4")
                .build();
    }

    /** A size in MiB for people ("32"; "0.5" below one). */
    public static String mebibytes(long bytes) {
        double mib = bytes / (1024.0 * 1024.0);
        return mib == Math.rint(mib) ? String.valueOf((long) mib) : String.format(java.util.Locale.ROOT, "%.1f", mib);
    }

    /**
     * R-ACC.4 (issue 21): the account must change its initial password in the portal before it may use the API.
     */
    public static JsonObject passwordChangeRequired(MessageResolver texts) {
        return base(RULE_VIOLATION, "Forbidden", 403)
                .add("detail", texts.text("problem.passwordChangeRequired"))
                .add("rule", "R-ACC.4")
                .build();
    }

    /** R-SEC.3: the API token that authenticated the call lacks the scope the call needs. */
    public static JsonObject tokenScopeMissing(String scope, MessageResolver texts) {
        return base("urn:concord:problem:token-scope", "Forbidden", 403)
                .add("detail", texts.text("problem.tokenScopeMissing", scope))
                .add("scope", scope)
                .add("rule", "R-SEC.3")
                .build();
    }

    /** R-SEC.3: an API token may not issue or revoke tokens (nor make the other changes that need a person). */
    public static JsonObject tokenNotAccepted(MessageResolver texts) {
        return base("urn:concord:problem:session-required", "Forbidden", 403)
                .add("detail", texts.text("problem.tokenNotAccepted"))
                .add("rule", "R-SEC.3")
                .build();
    }
}
