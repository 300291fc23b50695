package org.concord.domain.account;

import java.time.Instant;
import java.util.UUID;

/**
 * R-SEC.2: something the holder has, asked for after the password. TOTP ({@link TotpFactor}) is the one kind built;
 * a passkey is meant to become a second {@link Kind} beside it, accepted by {@link SecondFactors} the same way.
 */
public interface SecondFactor {

    /** The kinds of second factor. */
    enum Kind {
        /** A time-based one-time password (RFC 6238) from an authenticator app. */
        TOTP
    }

    Kind kind();

    UUID accountId();

    Instant enrolledAt();
}
