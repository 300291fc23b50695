package org.concord.domain.procedure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.account.UserAccount;

/**
 * One candidate's way to (or from) the Neutral's seat in a Procedure: invited by the Center,
 * accepted with the declaration of impartiality and independence of 9(b), declined, lapsed for want of an answer in
 * time, or replaced. The conflicts found for the candidate block acceptance until staff override them.
 */
@Entity
@Table(name = "neutral_appointment")
@NamedQuery(name = "NeutralAppointment.invitationsOf", query = """
        select a from NeutralAppointment a join fetch a.procedure
        where a.candidate.id = :accountId and a.status = org.concord.domain.procedure.NeutralAppointment.Status.INVITED
        order by a.invitedAt""")
@NamedQuery(name = "NeutralAppointment.lapsed", query = """
        select a.procedure.id from NeutralAppointment a
        where a.status = org.concord.domain.procedure.NeutralAppointment.Status.INVITED and a.expiresAt <= :now""")
public class NeutralAppointment {

    /** Where the appointment stands. */
    public enum Status {
        INVITED,
        ACCEPTED,
        DECLINED,
        LAPSED,
        REPLACED
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

    /** Unanswered by then, the invitation lapses and the next candidate is invited. */
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    /** Invited by Concord after the previous candidate declined, was silent or was replaced. */
    @Column(name = "automatic", nullable = false, updatable = false)
    private boolean automatic;

    /**
     * R-PLAT.3: why staff invited while the Responding Party's Answer period was still running and no Answer had
     * been filed; {@code null} for an invitation after that point, or one Concord sent on its own.
     */
    @Column(name = "early_reason", length = 2000, updatable = false)
    private String earlyReason;

    /** what the check found before acceptance; the candidate sees it. */
    @ElementCollection
    @CollectionTable(name = "appointment_conflict", joinColumns = @JoinColumn(name = "appointment_id"))
    private List<Conflict> conflicts = new ArrayList<>();

    /** the member of staff who let the candidate accept despite the conflicts, why and when. */
    @Column(name = "override_by", length = 254)
    private String overrideBy;

    @Column(name = "override_reason", length = 2000)
    private String overrideReason;

    @Column(name = "override_at")
    private Instant overrideAt;

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

    protected NeutralAppointment() {}

    NeutralAppointment(
            Procedure procedure,
            UserAccount candidate,
            String invitedBy,
            boolean automatic,
            List<Conflict> conflicts,
            String earlyReason,
            Instant invitedAt,
            Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.procedure = procedure;
        this.candidate = candidate;
        this.status = Status.INVITED;
        this.invitedBy = invitedBy;
        this.automatic = automatic;
        this.conflicts.addAll(conflicts);
        this.earlyReason = earlyReason;
        this.invitedAt = invitedAt;
        this.expiresAt = expiresAt;
    }

    /**
     * the check as run again at acceptance. Conflicts that staff have not seen replace the recorded ones and void
     * the override: it covered only what staff were shown.
     */
    void recheck(List<Conflict> found) {
        if (!conflicts.containsAll(found)) {
            conflicts.clear();
            conflicts.addAll(found);
            overrideBy = null;
            overrideReason = null;
            overrideAt = null;
        }
    }

    void override(String staff, String reason, Instant at) {
        this.overrideBy = staff;
        this.overrideReason = reason;
        this.overrideAt = at;
    }

    /** conflicts were found and no member of staff has overridden them. */
    public boolean isBlocked() {
        return !conflicts.isEmpty() && overrideBy == null;
    }

    void lapse(Instant at) {
        this.status = Status.LAPSED;
        this.decidedAt = at;
        this.endedAt = at;
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

    public boolean isOf(UserAccount account) {
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

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public List<Conflict> conflicts() {
        return Collections.unmodifiableList(conflicts);
    }

    public Optional<String> overrideBy() {
        return Optional.ofNullable(overrideBy);
    }

    /** R-PLAT.3: why staff invited before the Answer came or its period ended, if they did. */
    public Optional<String> earlyReason() {
        return Optional.ofNullable(earlyReason);
    }

    public Optional<String> overrideReason() {
        return Optional.ofNullable(overrideReason);
    }

    public Optional<Instant> overrideAt() {
        return Optional.ofNullable(overrideAt);
    }

    public Optional<String> declaration() {
        return Optional.ofNullable(declaration);
    }

    /**
     * whether the candidate confirmed in the words of 9(b) ({@link Appointments#DECLARATION}), which a page
     * shows in its reader's language, rather than in words of its own, shown as written.
     */
    public boolean declaredInTheRulesWords() {
        return Appointments.DECLARATION.equals(declaration);
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
