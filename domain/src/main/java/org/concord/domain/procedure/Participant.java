package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.concord.domain.account.UserAccount;

/** An account's part in one Procedure: the circle of is the set of participants plus the Center. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id", nullable = false)
    private Procedure procedure;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipantRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    /** a replaced Neutral leaves the circle of; the record stays. */
    @Column(name = "left_at")
    private Instant leftAt;

    protected Participant() {}

    Participant(Procedure procedure, UserAccount account, ParticipantRole role, Instant joinedAt) {
        this.id = UUID.randomUUID();
        this.procedure = procedure;
        this.account = account;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    void leave(Instant at) {
        this.leftAt = at;
    }

    public boolean isActive() {
        return leftAt == null;
    }

    public java.util.Optional<Instant> leftAt() {
        return java.util.Optional.ofNullable(leftAt);
    }

    public UserAccount account() {
        return account;
    }

    public ParticipantRole role() {
        return role;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
