package org.concord.service.account;

import java.time.Instant;
import java.util.SortedSet;
import java.util.UUID;
import org.concord.domain.account.ApiToken;

/**
 * A token just issued: {@code token} is shown this once and stored nowhere in plain. R-SEC.3: it expires at
 * {@code expiresAt} and may be used for its {@code scopes} only.
 */
public record IssuedApiToken(
        UUID id, String label, String token, Instant createdAt, Instant expiresAt, SortedSet<ApiToken.Scope> scopes) {}
