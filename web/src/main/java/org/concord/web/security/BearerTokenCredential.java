package org.concord.web.security;

import jakarta.security.enterprise.credential.Credential;

/** An API token presented as {@code Authorization: Bearer <token>}. */
public record BearerTokenCredential(String token) implements Credential {}
