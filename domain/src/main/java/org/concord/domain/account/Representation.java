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
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.RuleViolation;

/**
 * R-ACC.3: a representative acts for a Party only under an authorisation, for one Procedure (or mediation) or for all
 * of the Party's. The Party invites the representative's address and the representative accepts, signed in with that
 * address; or the representative files a power of attorney that staff accept or refuse. While active it puts the
 * representative in the circle of the Procedures it covers, in the Party's role; revoked, it ends that at
 * once. The record stays.
 */
@Entity
@Table(name = "representation")
@NamedQuery(name = "Representation.ofPrincipal", query = """
        select r from Representation r where r.principal.id = :accountId order by r.createdAt desc, r.id""")
@NamedQuery(name = "Representation.forAddress", query = """
        select r from Representation r left join r.representative a where r.representativeEmail = :email
        or a.id = :accountId order by r.createdAt desc, r.id""")
public class Representation {

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Where an authorisation stands. */
    public enum State {
        /** The Party invited the address; not yet accepted. */
        INVITED,
        /** A power of attorney filed, waiting for staff. */
        PENDING,
        /** In force: the representative is in the circle of what it covers. */
        ACTIVE,
        /** Staff refused the power of attorney. */
        REFUSED,
        /** The Party revoked it (or withdrew the invitation). */
        REVOKED
    }

    /** How the authorisation came about. */
    public enum Basis {
        INVITATION,
        POWER_OF_ATTORNEY
    }

    @Id
    private UUID id;

    /** The Party represented. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "principal_id", nullable = false)
    private UserAccount principal;

    /** The representative's account, once known (accepted invitation, or the filer of a power of attorney). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "representative_id")
    private UserAccount representative;

    @Column(name = "representative_email", nullable = false, length = 254)
    private String representativeEmail;

    /** The one Procedure covered, or {@code null}: every Procedure of the Party. */
    @Column(name = "procedure_id")
    private UUID procedureId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Basis basis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    /** The power of attorney (a document of the intake), when that is the basis. */
    @Column(name = "document_id")
    private UUID documentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Since when it is in force. */
    @Column(name = "authorised_at")
    private Instant authorisedAt;

    /** When it was revoked or refused. */
    @Column(name = "ended_at")
    private Instant endedAt;

    /** Who decided on a power of attorney (staff), or revoked (the Party): an address, for the record. */
    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    protected Representation() {}

    private Representation(
            UserAccount principal, String email, UUID procedureId, Basis basis, State state, Instant at) {
        this.id = UUID.randomUUID();
        this.principal = principal;
        this.representativeEmail = email;
        this.procedureId = procedureId;
        this.basis = basis;
        this.state = state;
        this.createdAt = at;
    }

    /**
     * R-ACC.3: the Party invites a representative's address for one Procedure ({@code procedureId}) or for all
     * ({@code null}). Whether the address has an account is not looked at here (R-ACC.1).
     */
    public static Representation invite(UserAccount party, String email, UUID procedureId, Instant at) {
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            throw new RuleViolation("R-ACC.3", "/email", "rule.representation.email");
        }
        String address = UserAccount.normaliseEmail(email);
        if (address.equals(party.email())) {
            throw new RuleViolation("R-ACC.3", "/email", "rule.representation.self");
        }
        return new Representation(party, address, procedureId, Basis.INVITATION, State.INVITED, at);
    }

    /** R-ACC.3: a representative files a power of attorney for a Party of one Procedure; staff decide. */
    public static Representation filePowerOfAttorney(
            UserAccount representative, UserAccount party, UUID procedureId, UUID documentId, Instant at) {
        if (documentId == null) {
            throw new RuleViolation("R-ACC.3", "/document", "rule.representation.document");
        }
        if (representative.id().equals(party.id())) {
            throw new RuleViolation("R-ACC.3", "/email", "rule.representation.self");
        }
        Representation r = new Representation(
                party, representative.email(), procedureId, Basis.POWER_OF_ATTORNEY, State.PENDING, at);
        r.representative = representative;
        r.documentId = documentId;
        return r;
    }

    /** R-ACC.3, R-ACC.1: only the invited address, signed in, accepts an invitation still open. */
    public boolean mayAccept(UserAccount by) {
        return state == State.INVITED && by != null && by.email().equals(representativeEmail);
    }

    public void accept(UserAccount by, Instant at) {
        if (state != State.INVITED) {
            throw new RuleViolation("R-ACC.3", null, "rule.representation.notOpen");
        }
        if (by == null || !by.email().equals(representativeEmail)) {
            throw new RuleViolation("R-ACC.3", "/email", "rule.representation.otherAddress");
        }
        this.representative = by;
        this.state = State.ACTIVE;
        this.authorisedAt = at;
    }

    /** R-ACC.3: staff accept or refuse a filed power of attorney. */
    public boolean mayDecide(UserAccount by) {
        return state == State.PENDING && by != null && by.actsForCenter();
    }

    public void decide(UserAccount staff, boolean accepted, Instant at) {
        if (staff == null || !staff.actsForCenter()) {
            throw new RuleViolation("R-ACC.3", null, "rule.representation.staffOnly");
        }
        if (state != State.PENDING) {
            throw new RuleViolation("R-ACC.3", null, "rule.representation.notOpen");
        }
        this.decidedBy = staff.email();
        if (accepted) {
            this.state = State.ACTIVE;
            this.authorisedAt = at;
        } else {
            this.state = State.REFUSED;
            this.endedAt = at;
        }
    }

    /** R-ACC.3: the Party revokes (or withdraws an open invitation); staff may too. */
    public boolean mayRevoke(UserAccount by) {
        return by != null
                && (state == State.INVITED || state == State.PENDING || state == State.ACTIVE)
                && (by.id().equals(principal.id()) || by.actsForCenter());
    }

    public void revoke(UserAccount by, Instant at) {
        if (!mayRevoke(by)) {
            throw new RuleViolation("R-ACC.3", null, "rule.representation.revoke");
        }
        this.state = State.REVOKED;
        this.endedAt = at;
        this.decidedBy = by.email();
    }

    /** R-ACC.3, R-13.1: whether {@code account} acts for the Party in the Procedure {@code procedure} now. */
    public boolean covers(UserAccount account, UUID procedure) {
        return state == State.ACTIVE
                && account != null
                && representative != null
                && representative.id().equals(account.id())
                && (procedureId == null || procedureId.equals(procedure));
    }

    public boolean isActive() {
        return state == State.ACTIVE;
    }

    public UUID id() {
        return id;
    }

    public UserAccount principal() {
        return principal;
    }

    public Optional<UserAccount> representative() {
        return Optional.ofNullable(representative);
    }

    public String representativeEmail() {
        return representativeEmail;
    }

    /** The one Procedure covered; empty: all of the Party's. */
    public Optional<UUID> procedureId() {
        return Optional.ofNullable(procedureId);
    }

    public Basis basis() {
        return basis;
    }

    public State state() {
        return state;
    }

    public Optional<UUID> documentId() {
        return Optional.ofNullable(documentId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> authorisedAt() {
        return Optional.ofNullable(authorisedAt);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }
}
