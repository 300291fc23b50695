package org.concord.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Adds messages from the {@code messages} bundle in the view's language; keeps them across a redirect ({@link KeptMessages}). */
final class Messages {

    private Messages() {}

    static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        // MessageFormat only for patterns with arguments: there, an apostrophe is written '' in the bundle.
        return args.length == 0 || !pattern.contains("{")
                ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale())
                        .format(dated(
                                org.concord.domain.LocalisedText.resolve(
                                        args, context.getViewRoot().getLocale()),
                                context.getViewRoot().getLocale()));
    }

    /** The text of {@code key} (a pattern without arguments), or {@code fallback} when the bundle does not know it. */
    static String textOr(String key, String fallback) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** Issue 24: a date or instant in a message (a refusal's "communicated on …") as the page writes it, not ISO. */
    private static Object[] dated(Object[] args, java.util.Locale locale) {
        Object[] dated = args.clone();
        for (int i = 0; i < dated.length; i++) {
            if (dated[i] instanceof java.time.LocalDate || dated[i] instanceof java.time.Instant) {
                dated[i] = When.format(dated[i], locale);
            }
        }
        return dated;
    }

    static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** At the component {@code clientId} found by {@link Refusals} (also inside a repeat), or at the top. */
    static void errorAt(String clientId, String key, Object... args) {
        errorTextAt(clientId, text(key, args));
    }

    /** A text already in the view's language (a Bean Validation message), as {@link #errorAt}. */
    static void errorTextAt(String clientId, String text) {
        KeptMessages.add(
                FacesContext.getCurrentInstance(), clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** At the field when the page has it, otherwise at the top, so that no refusal goes unseen. */
    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean onPage = clientId != null && context.getViewRoot().findComponent(clientId) != null;
        KeptMessages.add(context, onPage ? clientId : null, new FacesMessage(severity, text, null));
    }
}
