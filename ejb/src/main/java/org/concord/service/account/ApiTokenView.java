package org.concord.service.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.concord.domain.account.ApiToken;

/** An API token as its owner sees it later: never the token itself. R-SEC.3: with its expiry and scopes. */
public record ApiTokenView(
        UUID id,
        String label,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt,
        Instant expiresAt,
        boolean expired,
        SortedSet<ApiToken.Scope> scopes)
        implements Serializable {

    static ApiTokenView of(ApiToken t, Instant now) {
        return new ApiTokenView(
                t.id(),
                t.label(),
                t.createdAt(),
                t.lastUsedAt(),
                t.revokedAt(),
                t.expiresAt(),
                t.isExpiredAt(now),
                new TreeSet<>(t.scopes()));
    }
}
