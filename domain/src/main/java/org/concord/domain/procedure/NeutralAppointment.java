package org.concord.domain.procedure;

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
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.account.UserAccount;

/**
 * One candidate's way to (or from) the Neutral's seat in a Procedure: invited by the Center,
 * accepted with the declaration of impartiality and independence of 9(b), declined, or replaced.
 */
@Entity
@Table(name = "neutral_appointment")
@NamedQuery(name = "NeutralAppointment.invitationsOf", query = """
        select a from NeutralAppointment a join fetch a.procedure
        where a.candidate.id = :accountId and a.status = org.concord.domain.procedure.NeutralAppointment.Status.INVITED
        order by a.invitedAt""")
public class NeutralAppointment {

    /** Where the appointment stands. */
    public enum Status {
        INVITED, ACCEPTED, DECLINED, REPLACED
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id", nullable = false, updatable = false)
    private Procedure procedure;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id", nullable = false, updatable = false)
    private UserAccount candidate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "invited_by", nullable = false, length = 254, updatable = false)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    /** 9(b): the candidate's confirmation, in the words it gave, and when. */
    @Column(length = 4000)
    private String declaration;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Why the candidate declined, or why the Center replaced the Neutral. */
    @Column(length = 4000)
    private String reason;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected NeutralAppointment() {
    }

    NeutralAppointment(Procedure procedure, UserAccount candidate, String invitedBy, Instant invitedAt) {
        this.id = UUID.randomUUID();
        this.procedure = procedure;
        this.candidate = candidate;
        this.status = Status.INVITED;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    void accept(String declaration, Instant at) {
        this.status = Status.ACCEPTED;
        this.declaration = declaration;
        this.decidedAt = at;
    }

    void decline(String reason, Instant at) {
        this.status = Status.DECLINED;
        this.reason = reason;
        this.decidedAt = at;
        this.endedAt = at;
    }

    void replace(String reason, Instant at) {
        this.status = Status.REPLACED;
        this.reason = reason;
        this.endedAt = at;
    }

    boolean isOf(UserAccount account) {
        return candidate.id().equals(account.id());
    }

    public UUID id() {
        return id;
    }

    public Procedure procedure() {
        return procedure;
    }

    public UserAccount candidate() {
        return candidate;
    }

    public Status status() {
        return status;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Optional<String> declaration() {
        return Optional.ofNullable(declaration);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }
}
