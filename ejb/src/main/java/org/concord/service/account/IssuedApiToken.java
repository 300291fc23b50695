package org.concord.service.account;

import java.time.Instant;
import java.util.UUID;

/** A token just issued: {@code token} is shown this once and stored nowhere in plain. */
public record IssuedApiToken(UUID id, String label, String token, Instant createdAt) {}
