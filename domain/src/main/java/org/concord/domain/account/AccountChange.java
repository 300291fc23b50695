package org.concord.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * R-ACC.5: one recorded change of an account: who made it, what it was, when and why. Made only by the account's
 * verbs ({@link UserAccount#grantRole} and the others), never edited, and kept when the account closes (it tells what
 * the Center did and why).
 */
@Entity
@Table(name = "account_change")
@NamedQuery(name = "AccountChange.ofAccount", query = """
        select c from AccountChange c join fetch c.actor where c.account = :account order by c.changedAt desc, c.id""")
public class AccountChange {

    /** What changed. */
    public enum Kind {
        ROLE_GRANTED,
        ROLE_WITHDRAWN,
        DISABLED,
        ENABLED,
        RESET_FORCED,
        EMAIL_CHANGED,
        SIGNED_OUT_EVERYWHERE,
        CLOSED,
        /** R-ACC.1: the holder accepted an invitation granting the role; the actor is the inviter. */
        INVITATION_ACCEPTED,
        /** R-SEC.1: an administrator lifted a sign-in delay or lock. */
        SIGN_IN_UNLOCKED,
        /** R-SEC.2: an administrator reset the holder's second factor (a lost device). */
        SECOND_FACTOR_RESET,
        /** R-SEC.3: an administrator revoked every API token of the account. */
        TOKENS_REVOKED
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    private UserAccount actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Role role;

    @Column(length = 2000)
    private String reason;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected AccountChange() {}

    AccountChange(UserAccount account, UserAccount actor, Kind kind, Role role, String reason, Instant at) {
        this.id = UUID.randomUUID();
        this.account = Objects.requireNonNull(account, "account");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.role = role;
        this.reason = reason;
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public UUID id() {
        return id;
    }

    public UserAccount account() {
        return account;
    }

    public UserAccount actor() {
        return actor;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Instant changedAt() {
        return changedAt;
    }
}
