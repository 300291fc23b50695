package org.concord.domain.account;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * R-SEC.2: how a password is kept. New hashes are Argon2id (Bouncy Castle's {@link Argon2BytesGenerator}) with the
 * configured memory, iterations and parallelism, stored in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, unpadded Base64), so that each hash says how it was made and
 * a change of parameters never locks anyone out. Hashes made before (Jakarta Security's {@code Pbkdf2PasswordHash}:
 * {@code PBKDF2WithHmacSHA256:2048:<salt>:<hash>}) still verify; {@link Verification#needsRehash()} tells the caller
 * to replace them, with the password just checked, at that sign-in. Immutable and thread-safe.
 */
public final class PasswordHasher {

    /** Argon2id parameters: memory in KiB, passes over it, lanes. */
    public record Parameters(int memoryKiB, int iterations, int parallelism) {

        /** OWASP's Password Storage Cheat Sheet, first Argon2id line: 19 MiB, 2 iterations, 1 lane. */
        public static final Parameters OWASP_MINIMUM = new Parameters(19 * 1024, 2, 1);

        public Parameters {
            if (parallelism < 1 || parallelism > 16) {
                throw new IllegalArgumentException("parallelism must be 1-16");
            }
            if (iterations < 1 || iterations > 100) {
                throw new IllegalArgumentException("iterations must be 1-100");
            }
            if (memoryKiB < 8 * parallelism || memoryKiB > 4 * 1024 * 1024) {
                throw new IllegalArgumentException("memory must be at least 8 KiB per lane and at most 4 GiB");
            }
        }
    }

    /** The outcome of a check: whether the password matched, and whether its hash should be made again. */
    public record Verification(boolean matches, boolean needsRehash) {}

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern ARGON2ID = Pattern.compile(
            "^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{16,})$");
    private static final Pattern PBKDF2 =
            Pattern.compile("^(PBKDF2WithHmacSHA(?:224|256|384|512)):(\\d{1,7}):([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)$");
    private static final Set<String> PBKDF2_ALGORITHMS =
            Set.of("PBKDF2WithHmacSHA224", "PBKDF2WithHmacSHA256", "PBKDF2WithHmacSHA384", "PBKDF2WithHmacSHA512");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Parameters parameters;
    /** A hash of no one's password, made with the current parameters, checked when there is no account to check. */
    private final String dummy;

    public PasswordHasher(Parameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        this.dummy = hash("no account has this password".toCharArray(), salt);
    }

    public Parameters parameters() {
        return parameters;
    }

    /** A new hash of {@code password} with a fresh random salt and the current parameters. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return hash(password, salt);
    }

    /**
     * Checks {@code password} against a stored hash of either format. An unreadable hash (a closed account's
     * {@code !closed}) matches nothing, after the same work as a real check.
     */
    public Verification verify(char[] password, String stored) {
        Objects.requireNonNull(password, "password");
        Matcher argon = stored == null ? null : ARGON2ID.matcher(stored);
        if (argon != null && argon.matches()) {
            Parameters used = new Parameters(
                    Integer.parseInt(argon.group(1)),
                    Integer.parseInt(argon.group(2)),
                    Integer.parseInt(argon.group(3)));
            byte[] salt = Base64.getDecoder().decode(argon.group(4));
            byte[] expected = Base64.getDecoder().decode(argon.group(5));
            byte[] actual = argon2(password, salt, used, expected.length);
            return new Verification(MessageDigest.isEqual(expected, actual), !used.equals(parameters));
        }
        Matcher pbkdf2 = stored == null ? null : PBKDF2.matcher(stored);
        if (pbkdf2 != null && pbkdf2.matches() && PBKDF2_ALGORITHMS.contains(pbkdf2.group(1))) {
            byte[] salt = Base64.getDecoder().decode(pbkdf2.group(3));
            byte[] expected = Base64.getDecoder().decode(pbkdf2.group(4));
            byte[] actual = pbkdf2(password, salt, pbkdf2.group(1), Integer.parseInt(pbkdf2.group(2)), expected.length);
            // An old hash is cheap to check: the dummy's work on top keeps its answer as slow as any other.
            verifyDummy(password);
            return new Verification(MessageDigest.isEqual(expected, actual), true);
        }
        verifyDummy(password);
        return new Verification(false, false);
    }

    /**
     * R-SEC.1, R-SEC.2: the work of one check against a fixed hash, for an unknown, unconfirmed, disabled or closed
     * account, so that its answer costs what a wrong password costs.
     */
    public void verifyDummy(char[] password) {
        Matcher argon = ARGON2ID.matcher(dummy);
        if (!argon.matches()) {
            throw new IllegalStateException("dummy hash");
        }
        byte[] expected = Base64.getDecoder().decode(argon.group(5));
        MessageDigest.isEqual(expected, argon2(password, Base64.getDecoder().decode(argon.group(4)), parameters, 32));
    }

    /** Whether {@code stored} was made with the current algorithm and parameters. */
    public boolean isCurrent(String stored) {
        Matcher argon = stored == null ? null : ARGON2ID.matcher(stored);
        return argon != null
                && argon.matches()
                && new Parameters(
                                Integer.parseInt(argon.group(1)),
                                Integer.parseInt(argon.group(2)),
                                Integer.parseInt(argon.group(3)))
                        .equals(parameters);
    }

    /** A hash with a given salt: the PHC string. Package-private for tests against reference vectors. */
    String hash(char[] password, byte[] salt) {
        byte[] hash = argon2(password, salt, parameters, HASH_BYTES);
        return "$argon2id$v=19$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p="
                + parameters.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    private static byte[] argon2(char[] password, byte[] salt, Parameters parameters, int length) {
        Argon2Parameters argon2 = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(argon2);
        byte[] utf8 = utf8(password);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(utf8, out);
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
        return out;
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, String algorithm, int iterations, int length) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, length * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm, e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
