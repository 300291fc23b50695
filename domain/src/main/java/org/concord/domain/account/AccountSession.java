package org.concord.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * R-ACC.6: one sign-in through the form, so that the holder sees which sessions are still valid (those that began
 * at or after the account's {@code sessions_valid_from}) and can end them all. The session id is kept only as its
 * SHA-256; the browser's user agent is cut to 300 characters.
 */
@Entity
@Table(name = "account_session")
@NamedQuery(name = "AccountSession.ofAccount", query = """
        select s from AccountSession s where s.account = :account order by s.startedAt desc, s.id""")
public class AccountSession {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Column(name = "session_hash", nullable = false, length = 64)
    private String sessionHash;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "user_agent", length = 300)
    private String userAgent;

    protected AccountSession() {}

    public AccountSession(UserAccount account, String sessionId, String userAgent, Instant startedAt) {
        this.id = UUID.randomUUID();
        this.account = Objects.requireNonNull(account, "account");
        this.sessionHash = ApiToken.hash(Objects.requireNonNull(sessionId, "sessionId"));
        this.userAgent = userAgent == null ? null : userAgent.substring(0, Math.min(300, userAgent.length()));
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    }

    /** Whether the account still accepts this session (it was not ended by a reset, disabling or sign-out). */
    public boolean isValid() {
        return account.acceptsSessionFrom(startedAt);
    }

    public UUID id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String userAgent() {
        return userAgent;
    }
}
