package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-SEC.2 (issue 22): passwords are kept as Argon2id PHC strings; a hash made by the former Jakarta PBKDF2 still signs
 * in and is replaced by an Argon2id one at that sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordHashingIT {

    /** A demo Party kept for this test (DemoData), so that no other test's account changes under it. */
    static final String HUGO = "hugo@concord.example";

    /** Jakarta Security's Pbkdf2PasswordHash (Payara 6 defaults) of the demo password "concord-demo". */
    private static final String JAKARTA_PBKDF2 =
            "PBKDF2WithHmacSHA256:2048:6LVePIrSl1RWwIUnxT0zElNTNFEfoVufcHQqHmhIwOU="
                    + ":7/f/55PSoIarQlWhcHDOkkWThhGBN8O3dxfdqyApmQc=";

    @ArquillianResource
    private URL base;

    @Test
    @DisplayName("R-SEC.2: accounts are stored with Argon2id (m=19 MiB, t=2, p=1 by default)")
    void passwordsAreArgon2idPhcStrings_R_SEC_2() throws SQLException {
        String stored = hashOf(DemoAccounts.ALICE);
        assertTrue(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored);
    }

    @Test
    @DisplayName("R-SEC.2: an old PBKDF2 hash signs in once more and is upgraded to Argon2id at that sign-in")
    void aPbkdf2HashIsUpgradedAtTheNextSignIn_R_SEC_2() throws SQLException {
        setHash(HUGO, JAKARTA_PBKDF2);
        assertEquals(
                401,
                Http.basic(base, HUGO, "concord-demo!")
                        .get("/api/v1/accounts/me")
                        .statusCode());
        assertEquals(JAKARTA_PBKDF2, hashOf(HUGO), "a wrong password upgrades nothing");

        assertEquals(200, Http.as(base, HUGO).get("/api/v1/accounts/me").statusCode());
        String upgraded = hashOf(HUGO);
        assertTrue(upgraded.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), upgraded);

        assertEquals(200, Http.as(base, HUGO).get("/api/v1/accounts/me").statusCode(), "the new hash verifies");
        assertTrue(new FacesClient(base).signIn(HUGO, Http.DEMO_PASSWORD), "and the login form too");
        assertEquals(upgraded, hashOf(HUGO), "an up-to-date hash is left as it is");
    }

    static String hashOf(String email) throws SQLException {
        try (Connection db = db();
                PreparedStatement read =
                        db.prepareStatement("select password_hash from user_account where email = ?")) {
            read.setString(1, email);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), email);
                return row.getString(1);
            }
        }
    }

    private static void setHash(String email, String hash) throws SQLException {
        try (Connection db = db();
                PreparedStatement write =
                        db.prepareStatement("update user_account set password_hash = ? where email = ?")) {
            write.setString(1, hash);
            write.setString(2, email);
            assertEquals(1, write.executeUpdate());
        }
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("CONCORD_DB_URL"),
                System.getenv("CONCORD_DB_USER"),
                System.getenv("CONCORD_DB_PASSWORD"));
    }
}
