package org.concord.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.account.PasswordHasher.Verification;
import org.concord.domain.security.SecurityEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-SEC.2, R-SEC.1, R-SEC.7: how {@link SignInService} answers HTTP Basic for an account with a second step, with the
 * database side ({@link SignInRecords}) and the hash replaced by recording fakes.
 */
class SignInServiceTest {

    private static final String EMAIL = "staff@concord.example";
    private static final String RIGHT = "the-right-password";
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    /** What the service asked of the database side, in order. */
    private final List<String> recorded = new ArrayList<>();

    private int checks;
    private VerifiedCredentials verified;

    @Test
    @DisplayName(
            "R-SEC.2: Basic with the right password of an account with a second step: refused, logged, not counted")
    void basicIsRefusedForASecondStepWithoutCountingAFailure_R_SEC_2() throws Exception {
        SignInService service = service(true);

        assertEquals(Optional.empty(), service.signIn(EMAIL, RIGHT, "192.0.2.1", SignInService.Via.BASIC));

        assertEquals(List.of("refusedForSecondStep via=basic"), recorded, "logged, no failure counted, no success");
        assertEquals(1, checks, "the password was checked: a wrong password's cost");
        assertFalse(verified.contains(EMAIL, RIGHT, "stored", NOW), "nothing remembered for Basic");
    }

    @Test
    @DisplayName("R-SEC.2, R-SEC.1: Basic with a wrong password of such an account stays an ordinary counted failure")
    void aWrongPasswordIsCountedAsAlways_R_SEC_2() throws Exception {
        SignInService service = service(true);

        assertEquals(Optional.empty(), service.signIn(EMAIL, "a guess", "192.0.2.1", SignInService.Via.BASIC));

        assertEquals(List.of("failed SIGN_IN_FAILED wrong-password"), recorded);
    }

    @Test
    @DisplayName("R-SEC.2: a password remembered from the form does not spare Basic the check, nor let it in")
    void aRememberedPasswordIsCheckedAgainAndRefused_R_SEC_2() throws Exception {
        SignInService service = service(true);
        verified.remember(EMAIL, RIGHT, "stored", NOW);

        assertEquals(Optional.empty(), service.signIn(EMAIL, RIGHT, "192.0.2.1", SignInService.Via.BASIC));

        assertEquals(1, checks, "checked, not answered from memory");
        assertEquals(List.of("refusedForSecondStep via=basic"), recorded);
    }

    @Test
    @DisplayName("R-SEC.2: the form with the right password goes on to the second step; Basic without one signs in")
    void theFormAndBasicWithoutASecondStepAreUnchanged_R_SEC_2() throws Exception {
        assertTrue(service(true)
                .signIn(EMAIL, RIGHT, "192.0.2.1", SignInService.Via.FORM)
                .isPresent());
        assertEquals(List.of("succeeded via=form secondStep=true"), recorded);

        recorded.clear();
        verified = null; // a fresh instance: the form's password is remembered, and Basic from memory logs nothing
        assertTrue(service(false)
                .signIn(EMAIL, RIGHT, "192.0.2.1", SignInService.Via.BASIC)
                .isPresent());
        assertEquals(List.of("succeeded via=basic secondStep=false"), recorded);
    }

    private SignInService service(boolean secondStep) throws Exception {
        SignInRecords.Candidate candidate = new SignInRecords.Candidate(
                UUID.randomUUID(), EMAIL, "stored", true, Set.of("CENTER_STAFF"), secondStep);
        SignInRecords records = new SignInRecords() {
            @Override
            public Attempt open(String email, Origin origin, Instant now) {
                return new Attempt(Optional.of(candidate), false, false);
            }

            @Override
            public void succeeded(
                    String email,
                    UUID accountId,
                    String checkedHash,
                    String rehashed,
                    Origin origin,
                    boolean checked,
                    boolean pending) {
                recorded.add("succeeded via=" + origin.via() + " secondStep=" + pending);
            }

            @Override
            public void refusedForSecondStep(UUID accountId, Origin origin) {
                recorded.add("refusedForSecondStep via=" + origin.via());
            }

            @Override
            public void failed(
                    SecurityEvent.Type type, String email, UUID accountId, Origin origin, String reason, Instant now) {
                recorded.add("failed " + type + " " + reason);
            }
        };
        PasswordHashing hashing = new PasswordHashing() {
            @Override
            public Verification verify(String password, String stored) {
                checks++;
                return new Verification(password.equals(RIGHT), false);
            }
        };
        if (verified == null) {
            verified = new VerifiedCredentials();
            set(verified, "ttl", Duration.ofMinutes(5));
            set(verified, "maxEntries", 100);
        }
        SignInService service = new SignInService();
        set(service, "records", records);
        set(service, "hashing", hashing);
        set(service, "verified", verified);
        set(service, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        return service;
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
