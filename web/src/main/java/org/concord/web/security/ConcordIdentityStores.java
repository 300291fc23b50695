package org.concord.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Passwords are checked against the accounts table, hashed with PBKDF2; only a confirmed account that is neither
 * disabled nor closed signs in (R-ACC.1, R-ACC.5, R-ACC.6). The definition sits on a CDI bean: on the
 * JAX-RS Application class Payara ignores it silently. API tokens have their own store
 * ({@link ApiTokenIdentityStore}).
 */
@ApplicationScoped
@DeclareRoles({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/concord",
        callerQuery = "select password_hash from user_account where email = ? and email_confirmed_at is not null"
                + " and disabled_at is null and closed_at is null",
        groupsQuery = "select r.role from account_role r join user_account a on a.id = r.account_id where a.email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        priority = 10)
public class ConcordIdentityStores {}
