package org.concord.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Passwords are checked against the accounts table, hashed with PBKDF2. The definition sits on a CDI bean: on the
 * JAX-RS Application class Payara ignores it silently. API tokens have their own store
 * ({@link ApiTokenIdentityStore}).
 */
@ApplicationScoped
@DeclareRoles({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/concord",
        callerQuery = "select password_hash from user_account where email = ?",
        groupsQuery = "select r.role from account_role r join user_account a on a.id = r.account_id where a.email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        priority = 10)
public class ConcordIdentityStores {}
