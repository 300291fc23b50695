package org.concord.service.procedure;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.domain.document.Document;

/**
 * What a filing holds, hashed: the fingerprint an {@code Idempotency-Key} remembers ({@code FilingKey}), so that a
 * retry with the same content answers the first filing and a changed one under the same key is refused.
 *
 * <p>Derived from the form itself, so that no item is listed a second time: every instance field of the form, in the
 * order of the fields' names, with its name; a nested form (an annex) the same way; a set in sorted order (the order
 * a page or a client sends it in means nothing), a list in its order; bytes by their SHA-256; a text by its length
 * and characters (no separator can be forged); an enum by its name; {@code null} apart from every value. A new item
 * of a form is in its fingerprint by being a field of it.
 */
public final class Fingerprint {

    private static final String FORMS = "org.concord.service.";

    private Fingerprint() {}

    /**
     * @param form a form of this package (a JavaBean or record)
     * @param context what else the filing is about, e.g. the Procedure an Answer is filed in
     */
    public static String of(Object form, Object... context) {
        StringBuilder text = new StringBuilder();
        for (Object value : context) {
            append(text, value);
        }
        append(text, form);
        return Document.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append('-');
        } else if (value instanceof byte[] bytes) {
            text.append('b').append(Document.sha256(bytes));
        } else if (value instanceof CharSequence chars) {
            text.append('s').append(chars.length()).append(':').append(chars);
        } else if (value instanceof Enum<?> constant) {
            text.append('e').append(constant.name());
        } else if (value instanceof Set<?> set) {
            List<String> items = new ArrayList<>();
            set.forEach(item -> items.add(canonical(item)));
            items.sort(Comparator.naturalOrder());
            text.append('{');
            items.forEach(text::append);
            text.append('}');
        } else if (value instanceof Collection<?> list) {
            text.append('[');
            list.forEach(item -> append(text, item));
            text.append(']');
        } else if (value instanceof Map<?, ?>) {
            throw new IllegalArgumentException("A form holds no map: " + value.getClass());
        } else if (value.getClass().getName().startsWith(FORMS)) {
            text.append('(');
            for (Field field : fields(value.getClass())) {
                text.append(field.getName()).append('=');
                append(text, read(field, value));
            }
            text.append(')');
        } else {
            // Booleans, numbers, dates, UUIDs: their text is their value.
            text.append('v').append(canonical(value.toString()));
        }
        text.append(';');
    }

    private static String canonical(Object value) {
        StringBuilder text = new StringBuilder();
        append(text, value);
        return text.toString();
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        fields.sort(Comparator.comparing(Field::getName)
                .thenComparing(f -> f.getDeclaringClass().getName()));
        return fields;
    }

    private static Object read(Field field, Object form) {
        try {
            field.setAccessible(true);
            return field.get(form);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("A form's field cannot be read: " + field, e);
        }
    }
}
