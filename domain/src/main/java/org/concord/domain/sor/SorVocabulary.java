package org.concord.domain.sor;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The allowed values of the Transparency Database's enumerated attributes, read from the Commission's
 * {@code statements.json} (kept unchanged as a resource), and the rule R-SOR.2 for values that were deleted or
 * renamed: a deleted value is accepted with a warning, a renamed one is mapped to its new name, an unknown one is an
 * error.
 */
public final class SorVocabulary {

    /** How a value reads against the vocabulary. */
    public enum Standing {
        CURRENT,
        DELETED,
        RENAMED,
        UNKNOWN
    }

    /** A value's standing and the name to keep (the new name of a renamed value). */
    public record Reading(Standing standing, String canonical) {}

    private static final SorVocabulary STANDARD = load();

    private final Map<String, Set<String>> current = new HashMap<>();
    private final Map<String, Set<String>> deleted = new HashMap<>();
    private final Map<String, Map<String, String>> renamed = new HashMap<>();

    private SorVocabulary() {}

    public static SorVocabulary standard() {
        return STANDARD;
    }

    /** Reads {@code value} of the list {@code list} (a key of statements.json, e.g. {@code categories}). */
    public Reading read(String list, String value) {
        Map<String, String> renames = renamed.getOrDefault(list, Map.of());
        if (renames.containsKey(value)) {
            return new Reading(Standing.RENAMED, renames.get(value));
        }
        if (current.getOrDefault(list, Set.of()).contains(value)) {
            return new Reading(Standing.CURRENT, value);
        }
        if (deleted.getOrDefault(list, Set.of()).contains(value)) {
            return new Reading(Standing.DELETED, value);
        }
        return new Reading(Standing.UNKNOWN, value);
    }

    private static SorVocabulary load() {
        try (InputStream in = SorVocabulary.class.getResourceAsStream("statements.json");
                JsonReader reader = Json.createReader(in)) {
            JsonObject lists = reader.readObject();
            SorVocabulary vocabulary = new SorVocabulary();
            for (Map.Entry<String, JsonValue> entry : lists.entrySet()) {
                String key = entry.getKey();
                JsonArray values = entry.getValue().asJsonArray();
                if (key.startsWith("renamed_")) {
                    Map<String, String> renames = new HashMap<>();
                    values.forEach(pair -> renames.put(
                            pair.asJsonArray().getString(0), pair.asJsonArray().getString(1)));
                    vocabulary.renamed.put(listName(key.substring("renamed_".length())), renames);
                } else if (key.startsWith("deleted_")) {
                    vocabulary.deleted.put(listName(key.substring("deleted_".length())), strings(values));
                } else {
                    String list = listName(key.startsWith("new_") ? key.substring("new_".length()) : key);
                    vocabulary
                            .current
                            .computeIfAbsent(list, k -> new HashSet<>())
                            .addAll(strings(values));
                }
            }
            return vocabulary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** statements.json says {@code category_specifications} in its new/deleted/renamed lists and the singular elsewhere. */
    private static String listName(String key) {
        return "category_specifications".equals(key) ? "category_specification" : key;
    }

    private static Set<String> strings(JsonArray values) {
        Set<String> set = new HashSet<>();
        values.forEach(v -> set.add(((JsonString) v).getString()));
        return set;
    }

    Optional<Set<String>> list(String name) {
        return Optional.ofNullable(current.get(name));
    }
}
