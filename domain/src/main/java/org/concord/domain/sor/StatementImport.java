package org.concord.domain.sor;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.Restriction;

/**
 * R-SOR.1, R-SOR.2: reads a Statement of Reasons, or a batch {@code {"statements": [...]}}, in the DSA Transparency
 * Database's JSON form and checks it against the schema of {@code statement-of-reasons.md}. Every violation is
 * reported with its JSON pointer; a document with any violation yields no statement at all, so that nothing is stored
 * from an invalid document. Attributes Concord does not use are ignored.
 */
public final class StatementImport {

    /** The outcome: the statements (empty unless the whole document is valid), the errors and the warnings. */
    public record Outcome(List<StatementOfReasons> statements, List<SorProblem> errors, List<SorProblem> warnings) {

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public static final int MAX_BATCH = 100;
    private static final Pattern PUID = Pattern.compile("[A-Za-z0-9_-]{1,500}");
    private static final LocalDate EARLIEST_APPLICATION = LocalDate.of(2020, 1, 1);
    private static final String RULE = "R-SOR.1";
    private static final Map<String, Set<String>> FIXED_VALUES = Map.of(
            "source_type",
                    Set.of(
                            "SOURCE_ARTICLE_16",
                            "SOURCE_TRUSTED_FLAGGER",
                            "SOURCE_TYPE_OTHER_NOTIFICATION",
                            "SOURCE_VOLUNTARY"),
            "automated_decision",
                    Set.of(
                            "AUTOMATED_DECISION_FULLY",
                            "AUTOMATED_DECISION_PARTIALLY",
                            "AUTOMATED_DECISION_NOT_AUTOMATED"),
            "automated_detection", Set.of("Yes", "No"));

    private final SorVocabulary vocabulary;
    private final List<SorProblem> errors = new ArrayList<>();
    private final List<SorProblem> warnings = new ArrayList<>();

    private StatementImport(SorVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Reads {@code json}, imported by {@code importer} at {@code at}. */
    public static Outcome read(String json, UserAccount importer, Instant at) {
        Objects.requireNonNull(importer, "importer");
        return new StatementImport(SorVocabulary.standard()).readDocument(json == null ? "" : json, importer, at);
    }

    /** The attributes whose free text may name the infringement (R-SOR.3, reading): grounds, explanations, facts. */
    static final List<String> FREE_TEXT = List.of(
            "illegal_content_legal_ground",
            "illegal_content_explanation",
            "incompatible_content_ground",
            "incompatible_content_explanation",
            "decision_facts");

    /**
     * The free text of one statement as received ({@link #FREE_TEXT}, one per line), for the scope check only; it is
     * party material (R-SOR.5) and goes nowhere else.
     */
    static String freeText(String document) {
        JsonObject s;
        try (JsonReader reader = Json.createReader(new StringReader(document == null ? "{}" : document))) {
            s = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String name : FREE_TEXT) {
            if (present(s, name) instanceof JsonString value) {
                text.append(value.getString()).append('\n');
            }
        }
        return text.toString();
    }

    private Outcome readDocument(String json, UserAccount importer, Instant at) {
        JsonStructure root;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            root = reader.read();
        } catch (JsonParsingException e) {
            var where = e.getLocation();
            errors.add(SorProblem.of("", RULE, "sor.json.invalid", where.getLineNumber(), where.getColumnNumber()));
            return outcome(List.of());
        } catch (JsonException e) {
            errors.add(SorProblem.of("", RULE, "sor.json.unreadable"));
            return outcome(List.of());
        }
        if (!(root instanceof JsonObject object)) {
            errors.add(SorProblem.of("", RULE, "sor.json.notObject"));
            return outcome(List.of());
        }
        List<StatementOfReasons> statements = new ArrayList<>();
        if (object.containsKey("statements")) {
            JsonValue batch = object.get("statements");
            if (batch.getValueType() != JsonValue.ValueType.ARRAY
                    || batch.asJsonArray().isEmpty()) {
                errors.add(SorProblem.of("/statements", RULE, "sor.batch.empty", "statements"));
                return outcome(List.of());
            }
            JsonArray items = batch.asJsonArray();
            if (items.size() > MAX_BATCH) {
                errors.add(SorProblem.of("/statements", RULE, "sor.batch.tooMany", MAX_BATCH));
                return outcome(List.of());
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    errors.add(SorProblem.of("/statements/" + i, RULE, "sor.batch.notObject"));
                    continue;
                }
                statements.add(statement(items.getJsonObject(i), "/statements/" + i, importer, at));
            }
        } else {
            statements.add(statement(object, "", importer, at));
        }
        return outcome(errors.isEmpty() ? statements : List.of());
    }

    private Outcome outcome(List<StatementOfReasons> statements) {
        return new Outcome(List.copyOf(statements), List.copyOf(errors), List.copyOf(warnings));
    }

    private StatementOfReasons statement(JsonObject s, String at, UserAccount importer, Instant when) {
        String puid = text(s, at, "puid", 500, true);
        if (puid != null && !PUID.matcher(puid).matches()) {
            error(at, "puid", "sor.attribute.puidCharacters", "puid");
        }
        String platformName = text(s, at, "platform_name", 200, true);

        Set<Restriction> restrictions = EnumSet.noneOf(Restriction.class);
        List<String> visibility = codes(s, at, "decision_visibility", "decision_visibility", false);
        if (!visibility.isEmpty()) {
            restrictions.add(Restriction.VISIBILITY);
        }
        for (Restriction r : List.of(Restriction.MONETARY, Restriction.PROVISION, Restriction.ACCOUNT)) {
            if (code(s, at, r.attribute(), r.attribute(), false) != null) {
                restrictions.add(r);
            }
        }
        if (restrictions.isEmpty()) {
            errors.add(SorProblem.of(
                    at + "/decision_visibility",
                    RULE,
                    "sor.attribute.restrictionRequired",
                    "decision_visibility",
                    "decision_monetary",
                    "decision_provision",
                    "decision_account"));
        }
        code(s, at, "account_type", "account_type", false);

        String ground = code(s, at, "decision_ground", "decision_ground", true);
        if ("DECISION_GROUND_ILLEGAL_CONTENT".equals(ground)) {
            text(s, at, "illegal_content_legal_ground", 500, true);
            text(s, at, "illegal_content_explanation", 2000, true);
        } else if ("DECISION_GROUND_INCOMPATIBLE_CONTENT".equals(ground)) {
            text(s, at, "incompatible_content_ground", 500, true);
            text(s, at, "incompatible_content_explanation", 2000, true);
        }
        String category = code(s, at, "category", "categories", true);
        List<String> keywords = codes(s, at, "category_specification", "category_specification", false);
        List<String> territory = codes(s, at, "territorial_scope", "territorial_scope", false);
        String language = code(s, at, "content_language", "content_language", false);
        List<String> contentTypes = codes(s, at, "content_type", "content_type", true);

        date(s, at, "content_date", null);
        LocalDate application = date(s, at, "application_date", null);
        if (application == null && present(s, "application_date") == null) {
            error(at, "application_date", "sor.attribute.required", "application_date");
        } else if (application != null && application.isBefore(EARLIEST_APPLICATION)) {
            error(
                    at,
                    "application_date",
                    "sor.attribute.dateTooEarly",
                    "application_date",
                    EARLIEST_APPLICATION.toString());
        }
        for (String end : List.of(
                "end_date_visibility_restriction",
                "end_date_monetary_restriction",
                "end_date_service_restriction",
                "end_date_account_restriction")) {
            date(s, at, end, application);
        }
        text(s, at, "decision_facts", 5000, true);
        String source = fixed(s, at, "source_type");
        String automatedDecision = fixed(s, at, "automated_decision");
        String detection = fixed(s, at, "automated_detection");

        if (!errors.isEmpty()) {
            return null;
        }
        return new StatementOfReasons(
                importer,
                when,
                s.toString(),
                puid,
                platformName.strip(),
                restrictions,
                ground,
                category,
                keywords,
                language,
                territory,
                contentTypes,
                application,
                source,
                automatedDecision,
                detection == null ? null : "Yes".equals(detection));
    }

    private static JsonValue present(JsonObject s, String name) {
        JsonValue v = s.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
    }

    private String text(JsonObject s, String at, String name, int max, boolean required) {
        JsonValue v = present(s, name);
        if (v == null) {
            if (required) {
                error(at, name, "sor.attribute.required", name);
            }
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            error(at, name, "sor.attribute.notString", name);
            return null;
        }
        String text = ((JsonString) v).getString();
        if (required && text.isBlank()) {
            error(at, name, "sor.attribute.required", name);
        } else if (text.length() > max) {
            error(at, name, "sor.attribute.tooLong", name, max);
        }
        return text;
    }

    private String code(JsonObject s, String at, String name, String list, boolean required) {
        String value = text(s, at, name, 200, required);
        return value == null ? null : reading(at + "/" + name, name, list, value);
    }

    private List<String> codes(JsonObject s, String at, String name, String list, boolean required) {
        JsonValue v = present(s, name);
        if (v == null
                || v.getValueType() == JsonValue.ValueType.ARRAY
                        && v.asJsonArray().isEmpty()) {
            if (required) {
                error(at, name, "sor.attribute.required", name);
            }
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            error(at, name, "sor.attribute.notArray", name);
            return List.of();
        }
        List<String> values = new ArrayList<>();
        JsonArray array = v.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String pointer = at + "/" + name + "/" + i;
            if (array.get(i).getValueType() != JsonValue.ValueType.STRING) {
                errors.add(SorProblem.of(pointer, RULE, "sor.attribute.stringsOnly", name));
                continue;
            }
            String value = reading(pointer, name, list, array.getString(i));
            if (value != null && !values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    /** R-SOR.2: current values pass, deleted ones pass with a warning, renamed ones are mapped, others are errors. */
    private String reading(String pointer, String name, String list, String value) {
        SorVocabulary.Reading reading = vocabulary.read(list, value);
        switch (reading.standing()) {
            case DELETED -> warnings.add(SorProblem.of(pointer, "R-SOR.2", "sor.value.deleted", name, value));
            case RENAMED ->
                warnings.add(SorProblem.of(pointer, "R-SOR.2", "sor.value.renamed", name, value, reading.canonical()));
            case UNKNOWN -> {
                errors.add(SorProblem.of(pointer, "R-SOR.2", "sor.attribute.unknownValue", name, value));
                return null;
            }
            case CURRENT -> {
                // nothing to say
            }
        }
        return reading.canonical();
    }

    private String fixed(JsonObject s, String at, String name) {
        String value = text(s, at, name, 100, false);
        if (value != null && !FIXED_VALUES.get(name).contains(value)) {
            errors.add(SorProblem.of(
                    at + "/" + name,
                    "R-SOR.2",
                    "sor.attribute.notAllowedValue",
                    name,
                    value,
                    String.join(", ", new TreeSet<>(FIXED_VALUES.get(name)))));
            return null;
        }
        return value;
    }

    private LocalDate date(JsonObject s, String at, String name, LocalDate notBefore) {
        String value = text(s, at, name, 10, false);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (notBefore != null && date.isBefore(notBefore)) {
                // Reading: the schema wants an end date on or after application_date, but the Commission's own
                // batch example breaks it; such a statement is accepted with a warning that staff and user see.
                warnings.add(SorProblem.of(
                        at + "/" + name, RULE, "sor.attribute.beforeApplication", name, value, "application_date"));
            }
            return date;
        } catch (DateTimeParseException e) {
            error(at, name, "sor.attribute.notDate", name, value);
            return null;
        }
    }

    /** An R-SOR.1 error at the attribute {@code name} of the statement at {@code at}: a key and its arguments. */
    private void error(String at, String name, String key, Object... arguments) {
        errors.add(SorProblem.of(at + "/" + name, RULE, key, arguments));
    }
}
