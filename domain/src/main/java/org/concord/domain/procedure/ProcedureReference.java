package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The reference a Procedure is known by in letters and e-mails, e.g. {@code DCTI-7KQ9-M3XD}. Random (40 bits from
 * Crockford's base-32 alphabet, no I, L, O, U), so that it reveals neither how many procedures the Center has nor when
 * one was filed, and cannot be guessed from another.
 */
@Embeddable
public class ProcedureReference {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("^DCTI-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "reference", nullable = false, unique = true, length = 20)
    private String value;

    protected ProcedureReference() {}

    public ProcedureReference(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a procedure reference: " + value);
        }
        this.value = value;
    }

    public static ProcedureReference random() {
        return new ProcedureReference(randomValue("DCTI"));
    }

    /** A random reference with {@code prefix}, e.g. {@code MED-4TQ2-K8ZD} for a mediation: 40 random bits. */
    public static String randomValue(String prefix) {
        StringBuilder b = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcedureReference other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
