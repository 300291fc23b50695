package org.concord.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.concord.domain.RuleViolation;
import org.concord.domain.sor.SorProblem;

/**
 * The API's texts in the caller's language: the same message keys and the same bundles as the pages
 * ({@code org.concord.web.messages}, the Faces {@code msg} bundle; {@code ValidationMessages} for Bean Validation),
 * chosen by {@code Accept-Language} among the languages the pages speak (English by default, French, German). A
 * refusal carries a key and its arguments only (issue 20); this is the one place the API turns them into text, so
 * that every problem mapper answers in the same language as the others.
 */
public final class MessageResolver {

    /** The pages' bundle (faces-config.xml, {@code <var>msg</var>}). */
    public static final String BUNDLE = "org.concord.web.messages";

    /** The languages of the bundles, the first being the default (faces-config.xml's locale-config). */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);

    /** Never the server's own locale: a missing language falls back to the base (English) bundle. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private MessageResolver(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, MessageResolver.class.getClassLoader(), NO_FALLBACK);
    }

    /** The resolver for the caller's {@code Accept-Language} (in the order of its q-values). */
    public static MessageResolver of(HttpHeaders headers) {
        List<Locale> acceptable;
        try {
            acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (RuntimeException unreadableHeader) {
            acceptable = List.of();
        }
        return of(acceptable);
    }

    /**
     * The resolver for a request outside JAX-RS (the authentication mechanism). Without an {@code Accept-Language}
     * the servlet container would offer the server's own locale; the API answers English then, as everywhere.
     */
    public static MessageResolver of(HttpServletRequest request) {
        return of(
                request == null || request.getHeader("Accept-Language") == null
                        ? List.of()
                        : Collections.list(request.getLocales()));
    }

    /** The first acceptable language the bundles speak; English when none is ({@code *} included). */
    public static MessageResolver of(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equalsIgnoreCase(wanted.getLanguage())) {
                    return new MessageResolver(supported);
                }
            }
        }
        return new MessageResolver(SUPPORTED.get(0));
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key; the key itself where no bundle has it (the completeness test keeps that from happening). */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            pattern = key;
        }
        return format(pattern, locale, args);
    }

    /** What a refusal says: its key with its arguments. */
    public String text(RuleViolation refused) {
        return text(refused.messageKey(), refused.arguments().toArray());
    }

    /** What a finding about an imported Statement of Reasons says (R-SOR.1, R-SOR.2): its key with its arguments. */
    public String text(SorProblem problem) {
        return text(problem.key(), problem.arguments().toArray());
    }

    /**
     * A pattern with its arguments, by the pages' rule (faces {@code Messages.text}): only a pattern with arguments
     * goes through {@link MessageFormat}, where an apostrophe is written {@code ''}; one without is the text itself.
     */
    public static String format(String pattern, Locale locale, Object... args) {
        return args == null || args.length == 0 || !pattern.contains("{")
                ? pattern
                : new MessageFormat(pattern, locale).format(org.concord.domain.LocalisedText.resolve(args, locale));
    }

    /**
     * A Bean Validation message in this language: the violation's template interpolated again (its
     * {@code ValidationMessages} key and the constraint's attributes such as {@code {max}}) for this locale. Falls
     * back to the message the validator made when the template cannot be interpolated. English asks for the base
     * bundles ({@link Locale#ROOT}): the validator's bundle lookup would otherwise fall back to the server's locale,
     * there being no {@code ValidationMessages_en}.
     */
    public String validation(ConstraintViolation<?> violation) {
        try {
            return Interpolator.INSTANCE.interpolate(
                    violation.getMessageTemplate(),
                    new Context(violation),
                    locale.equals(SUPPORTED.get(0)) ? Locale.ROOT : locale);
        } catch (RuntimeException notInterpolated) {
            return violation.getMessage();
        }
    }

    /** The platform's default interpolator, made once and on first use. */
    private static final class Interpolator {
        static final MessageInterpolator INSTANCE =
                Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
    }

    private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new ValidationException("Cannot unwrap to " + type.getName());
        }
    }
}
