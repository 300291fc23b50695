package org.concord.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.concord.domain.account.AccountChange;

/**
 * R-SEC.7: one entry of the security log (table {@code security_event}), kept apart from the Procedure audit trails
 * so that reading it reveals no confidential Procedure. Written once and never changed: no setters, no verbs. It
 * carries ids, never names, addresses, passwords or tokens: the account concerned, the account that acted (an
 * administrator, or the holder), the client's network (truncated, {@link org.concord.domain.account.ClientAddress}),
 * and a short detail made of ids, codes and dates ({@link #DETAIL}: ASCII letters, digits and a few signs; no
 * {@code @}, no markup, no line break, so neither an address nor a forged line can enter the log). The services write
 * the detail themselves; nothing a person typed goes into it.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    /** What happened. */
    public enum Type {
        SIGN_IN_SUCCEEDED,
        SIGN_IN_FAILED,
        SIGN_IN_LOCKED,
        SIGN_IN_UNLOCKED,
        PASSWORD_CHANGED,
        PASSWORD_RESET,
        PASSWORD_RESET_FORCED,
        TOKEN_ISSUED,
        TOKEN_REVOKED,
        ROLE_GRANTED,
        ROLE_WITHDRAWN,
        ACCOUNT_DISABLED,
        ACCOUNT_ENABLED,
        EMAIL_CHANGED,
        SIGNED_OUT_EVERYWHERE,
        ACCOUNT_CLOSED,
        FEE_SCHEDULE_ADDED,
        FEE_SCHEDULE_WITHDRAWN,
        CLOSURE_ADDED,
        CLOSURE_REMOVED,
        NEUTRAL_PROFILE_CHANGED,
        ANALYSIS_RULE_ADDED,
        ANALYSIS_RULE_CHANGED,
        ANALYSIS_RULE_REMOVED,
        STATISTICS_PUBLICATION_DEFINED,
        STATISTICS_RUN,
        /** R-SEC.3: a token was refused: expired, outside its scopes, or used to issue or revoke tokens. */
        TOKEN_REFUSED,
        /**
         * R-SEC.7, ASVS 16.3.2: an API call was refused because the caller's role does not grant the operation (403);
         * the operation by method and path, its ids left out.
         */
        ACCESS_REFUSED,
        /** R-SEC.2: the holder enrolled a second factor. */
        SECOND_FACTOR_ENROLLED,
        /** R-SEC.2: the holder removed their second factor (re-authenticated by the password). */
        SECOND_FACTOR_REMOVED,
        /** R-SEC.2: an administrator reset someone's second factor (a lost device). */
        SECOND_FACTOR_RESET,
        /** R-SEC.2: the second step of a sign-in passed with a code of the factor. */
        SECOND_FACTOR_ACCEPTED,
        /** R-SEC.2, R-SEC.1: a wrong or reused code at the second step (counted as a sign-in failure). */
        SECOND_FACTOR_FAILED,
        /** R-SEC.2: the second step of a sign-in passed with a recovery code (now used up). */
        RECOVERY_CODE_USED,
        /** R-SEC.2: the holder replaced their recovery codes. */
        RECOVERY_CODES_REGENERATED;

        /** The entry for a recorded change of an account (R-ACC.5, R-ACC.6, R-SEC.1). */
        public static Type of(AccountChange.Kind kind) {
            return switch (kind) {
                case ROLE_GRANTED, INVITATION_ACCEPTED -> ROLE_GRANTED;
                case ROLE_WITHDRAWN -> ROLE_WITHDRAWN;
                case DISABLED -> ACCOUNT_DISABLED;
                case ENABLED -> ACCOUNT_ENABLED;
                case RESET_FORCED -> PASSWORD_RESET_FORCED;
                case EMAIL_CHANGED -> EMAIL_CHANGED;
                case SIGNED_OUT_EVERYWHERE -> SIGNED_OUT_EVERYWHERE;
                case CLOSED -> ACCOUNT_CLOSED;
                case SIGN_IN_UNLOCKED -> SIGN_IN_UNLOCKED;
                case SECOND_FACTOR_RESET -> SECOND_FACTOR_RESET;
                case TOKENS_REVOKED -> TOKEN_REVOKED;
            };
        }
    }

    /** Ids, codes, dates and numbers: letters, digits and {@code = : , . _ / - +} and spaces, at most 200. */
    public static final Pattern DETAIL = Pattern.compile("^[A-Za-z0-9=:,._/+ -]{0,200}$");

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40, updatable = false)
    private Type type;

    @Column(name = "account_id", updatable = false)
    private UUID accountId;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(name = "client_network", length = 50, updatable = false)
    private String clientNetwork;

    @Column(length = 200, updatable = false)
    private String detail;

    protected SecurityEvent() {}

    /**
     * @param account the account the event concerns, if any (none: an unknown login name, a configuration change)
     * @param actor the account that acted, if any and if known
     * @param clientNetwork the truncated client network, if known
     * @param detail ids and codes only ({@link #DETAIL}); refused otherwise
     */
    public SecurityEvent(Type type, UUID account, UUID actor, String clientNetwork, String detail, Instant at) {
        this.id = UUID.randomUUID();
        this.type = Objects.requireNonNull(type, "type");
        this.accountId = account;
        this.actorId = actor;
        this.clientNetwork = clientNetwork;
        if (detail != null && !DETAIL.matcher(detail).matches()) {
            throw new IllegalArgumentException("a security log detail holds ids and codes only");
        }
        this.detail = detail == null || detail.isEmpty() ? null : detail;
        this.occurredAt = Objects.requireNonNull(at, "at");
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Type type() {
        return type;
    }

    public Optional<UUID> accountId() {
        return Optional.ofNullable(accountId);
    }

    public Optional<UUID> actorId() {
        return Optional.ofNullable(actorId);
    }

    public Optional<String> clientNetwork() {
        return Optional.ofNullable(clientNetwork);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
