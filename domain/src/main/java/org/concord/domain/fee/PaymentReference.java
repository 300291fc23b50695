package org.concord.domain.fee;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.IBANCheckDigit;

/**
 * An ISO 11649 structured creditor reference: "RF", two check digits (ISO 7064 MOD 97-10, the IBAN algorithm) and
 * up to 21 letters or digits. Concord's references carry 16 random characters, so that one reference reveals nothing
 * about another fee or procedure and cannot be guessed.
 */
public record PaymentReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("RF[0-9]{2}[0-9A-Z]{1,21}");
    /** An RF reference inside free text, possibly printed in groups of four. */
    private static final Pattern IN_TEXT = Pattern.compile("(?i:RF)[0-9]{2}(?: ?[0-9A-Z]){1,21}");

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int RANDOM_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PaymentReference {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an ISO 11649 creditor reference");
        }
    }

    public static PaymentReference random() {
        StringBuilder body = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new PaymentReference(withCheckDigits(body.toString()));
    }

    /** A reference as a person or a bank wrote it: spaces and case do not matter. Empty if it is not a valid one. */
    public static Optional<PaymentReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        return isValid(compact) ? Optional.of(new PaymentReference(compact)) : Optional.empty();
    }

    /** The first valid reference in unstructured remittance information. */
    public static Optional<PaymentReference> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = IN_TEXT.matcher(text);
        while (matcher.find()) {
            // The match may run into the next word ("RF18 5390 … 7034 INV2"): back off group by group.
            String candidate = matcher.group();
            while (true) {
                Optional<PaymentReference> reference = parse(candidate);
                if (reference.isPresent()) {
                    return reference;
                }
                int lastSpace = candidate.lastIndexOf(' ');
                if (lastSpace < 0) {
                    break;
                }
                candidate = candidate.substring(0, lastSpace);
            }
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches() && IBANCheckDigit.IBAN_CHECK_DIGIT.isValid(value);
    }

    static String withCheckDigits(String body) {
        try {
            return "RF" + IBANCheckDigit.IBAN_CHECK_DIGIT.calculate("RF00" + body) + body;
        } catch (CheckDigitException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Printed in groups of four, as on a paper payment slip. */
    public String printed() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return value;
    }
}
