package org.concord.domain.account;

import java.time.Instant;
import java.util.UUID;

/**
 * R-SEC.2: something the holder has, asked for after the password: a TOTP app ({@link TotpFactor}) or a passkey
 * ({@link Passkey}); {@link SecondFactors} holds an account's and says what may be done with them.
 */
public interface SecondFactor {

    /** The kinds of second factor. */
    enum Kind {
        /** A time-based one-time password (RFC 6238) from an authenticator app. */
        TOTP,
        /** A WebAuthn credential (a security key, a phone, the computer's own authenticator). */
        PASSKEY
    }

    Kind kind();

    UUID accountId();

    Instant enrolledAt();
}
