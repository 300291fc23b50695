package org.concord.domain.account;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.concord.domain.LocalisedText;
import org.concord.domain.RuleViolation;
import org.concord.domain.RuleViolations;

/**
 * R-ACC.4, the one place of the password rule: at least {@value #MIN_LENGTH} characters, and not guessable as judged
 * by a maintained strength estimator (zxcvbn4j, with its own dictionaries of common passwords, names and words; never
 * a hand-written list). A password the estimator scores below {@value #MIN_SCORE} of 4 is refused with its reason,
 * which the reader sees in the page's language (the estimator's French and German feedback, English otherwise).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** zxcvbn's 3: "safely unguessable: moderate protection from an offline slow-hash scenario" (≥ 10^8 guesses). */
    public static final int MIN_SCORE = 3;

    /** Passwords longer than this are not measured (the estimator is quadratic); they are refused as too long. */
    public static final int MAX_LENGTH = 200;

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordPolicy() {}

    /**
     * Refuses a password that breaks R-ACC.4 at {@code field} (a JSON pointer such as {@code /password}); {@code
     * personal} are the holder's own words (address, name), which make a password guessable too.
     */
    public static void require(String password, String field, Collection<String> personal) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new RuleViolation("R-ACC.4", field, "rule.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new RuleViolation("R-ACC.4", field, "rule.password.tooLong", MAX_LENGTH);
        }
        List<String> words = new ArrayList<>();
        for (String word : personal) {
            if (word != null && !word.isBlank()) {
                String lower = word.strip().toLowerCase(Locale.ROOT);
                words.add(lower);
                words.add(lower.split("@", 2)[0]);
                words.addAll(List.of(lower.split("[^\\p{L}\\p{N}]+")));
            }
        }
        Strength strength = ESTIMATOR.measure(password, words);
        try {
            if (strength.getScore() < MIN_SCORE) {
                throw new RuleViolation("R-ACC.4", field, "rule.password.weak", new Reason(strength.getFeedback()));
            }
        } finally {
            strength.wipe();
        }
    }

    /** R-ACC.4: the password typed twice must be the same (refused at {@code field}, the repetition). */
    public static void requireRepeated(String password, String repeated, String field) {
        if (!Objects.equals(password, repeated)) {
            throw new RuleViolation("R-ACC.4", field, "rule.password.mismatch");
        }
    }

    /**
     * R-ACC.4: a new password typed twice (a reset), every problem at once: the password itself at {@code
     * /password}, a repetition that differs at {@code /repeatPassword}.
     */
    public static void requireNew(String password, String repeated, Collection<String> personal) {
        RuleViolations.Collector refused = new RuleViolations.Collector("R-ACC.4");
        checkNew(refused, password, repeated, personal);
        refused.requireNone();
    }

    /**
     * R-ACC.4: the holder changes the password, every problem at once: the current one not confirmed ({@code
     * currentConfirmed}: the caller checked what was typed at {@code /currentPassword} against the stored hash), the
     * new one breaking the rule or the same as the current one ({@code /password}), the repetition differing.
     */
    public static void requireChange(
            boolean currentConfirmed, String current, String password, String repeated, Collection<String> personal) {
        RuleViolations.Collector refused = new RuleViolations.Collector("R-ACC.4");
        if (!currentConfirmed) {
            refused.refuse(new RuleViolation("R-ACC.4", "/currentPassword", "rule.password.currentWrong"));
        }
        checkNew(refused, password, repeated, personal);
        if (!refused.refuses("/password") && password.equals(current)) {
            refused.refuse(new RuleViolation("R-ACC.4", "/password", "rule.password.unchanged"));
        }
        refused.requireNone();
    }

    /** The checks of a new password and its repetition, each refusal kept in {@code refused}. */
    static void checkNew(
            RuleViolations.Collector refused, String password, String repeated, Collection<String> personal) {
        refused.check(() -> require(password, "/password", personal));
        refused.check(() -> requireRepeated(password, repeated, "/repeatPassword"));
    }

    /** Whether the password passes R-ACC.4 (for the initial password of the first administrator). */
    public static boolean accepts(String password) {
        try {
            require(password, "/password", List.of());
            return true;
        } catch (RuleViolation refused) {
            return false;
        }
    }

    /**
     * The estimator's reason: its warning, else its first suggestion; in French or German from its own bundles,
     * English (its built-in text) otherwise.
     */
    static final class Reason implements LocalisedText {

        private final Feedback feedback;

        Reason(Feedback feedback) {
            this.feedback = feedback;
        }

        @Override
        public String in(Locale locale) {
            boolean translated =
                    locale != null && ("fr".equals(locale.getLanguage()) || "de".equals(locale.getLanguage()));
            Locale language = translated ? Locale.forLanguageTag(locale.getLanguage()) : null;
            String warning = language == null ? feedback.getWarning() : feedback.getWarning(language);
            if (warning != null && !warning.isBlank()) {
                return warning;
            }
            List<String> suggestions = language == null ? feedback.getSuggestions() : feedback.getSuggestions(language);
            return suggestions.isEmpty() ? "" : suggestions.get(0);
        }

        @Override
        public String toString() {
            return in(Locale.ENGLISH);
        }
    }
}
