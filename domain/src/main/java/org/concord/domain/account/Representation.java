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
import org.concord.domain.organisation.Organisation;

/**
 * R-ACC.3: a representative acts for a Party only under an authorisation, for one Procedure, for one mediation or for
 * all of the Party's. The Party invites the representative's address and the representative accepts, signed in with
 * that address; or the representative files a power of attorney that staff accept or refuse. While active it puts the
 * representative in the circle of what it covers, in the Party's role (R-13.1, R-M2); revoked, it ends that at once.
 * The record stays.
 *
 * <p>The Party is an account ({@link #principal}), or, when a platform organisation is the Party of a Procedure, that
 * organisation ({@link #organisation}; R-ACC.2): then the principal is the manager who gave the authorisation, and the
 * authorisation covers the organisation's Procedures only, never the manager's own.
 *
 * <p>A power of attorney names the Procedure by its reference and the Party by an address, as the representative typed
 * them ({@link #filedReference}, {@link #filedPartyEmail}); the answer is the same whether or not they name a Party
 * (R-13.1, R-ACC.1). A filing that names one is matched to it ({@link #concerns}); one that names nothing is kept for
 * staff to refuse, with no Party ({@code principal} {@code null}).
 */
@Entity
@Table(name = "representation")
@NamedQuery(name = "Representation.ofPrincipal", query = """
        select r from Representation r where r.principal.id = :accountId order by r.createdAt desc, r.id""")
@NamedQuery(name = "Representation.forAddress", query = """
        select r from Representation r left join r.representative a where r.representativeEmail = :email
        or a.id = :accountId order by r.createdAt desc, r.id""")
@NamedQuery(name = "Representation.ofOrganisations", query = """
        select r from Representation r where r.organisation.id in :organisationIds order by r.createdAt desc, r.id""")
@NamedQuery(name = "Representation.pending", query = """
        select r from Representation r where r.state = org.concord.domain.account.Representation.State.PENDING
        order by r.createdAt, r.id""")
@NamedQuery(name = "Representation.countPending", query = """
        select count(r) from Representation r where r.state = org.concord.domain.account.Representation.State.PENDING""")
public class Representation {

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** The shape of a Procedure's reference (public: it says nothing of whether one exists). */
    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("^DCTI-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$");

    public static final int REASON_MAX_CHARS = 2000;

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

    /**
     * The Party represented; for an organisation, the manager who authorised. {@code null} only for a power of
     * attorney that names no Party (kept for staff to refuse).
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "principal_id")
    private UserAccount principal;

    /** R-ACC.2: the organisation that is the Party, when the authorisation is the organisation's. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** The representative's account, once known (accepted invitation, or the filer of a power of attorney). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "representative_id")
    private UserAccount representative;

    @Column(name = "representative_email", nullable = false, length = 254)
    private String representativeEmail;

    /** The one Procedure covered; with {@link #mediationId} {@code null} too: all of the Party's. */
    @Column(name = "procedure_id")
    private UUID procedureId;

    /** The one mediation covered (V26). */
    @Column(name = "mediation_id")
    private UUID mediationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Basis basis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    /** The power of attorney (a document of the intake), when that is the basis. */
    @Column(name = "document_id")
    private UUID documentId;

    /** A power of attorney: the Procedure's reference as the representative typed it. */
    @Column(name = "filed_reference", length = 20)
    private String filedReference;

    /** A power of attorney: the Party's address as the representative typed it. */
    @Column(name = "filed_party_email", length = 254)
    private String filedPartyEmail;

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

    /** Why staff decided so on a power of attorney (required for a refusal). */
    @Column(name = "decision_reason", length = REASON_MAX_CHARS)
    private String reason;

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
     * R-ACC.3: the Party invites a representative's address for one Procedure ({@code procedureId}) or for all of its
     * Procedures and mediations ({@code null}). Whether the address has an account is not looked at here (R-ACC.1).
     */
    public static Representation invite(UserAccount party, String email, UUID procedureId, Instant at) {
        String address = address(email);
        if (address.equals(party.email())) {
            throw new RuleViolation("R-ACC.3", "/email", "rule.representation.self");
        }
        return new Representation(party, address, procedureId, Basis.INVITATION, State.INVITED, at);
    }

    /** R-ACC.3, R-M2: the Party invites a representative's address for one mediation. */
    public static Representation inviteForMediation(UserAccount party, String email, UUID mediationId, Instant at) {
        Representation r = invite(party, email, null, at);
        r.mediationId = java.util.Objects.requireNonNull(mediationId, "mediationId");
        return r;
    }

    /**
     * R-ACC.3, R-ACC.2: an active manager of an organisation that is a Party authorises a representative for the
     * organisation, for one of its Procedures ({@code procedureId}) or for all of them ({@code null}). A member of the
     * organisation needs no authorisation: it is in the circle already.
     */
    public static Representation invite(
            Organisation party, UserAccount manager, String email, UUID procedureId, Instant at) {
        if (!party.isActiveManager(manager)) {
            throw new RuleViolation("R-ACC.3", null, "rule.representation.managerOnly");
        }
        String address = address(email);
        if (party.activeMembers().stream().anyMatch(m -> m.email().equals(address))) {
            throw new RuleViolation("R-ACC.3", "/email", "rule.representation.self");
        }
        Representation r = new Representation(manager, address, procedureId, Basis.INVITATION, State.INVITED, at);
        r.organisation = party;
        return r;
    }

    private static String address(String email) {
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            throw new RuleViolation("R-ACC.3", "/email", "rule.representation.email");
        }
        return UserAccount.normaliseEmail(email);
    }

    /**
     * R-ACC.3, R-13.1, R-ACC.1: a representative files a power of attorney for the Party it names by its address in
     * the Procedure it names by its reference. Only the form of what it typed is checked here, never whether it names
     * anything: the filing waits for staff either way ({@link #concerns} matches it).
     */
    public static Representation filePowerOfAttorney(
            UserAccount representative, String reference, String partyEmail, UUID documentId, Instant at) {
        String ref = reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT);
        if (!REFERENCE.matcher(ref).matches()) {
            throw new RuleViolation("R-ACC.3", "/reference", "rule.representation.reference");
        }
        if (partyEmail == null || !EMAIL.matcher(partyEmail.strip()).matches()) {
            throw new RuleViolation("R-ACC.3", "/partyEmail", "rule.representation.email");
        }
        String party = UserAccount.normaliseEmail(partyEmail);
        if (party.equals(representative.email())) {
            throw new RuleViolation("R-ACC.3", "/partyEmail", "rule.representation.self");
        }
        if (documentId == null) {
            throw new RuleViolation("R-ACC.3", "/document", "rule.representation.document");
        }
        Representation r =
                new Representation(null, representative.email(), null, Basis.POWER_OF_ATTORNEY, State.PENDING, at);
        r.representative = representative;
        r.documentId = documentId;
        r.filedReference = ref;
        r.filedPartyEmail = party;
        representative.represents(r);
        return r;
    }

    /**
     * R-ACC.3: the pending power of attorney names this Party of this Procedure ({@code organisation}: the
     * organisation that is the Party, {@code party} the member it was named by). Decided by the Procedure's circle.
     */
    public void concerns(UserAccount party, Organisation organisation, UUID procedure) {
        if (state != State.PENDING || basis != Basis.POWER_OF_ATTORNEY || principal != null) {
            throw new IllegalStateException("only an unmatched pending power of attorney is matched");
        }
        this.principal = java.util.Objects.requireNonNull(party, "party");
        this.organisation = organisation;
        this.procedureId = java.util.Objects.requireNonNull(procedure, "procedure");
        if (organisation != null) {
            organisation.authorises(this);
        } else {
            party.authorises(this);
        }
    }

    /** A power of attorney that names a Party of a Procedure (staff see it; nobody else learns it before a decision). */
    public boolean isMatched() {
        return principal != null;
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
        by.represents(this);
    }

    /** R-ACC.3: staff accept or refuse a filed power of attorney. */
    public boolean mayDecide(UserAccount by) {
        return state == State.PENDING && by != null && by.actsForCenter();
    }

    /**
     * R-ACC.3: staff accept a power of attorney that names a Party (it is then in force for that Procedure) or refuse
     * it, saying why.
     */
    public void decide(UserAccount staff, boolean accepted, String why, Instant at) {
        if (staff == null || !staff.actsForCenter()) {
            throw new RuleViolation("R-ACC.3", null, "rule.representation.staffOnly");
        }
        if (state != State.PENDING) {
            throw new RuleViolation("R-ACC.3", null, "rule.representation.notOpen");
        }
        String text = why == null || why.isBlank() ? null : why.strip();
        if (text != null && text.length() > REASON_MAX_CHARS) {
            throw new RuleViolation("R-ACC.3", "/reason", "rule.representation.reasonLength", REASON_MAX_CHARS);
        }
        if (!accepted && text == null) {
            throw new RuleViolation("R-ACC.3", "/reason", "rule.representation.reason");
        }
        if (accepted && !isMatched()) {
            throw new RuleViolation("R-ACC.3", "/accepted", "rule.representation.unmatched");
        }
        this.decidedBy = staff.email();
        this.reason = text;
        if (accepted) {
            this.state = State.ACTIVE;
            this.authorisedAt = at;
        } else {
            this.state = State.REFUSED;
            this.endedAt = at;
        }
    }

    /**
     * R-ACC.3: who gave the authorisation may end it: the Party, or for an organisation any of its active managers
     * now.
     */
    public boolean isGivenBy(UserAccount account) {
        if (account == null) {
            return false;
        }
        return organisation != null
                ? organisation.isActiveManager(account)
                : principal != null && principal.id().equals(account.id());
    }

    /** R-ACC.3: the Party revokes (or withdraws an open invitation, or disowns a power of attorney); staff may too. */
    public boolean mayRevoke(UserAccount by) {
        return by != null
                && (state == State.INVITED || state == State.PENDING || state == State.ACTIVE)
                && (isGivenBy(by) || by.actsForCenter());
    }

    public void revoke(UserAccount by, Instant at) {
        if (!mayRevoke(by)) {
            throw new RuleViolation("R-ACC.3", null, "rule.representation.revoke");
        }
        this.state = State.REVOKED;
        this.endedAt = at;
        this.decidedBy = by.email();
    }

    /**
     * R-ACC.1: whether {@code viewer} may learn whom the authorisation is for. The Party, staff and an
     * invited representative may; the filer of a power of attorney only once staff accepted it, so that a filing
     * never tells whether its reference and address name anything.
     */
    public boolean mayKnowParty(UserAccount viewer) {
        return viewer != null
                && (viewer.actsForCenter() || isGivenBy(viewer) || basis == Basis.INVITATION || authorisedAt != null);
    }

    /**
     * R-ACC.3, R-C2: the power of attorney is read by staff, the representative who filed it and the Party it is for;
     * the other side sees that it exists, not the document.
     */
    public boolean mayReadDocument(UserAccount viewer) {
        return documentId != null
                && viewer != null
                && (viewer.actsForCenter()
                        || isGivenBy(viewer)
                        || (representative != null && representative.id().equals(viewer.id())));
    }

    /**
     * R-ACC.3, R-13.1: whether {@code account} acts for the Party in the Procedure {@code procedure} now (whose
     * Party it is, the account's own or an organisation's, the caller asks: {@link UserAccount#isRepresentedBy},
     * {@link Organisation#isRepresentedBy}).
     */
    public boolean covers(UserAccount account, UUID procedure) {
        return isActiveFor(account) && mediationId == null && (procedureId == null || procedureId.equals(procedure));
    }

    /**
     * R-ACC.3, R-M2: whether {@code account} acts for the Party known in the mediation {@code mediation} by the
     * address {@code partyEmail}: an account's authorisation for all its matters or for this mediation.
     */
    public boolean coversMediation(UserAccount account, String partyEmail, UUID mediation) {
        return isActiveFor(account)
                && organisation == null
                && principal != null
                && principal.email().equals(partyEmail)
                && procedureId == null
                && (mediationId == null || mediationId.equals(mediation));
    }

    private boolean isActiveFor(UserAccount account) {
        return state == State.ACTIVE
                && account != null
                && representative != null
                && representative.id().equals(account.id());
    }

    public boolean isActive() {
        return state == State.ACTIVE;
    }

    /** Every Procedure and mediation of the Party (neither one Procedure nor one mediation). */
    public boolean coversAll() {
        return procedureId == null && mediationId == null;
    }

    /** The name of the Party: the organisation's, or the account's; empty for a filing that names none. */
    public Optional<String> partyName() {
        if (organisation != null) {
            return Optional.of(organisation.name());
        }
        return Optional.ofNullable(principal).map(UserAccount::displayName);
    }

    public UUID id() {
        return id;
    }

    /** The Party, or the manager who authorised for an organisation; {@code null} for a filing that names none. */
    public UserAccount principal() {
        return principal;
    }

    public Optional<Organisation> organisation() {
        return Optional.ofNullable(organisation);
    }

    public Optional<UserAccount> representative() {
        return Optional.ofNullable(representative);
    }

    public String representativeEmail() {
        return representativeEmail;
    }

    /** The one Procedure covered; empty: a mediation or all of the Party's. */
    public Optional<UUID> procedureId() {
        return Optional.ofNullable(procedureId);
    }

    /** The one mediation covered. */
    public Optional<UUID> mediationId() {
        return Optional.ofNullable(mediationId);
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

    public Optional<String> filedReference() {
        return Optional.ofNullable(filedReference);
    }

    public Optional<String> filedPartyEmail() {
        return Optional.ofNullable(filedPartyEmail);
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

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
