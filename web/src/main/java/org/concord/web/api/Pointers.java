package org.concord.web.api;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * RFC 6901 JSON pointers into a request body ({@code /description}, {@code /annexes/0}, {@code /absences/0/to}): the
 * one way the API names a refused field, whether a rule of the domain refused it or Bean Validation did.
 */
public final class Pointers {

    private Pointers() {}

    /**
     * The pointer of a Bean Validation property path: the property and container-element nodes below the method
     * parameter, each index or key of an iterable as a segment of its own ({@code absences[0].to} →
     * {@code /absences/0/to}); the empty pointer (the whole body) when no property is named.
     */
    public static String of(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                continue;
            }
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    pointer.append('/').append(escape(String.valueOf(position)));
                }
            }
            if (kind == ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    /**
     * A field a refusal names, as a pointer. Refusals name their field as a pointer already; a name without the
     * leading slash, or in the older dotted form with brackets ({@code absences[0].to}, {@code annexes/0}), is read
     * into the same pointer. {@code null} stays {@code null}: the refusal is about the whole action.
     */
    public static String of(String field) {
        if (field == null || field.startsWith("/") || field.isEmpty()) {
            return field;
        }
        StringBuilder pointer = new StringBuilder();
        for (String part : field.replace("]", "").split("[./\\[]")) {
            if (!part.isEmpty()) {
                pointer.append('/').append(escape(part));
            }
        }
        return pointer.toString();
    }

    /** RFC 6901, section 3: {@code ~} is {@code ~0} and {@code /} is {@code ~1} within a segment. */
    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
