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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.account.Representation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.Organisation;

/** An account's or an organisation's (R-ACC.2) part in one Procedure: the circle of is the set of participants plus the Center. */
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

    /**
     * R-ACC.2: the organisation that is the Party (a platform as the Responding Party), or {@code null} when the
     * account itself is. Then {@link #account} is only the account named at commencement, and the organisation's
     * active members are in the circle instead.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipantRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    /**
     * R-PLAT.1: whom this participant stands for, the organisation if any, else the account (ids are random UUIDs, so
     * the two never meet): with the Procedure's receipt instant, copied here (neither ever changes), "this organisation's
     * or this account's own Procedures, newest first" is one range of the index (party_id, received_at desc,
     * procedure_id desc), so that the first page of a platform holding a million Procedures reads a page of index
     * entries, not the million (see docs/architecture.md, "The platform's caseload").
     */
    @Column(name = "party_id", nullable = false, updatable = false)
    private UUID partyId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

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
        this.receivedAt = procedure.receivedAt();
        this.partyId = account.id();
    }

    Participant(Procedure procedure, Organisation organisation, UserAccount named, ParticipantRole role, Instant at) {
        this(procedure, named, role, at);
        this.organisation = organisation;
        this.partyId = organisation.id();
    }

    /**
     * R-ACC.2, R-ACC.3: whether the account takes part through this participant: the account itself, or, for
     * an organisation, an active member of it (the named account too only while it is one); for a Party, also its
     * active authorised representative for this Procedure.
     */
    public boolean includes(UserAccount other) {
        if (other == null) {
            return false;
        }
        if (organisation != null) {
            return organisation.isActiveMember(other) || isRepresentedBy(other);
        }
        return account.id().equals(other.id()) || isRepresentedBy(other);
    }

    /**
     * R-ACC.3: an active authorised representative of this Party (an account, or an organisation, R-ACC.2) for this
     * Procedure; it acts in the Party's role. A revoked one no longer does, from that instant.
     */
    public boolean isRepresentedBy(UserAccount other) {
        return isParty()
                && (organisation != null
                        ? organisation.isRepresentedBy(other, procedure.id())
                        : account.isRepresentedBy(other, procedure.id()));
    }

    /** R-ACC.3: the authorisations in force for this Party in this Procedure (none for a Neutral). */
    public List<Representation> representations() {
        if (!isParty()) {
            return List.of();
        }
        List<Representation> given = organisation != null
                ? organisation.representations()
                : account.representations().stream()
                        .filter(r -> r.organisation().isEmpty())
                        .toList();
        return given.stream()
                .filter(r -> r.representative()
                        .map(rep -> r.covers(rep, procedure.id()))
                        .orElse(false))
                .toList();
    }

    /** A Requesting or Responding Party (not a Neutral). */
    public boolean isParty() {
        return role == ParticipantRole.REQUESTING_PARTY || role == ParticipantRole.RESPONDING_PARTY;
    }

    /**
     * R-ACC.3: whether {@code account} may authorise representatives for this Party: the account that is the Party
     * itself, or an active manager of the organisation that is (R-ACC.2); never a representative (it does not
     * delegate).
     */
    public boolean isAuthorisableBy(UserAccount other) {
        return isActive()
                && isParty()
                && other != null
                && (organisation != null
                        ? organisation.isActiveManager(other)
                        : account.id().equals(other.id()));
    }

    /** The account itself, not through an organisation or a representation. */
    public boolean isOwnAccount(UserAccount other) {
        return other != null && organisation == null && account.id().equals(other.id());
    }

    /**
     * R-C1, R-ACC.2, R-ACC.3: who acts for this participant now, once each: the account, or the organisation's active
     * members, and the Party's active representatives for this Procedure. Mails go to each.
     */
    public List<UserAccount> accounts() {
        List<UserAccount> acting =
                new ArrayList<>(organisation == null ? List.of(account) : organisation.activeMembers());
        for (Representation r : representations()) {
            UserAccount representative = r.representative().orElseThrow();
            if (acting.stream().noneMatch(a -> a.id().equals(representative.id()))) {
                acting.add(representative);
            }
        }
        return List.copyOf(acting);
    }

    /**
     * The one account that stands for this participant (its domicile, its invoice, a mediation's other Party): the
     * account, or for an organisation the named account while it is a member, else its first active manager.
     */
    public Optional<UserAccount> contact() {
        if (organisation == null || organisation.isActiveMember(account)) {
            return Optional.of(account);
        }
        return organisation.activeMembers().stream().findFirst();
    }

    public Optional<Organisation> organisation() {
        return Optional.ofNullable(organisation);
    }

    /** The name the circle knows this participant by. */
    public String displayName() {
        return organisation == null ? account.displayName() : organisation.name();
    }

    void leave(Instant at) {
        this.leftAt = at;
    }

    public boolean isActive() {
        return leftAt == null;
    }

    public Optional<Instant> leftAt() {
        return Optional.ofNullable(leftAt);
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
