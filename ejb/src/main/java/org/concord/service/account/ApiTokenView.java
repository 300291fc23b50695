package org.concord.service.account;

import java.time.Instant;
import java.util.UUID;

/** An API token as its owner sees it later: never the token itself. */
public record ApiTokenView(UUID id, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}
