package org.concord.web;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-SEC.2: the one source of TOTP codes for every test that signs in through the form (the server accepts a code of
 * the current 30-second step or one step either side, and each step once per account). It knows the demo secret of
 * the demo accounts whose role requires a second factor (README, {@code DemoData.TOTP_SECRET}) and the secrets that
 * tests enrolled; it remembers, per account, the last step it handed out, offers the oldest step that the server
 * still accepts and that was not used, and otherwise waits for the next step. Computed with the library the server
 * uses (dev.samstevens.totp, SHA-1, 6 digits).
 */
final class DemoTotp {

    /** The demo accounts' secret (README: "Two-step sign-in in the demo"). */
    static final String DEMO_SECRET = "CONCORDDEMOTOTPSECRETJUSTFORDEMO";

    /** The secret an enrolment page shows, in groups of four. */
    private static final Pattern PAGE_SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");

    private static final int PERIOD = 30;

    /** Seconds a code of the previous step must still have before the server's step moves on. */
    private static final int MARGIN = 10;

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private DemoTotp() {}

    /** A code for {@code email} that the server accepts now and that no test used before. */
    static String code(String email) {
        return codeOf(email, secretOf(email));
    }

    /** The secret of {@code email}: one a test enrolled, else the demo secret. */
    static String secretOf(String email) {
        return SECRETS.getOrDefault(email, DEMO_SECRET);
    }

    /** A test enrolled {@code secret} for {@code email} (its enrolment code is the one just handed out). */
    static void enrolled(String email, String secret) {
        SECRETS.put(email, secret);
    }

    /** A code of {@code secret} for {@code email}'s enrolment, the secret read from the enrolment page's text. */
    static String enrolFromPage(String email, String page) {
        Matcher found = PAGE_SECRET.matcher(page);
        if (!found.find()) {
            throw new AssertionError("no secret on the enrolment page");
        }
        String secret = found.group(1).replace(" ", "");
        LAST_STEP.remove(email);
        enrolled(email, secret);
        return codeOf(email, secret);
    }

    /** The code of {@code secret} in {@code step} (for tests of the window and of replays). */
    static String codeAt(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Marks {@code step} as used for {@code email} (a test submitted a code of that step itself). */
    static synchronized void used(String email, long step) {
        LAST_STEP.merge(email, step, Math::max);
    }

    private static synchronized String codeOf(String email, String secret) {
        while (true) {
            long seconds = Instant.now().getEpochSecond();
            long now = seconds / PERIOD;
            boolean previousSafe = seconds % PERIOD < PERIOD - MARGIN;
            long last = LAST_STEP.getOrDefault(email, Long.MIN_VALUE);
            long step = Math.max(previousSafe ? now - 1 : now, last == Long.MIN_VALUE ? now - 1 : last + 1);
            if (step <= now + 1) {
                LAST_STEP.put(email, step);
                return codeAt(secret, step);
            }
            try {
                Thread.sleep(1000L * (PERIOD - seconds % PERIOD) + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
