package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A filing made under an {@code Idempotency-Key}: a retry of the same filing by the same account (a browser that
 * submits twice, an API client that retries after a timeout) finds this record and gets the filing made the first
 * time instead of a second one. The fingerprint of what was filed tells a retry from a different filing that reuses
 * the key by mistake.
 */
@Entity
@Table(name = "filing_key")
@NamedQuery(name = "FilingKey.of", query = "select k from FilingKey k where k.accountId = :accountId and k.key = :key")
public class FilingKey {

    public static final int MAX_LENGTH = 100;

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(name = "idempotency_key", nullable = false, length = MAX_LENGTH, updatable = false)
    private String key;

    @Column(nullable = false, length = 64, updatable = false)
    private String fingerprint;

    @Column(name = "procedure_id", nullable = false, updatable = false)
    private UUID procedureId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected FilingKey() {}

    public FilingKey(UUID accountId, String key, String fingerprint, UUID procedureId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.accountId = Objects.requireNonNull(accountId);
        this.key = Objects.requireNonNull(key);
        this.fingerprint = Objects.requireNonNull(fingerprint);
        this.procedureId = Objects.requireNonNull(procedureId);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The same filing again (a retry), as opposed to another filing under the same key. */
    public boolean isRetryOf(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }

    public UUID procedureId() {
        return procedureId;
    }
}
