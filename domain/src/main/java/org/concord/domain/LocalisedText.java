package org.concord.domain;

import java.util.Locale;

/**
 * An argument of a refusal whose text comes from a library with its own translations (the password strength
 * estimator's reason, R-ACC.4): the page and the API ask it for the reader's language when they format the message,
 * so that no service localises text.
 */
@FunctionalInterface
public interface LocalisedText {

    /** The text in {@code locale} (English where the library has no translation). */
    String in(Locale locale);

    /** The arguments of a message with every {@code LocalisedText} replaced by its text in {@code locale}. */
    static Object[] resolve(Object[] arguments, Locale locale) {
        if (arguments == null) {
            return null;
        }
        Object[] resolved = arguments.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof LocalisedText text) {
                resolved[i] = text.in(locale);
            }
        }
        return resolved;
    }
}
