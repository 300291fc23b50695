package org.concord.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.concord.domain.account.PasswordHasher.Parameters;
import org.concord.domain.account.PasswordHasher.Verification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-SEC.2: Argon2id in the PHC format, old PBKDF2 hashes still verify and are marked for an upgrade. */
class PasswordHasherTest {

    private static final PasswordHasher OWASP = new PasswordHasher(Parameters.OWASP_MINIMUM);

    /**
     * Made by the Argon2 reference implementation (Debian's {@code argon2} 0~20171227):
     * {@code echo -n "correct horse battery staple" | argon2 "concord-salt-16b" -id -t 2 -k 19456 -p 1 -l 32 -e}.
     */
    private static final String REFERENCE =
            "$argon2id$v=19$m=19456,t=2,p=1$Y29uY29yZC1zYWx0LTE2Yg$nJB9ZvloM+sChwcij/KogfriFpHNw2WBxR2lyRQL/Q8";

    /** Made by Payara 6's Jakarta Security {@code Pbkdf2PasswordHash} with its defaults, for "concord-demo". */
    private static final String JAKARTA_PBKDF2 =
            "PBKDF2WithHmacSHA256:2048:6LVePIrSl1RWwIUnxT0zElNTNFEfoVufcHQqHmhIwOU="
                    + ":7/f/55PSoIarQlWhcHDOkkWThhGBN8O3dxfdqyApmQc=";

    @Test
    @DisplayName("R-SEC.2: the hash is the Argon2 reference implementation's, byte for byte")
    void argon2idMatchesTheReferenceImplementation_R_SEC_2() {
        String made = OWASP.hash(
                "correct horse battery staple".toCharArray(), "concord-salt-16b".getBytes(StandardCharsets.US_ASCII));
        assertEquals(REFERENCE, made);
        assertEquals(
                new Verification(true, false), OWASP.verify("correct horse battery staple".toCharArray(), REFERENCE));
        assertEquals(
                new Verification(false, false), OWASP.verify("correct horse battery stable".toCharArray(), REFERENCE));
    }

    @Test
    @DisplayName("R-SEC.2: each hash has its own salt, says its parameters and verifies")
    void newHashesAreSaltedPhcStringsWithTheConfiguredParameters_R_SEC_2() {
        PasswordHasher hasher = new PasswordHasher(new Parameters(8 * 1024, 1, 1));
        String first = hasher.hash("Tr0ub4dor&3 horse".toCharArray());
        String second = hasher.hash("Tr0ub4dor&3 horse".toCharArray());
        assertTrue(first.startsWith("$argon2id$v=19$m=8192,t=1,p=1$"), first);
        assertNotEquals(first, second, "a fresh salt each time");
        assertTrue(hasher.verify("Tr0ub4dor&3 horse".toCharArray(), first).matches());
        assertFalse(hasher.verify("Tr0ub4dor&3 horsE".toCharArray(), second).matches());
        assertTrue(hasher.isCurrent(first));
    }

    @Test
    @DisplayName("R-SEC.2: Jakarta's PBKDF2 hashes still verify and ask to be made again")
    void jakartaPbkdf2HashesVerifyAndNeedARehash_R_SEC_2() {
        assertEquals(new Verification(true, true), OWASP.verify("concord-demo".toCharArray(), JAKARTA_PBKDF2));
        assertFalse(OWASP.verify("concord-demo!".toCharArray(), JAKARTA_PBKDF2).matches());
        assertFalse(OWASP.isCurrent(JAKARTA_PBKDF2));
    }

    @Test
    @DisplayName("R-SEC.2: a hash made with other parameters verifies and asks to be made again")
    void aChangeOfParametersUpgradesAtTheNextCheck_R_SEC_2() {
        PasswordHasher stronger = new PasswordHasher(new Parameters(32 * 1024, 3, 1));
        assertEquals(
                new Verification(true, true), stronger.verify("correct horse battery staple".toCharArray(), REFERENCE));
        assertFalse(stronger.isCurrent(REFERENCE));
        String upgraded = stronger.hash("correct horse battery staple".toCharArray());
        assertEquals(
                new Verification(true, false), stronger.verify("correct horse battery staple".toCharArray(), upgraded));
    }

    @Test
    @DisplayName("R-SEC.2: an unusable hash (a closed account's) matches nothing")
    void unreadableHashesMatchNothing_R_SEC_2() {
        assertEquals(new Verification(false, false), OWASP.verify("!closed".toCharArray(), "!closed"));
        assertFalse(OWASP.verify("x".toCharArray(), null).matches());
        assertFalse(OWASP.verify("x".toCharArray(), "PBKDF2WithHmacMD5:2048:AAAA:AAAA")
                .matches());
        assertFalse(OWASP.isCurrent("!closed"));
    }

    @Test
    void parametersOutsideSaneBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Parameters(4, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Parameters(19 * 1024, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Parameters(19 * 1024, 2, 0));
    }
}
