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
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.organisation.MemberRole;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.time.Domicile;

/**
 * R-ACC.1: an invitation, the second way into Concord beside registration. It is bound to one e-mail address and
 * grants one thing: a role of the Center ({@link Kind#STAFF}, {@link Kind#NEUTRAL}), a membership of an organisation
 * ({@link Kind#MEMBER}, R-ACC.2), or the account that a mediation's invited Party ({@link Kind#MEDIATION}, R-M1) or a
 * Party's representative ({@link Kind#REPRESENTATION}, R-ACC.3) needs to take part.
 *
 * <p>
 * The link is mailed to the address with a token of 256 random bits; only its SHA-256 is stored (as for {@link
 * AccountLink}). It works <b>for 14 days</b> ({@link #VALIDITY}) and once: the holder of that address accepts, signed
 * in with it, or, without an account, creates the account bound to the address, which is confirmed at once because
 * the link proved the address. A used, withdrawn or expired invitation changes nothing. An invitation stops working
 * too when its inviter may no longer give what it grants (a manager who left, staff who lost the role).
 *
 * <p>
 * <b>Who may invite.</b> Staff (CENTER_STAFF and CENTER_ADMIN) invite Neutrals. Only CENTER_ADMIN invites staff: reading
 * of R-ACC.5, which gives administrators the granting of roles; inviting someone to the staff grants CENTER_STAFF, so
 * it is an administrator's act, recorded on the new account as granted by the inviting administrator. Inviting a
 * Neutral is staff's because the Center's staff keep the list of Neutrals; the grant is recorded the same way.
 * An organisation's managers and staff invite its members ({@link Organisation#mayManage}). The inviter, staff and, for
 * a membership, the organisation's managers may withdraw an invitation still open.
 *
 * <p>
 * Inviting answers the same whether or not the address has an account (R-ACC.1): nothing here looks the address up.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(name = "Invitation.byHash", query = "select i from Invitation i where i.tokenHash = :hash")
@NamedQuery(name = "Invitation.openOfOrganisation", query = """
        select i from Invitation i where i.organisation.id = :organisationId and i.acceptedAt is null
        and i.withdrawnAt is null and i.expiresAt > :now order by i.createdAt desc, i.id""")
@NamedQuery(name = "Invitation.openOfRepresentation", query = """
        select i from Invitation i where i.representation.id = :representationId and i.acceptedAt is null
        and i.withdrawnAt is null""")
@NamedQuery(name = "Invitation.all", query = "select i from Invitation i order by i.createdAt desc, i.id")
@NamedQuery(name = "Invitation.countAll", query = "select count(i) from Invitation i")
@NamedQuery(name = "Invitation.open", query = """
        select i from Invitation i where i.acceptedAt is null and i.withdrawnAt is null and i.expiresAt > :now
        order by i.createdAt desc, i.id""")
@NamedQuery(name = "Invitation.countOpen", query = """
        select count(i) from Invitation i where i.acceptedAt is null and i.withdrawnAt is null
        and i.expiresAt > :now""")
@NamedQuery(name = "Invitation.expired", query = """
        select i from Invitation i where i.acceptedAt is null and i.withdrawnAt is null and i.expiresAt <= :now
        order by i.createdAt desc, i.id""")
@NamedQuery(name = "Invitation.countExpired", query = """
        select count(i) from Invitation i where i.acceptedAt is null and i.withdrawnAt is null
        and i.expiresAt <= :now""")
@NamedQuery(name = "Invitation.accepted", query = """
        select i from Invitation i where i.acceptedAt is not null order by i.createdAt desc, i.id""")
@NamedQuery(name = "Invitation.countAccepted", query = """
        select count(i) from Invitation i where i.acceptedAt is not null""")
@NamedQuery(name = "Invitation.withdrawn", query = """
        select i from Invitation i where i.withdrawnAt is not null order by i.createdAt desc, i.id""")
@NamedQuery(name = "Invitation.countWithdrawn", query = """
        select count(i) from Invitation i where i.withdrawnAt is not null""")
public class Invitation {

    /** How long a link works: 14 days from the invitation. */
    public static final Duration VALIDITY = Duration.ofDays(14);

    /** What accepting the invitation grants. */
    public enum Kind {
        /** A place on the Center's staff: the role CENTER_STAFF (invited by an administrator, R-ACC.5). */
        STAFF(Role.CENTER_STAFF),
        /** The role NEUTRAL: an expert or mediator of the Center (invited by staff). */
        NEUTRAL(Role.NEUTRAL),
        /** A membership of an organisation, in a role (R-ACC.2); invited by its managers or staff. */
        MEMBER(Role.PARTY),
        /**
         * A mediation's invited Party (R-M1): it is in the circle by its address already; the invitation only lets it
         * create the account.
         */
        MEDIATION(Role.PARTY),
        /** A Party's representative (R-ACC.3): accepting also accepts the authorisation. */
        REPRESENTATION(Role.PARTY);

        private final Role role;

        Kind(Role role) {
            this.role = role;
        }

        /** The role an account created through such an invitation has. */
        public Role role() {
            return role;
        }
    }

    /** Where an invitation stands at an instant. */
    public enum State {
        OPEN,
        ACCEPTED,
        WITHDRAWN,
        EXPIRED
    }

    /** An invitation just made, with its token: the token goes into the mail and is never stored. */
    public record Issued(Invitation invitation, String token) {}

    /** An account created through an invitation, and the recorded grant of its role, if it was one (R-ACC.5). */
    public record Joined(UserAccount account, Optional<AccountChange> change) {}

    /**
     * R-ACC.1: what the holder of an invitation link gives to create the account bound to the invited address, checked
     * field by field as a registration is (the same pointers and messages).
     *
     * @param name the holder's name
     * @param domicile the country of domicile
     * @param language the language of mails and pages (en, fr, de)
     */
    public record Newcomer(String name, Domicile domicile, Locale language) {

        /** Checks the form of the account to create for the invited {@code email}; refused at the field. */
        public static Newcomer check(
                String email,
                String name,
                String country,
                String language,
                String password,
                String repeatedPassword,
                boolean termsAccepted) {
            if (name == null || name.isBlank() || name.strip().length() > 200) {
                throw new RuleViolation("R-ACC.1", "/name", "rule.registration.name");
            }
            String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
            if (!Domicile.isCountry(code)) {
                throw new RuleViolation("R-ACC.1", "/domicile", "rule.registration.domicile");
            }
            String tag = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
            if (!Registration.LANGUAGES.contains(tag)) {
                throw new RuleViolation("R-ACC.1", "/language", "rule.registration.language");
            }
            PasswordPolicy.require(password, "/password", List.of(email, name));
            PasswordPolicy.requireRepeated(password, repeatedPassword, "/repeatPassword");
            if (!termsAccepted) {
                throw new RuleViolation("R-ACC.1", "/terms", "rule.registration.terms");
            }
            return new Newcomer(name.strip(), Domicile.parse(code), Locale.forLanguageTag(tag));
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    /** MEMBER: the organisation joined. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** MEMBER: the role in the organisation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", length = 20)
    private MemberRole memberRole;

    /** MEDIATION: the mediation whose circle the address is in. */
    @Column(name = "mediation_id")
    private UUID mediationId;

    /** REPRESENTATION: the authorisation accepted with the invitation. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "representation_id")
    private Representation representation;

    /** The reference the invitation is about (a mediation's; a Procedure's for a representation), for the page. */
    @Column(length = 40)
    private String reference;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invited_by", nullable = false)
    private UserAccount invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accepted_by")
    private UserAccount acceptedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "withdrawn_by")
    private UserAccount withdrawnBy;

    protected Invitation() {}

    private Invitation(Kind kind, String email, UserAccount invitedBy, String tokenHash, Instant at) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.email = email;
        this.invitedBy = Objects.requireNonNull(invitedBy, "invitedBy");
        this.tokenHash = tokenHash;
        this.createdAt = Objects.requireNonNull(at, "at");
        this.expiresAt = at.plus(VALIDITY);
    }

    private static Issued issue(Kind kind, String email, UserAccount by, Instant at) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new Invitation(kind, address(email), by, hash(token), at), token);
    }

    /** The stored form of a token (SHA-256, hex), to look an invitation up by. */
    public static String hash(String token) {
        return ApiToken.hash(token);
    }

    private static String address(String email) {
        String address;
        try {
            address = UserAccount.normaliseEmail(email);
        } catch (IllegalArgumentException notAnAddress) {
            throw new RuleViolation("R-ACC.1", "/email", "rule.invitation.email");
        }
        if (address.length() > 254) {
            throw new RuleViolation("R-ACC.1", "/email", "rule.invitation.email");
        }
        return address;
    }

    // --- who may invite what ---

    /**
     * Whether {@code by} may invite to {@code kind}: STAFF only an administrator (R-ACC.5), NEUTRAL any staff, MEMBER
     * whoever manages {@code organisation} (R-ACC.2). MEDIATION and REPRESENTATION invitations are not given by
     * themselves: they come with a mediation request ({@link #toMediation}) and an authorisation ({@link
     * #toRepresent}).
     */
    public static boolean mayInvite(Kind kind, UserAccount by, Organisation organisation) {
        if (kind == null || by == null) {
            return false;
        }
        return switch (kind) {
            case STAFF -> by.hasRole(Role.CENTER_ADMIN);
            case NEUTRAL -> by.actsForCenter();
            case MEMBER -> organisation != null && organisation.mayManage(by);
            case MEDIATION, REPRESENTATION -> false;
        };
    }

    /** R-ACC.5, R-ACC.1: staff invite a Neutral, an administrator a member of staff, by address. */
    public static Issued toCenter(Kind kind, String email, UserAccount by, Instant at) {
        if (kind != Kind.STAFF && kind != Kind.NEUTRAL) {
            throw new RuleViolation("R-ACC.1", "/kind", "rule.invitation.kind");
        }
        requireMayInvite(kind, by, null);
        return issue(kind, email, by, at);
    }

    /**
     * R-ACC.2: a manager (or staff) invites an address to join {@code organisation} in {@code role}. An address that is
     * an active member already is refused: the inviter sees the members anyway.
     */
    public static Issued toOrganisation(
            Organisation organisation, MemberRole role, String email, UserAccount by, Instant at) {
        Objects.requireNonNull(organisation, "organisation");
        requireMayInvite(Kind.MEMBER, by, organisation);
        String address = address(email);
        if (organisation.isActiveMemberAddress(address)) {
            throw new RuleViolation("R-ACC.2", "/email", "rule.organisation.alreadyMember");
        }
        Issued issued = issue(Kind.MEMBER, address, by, at);
        issued.invitation().organisation = organisation;
        issued.invitation().memberRole = role == null ? MemberRole.MEMBER : role;
        return issued;
    }

    /**
     * R-M1, R-ACC.1: the invitation that goes with a mediation request to {@code email}, whether or not the address has
     * an account (so that the requester learns nothing); {@code requester} is the Party that asked.
     */
    public static Issued toMediation(
            UUID mediationId, String reference, String email, UserAccount requester, Instant at) {
        Objects.requireNonNull(mediationId, "mediationId");
        Issued issued = issue(Kind.MEDIATION, email, requester, at);
        issued.invitation().mediationId = mediationId;
        issued.invitation().reference = reference;
        return issued;
    }

    /**
     * R-ACC.3, R-ACC.1: the invitation that goes with an authorisation of a representative; {@code reference} is the
     * Procedure's, or {@code null} for all of the Party's.
     */
    public static Issued toRepresent(Representation representation, String reference, Instant at) {
        Issued issued =
                issue(Kind.REPRESENTATION, representation.representativeEmail(), representation.principal(), at);
        issued.invitation().representation = representation;
        issued.invitation().reference = reference;
        return issued;
    }

    private static void requireMayInvite(Kind kind, UserAccount by, Organisation organisation) {
        if (!mayInvite(kind, by, organisation)) {
            throw switch (kind) {
                case STAFF -> new RuleViolation("R-ACC.5", "/kind", "rule.invitation.adminOnly");
                case MEMBER -> new RuleViolation("R-ACC.2", null, "rule.organisation.managerOnly");
                default -> new RuleViolation("R-ACC.1", "/kind", "rule.invitation.staffOnly");
            };
        }
    }

    // --- the state ---

    /** Where the invitation stands at {@code at}. */
    public State state(Instant at) {
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        if (withdrawnAt != null) {
            return State.WITHDRAWN;
        }
        return at.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    /**
     * R-ACC.1: the refusal that accepting ({@code viewer} signed in) or creating the account ({@code viewer} {@code
     * null}) would meet at {@code at}, if any: used, withdrawn, expired, its inviter no longer may give it, or another
     * address signed in. The one check behind {@link #mayAccept}, {@link #mayJoin}, {@link #accept} and {@link #join}.
     */
    public Optional<RuleViolation> refusal(UserAccount viewer, Instant at) {
        RuleViolation refusal = switch (state(at)) {
            case ACCEPTED -> new RuleViolation("R-ACC.1", "/token", "rule.invitation.used");
            case WITHDRAWN -> new RuleViolation("R-ACC.1", "/token", "rule.invitation.withdrawn");
            case EXPIRED -> new RuleViolation("R-ACC.1", "/token", "rule.invitation.expired");
            case OPEN -> {
                if (!inviterMayStill()) {
                    yield new RuleViolation("R-ACC.1", "/token", "rule.invitation.inviterNoLonger");
                }
                if (viewer != null && !viewer.email().equals(email)) {
                    yield new RuleViolation("R-ACC.1", "/email", "rule.invitation.otherAddress");
                }
                yield null;
            }
        };
        return Optional.ofNullable(refusal);
    }

    /** R-ACC.1: whether {@code viewer}, signed in, may accept now: open, and the viewer holds the invited address. */
    public boolean mayAccept(UserAccount viewer, Instant at) {
        return viewer != null && refusal(viewer, at).isEmpty();
    }

    /** Whether the link may create an account now (the address must have none: the service checks). */
    public boolean mayJoin(Instant at) {
        return refusal(null, at).isEmpty();
    }

    /** Refuses (R-ACC.1, field {@code /token}) an invitation that can no longer be used by anyone. */
    public void requireOpen(Instant at) {
        Optional<RuleViolation> refusal = refusal(null, at);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /**
     * R-ACC.1: whether {@code viewer} may withdraw the invitation now: open, and the viewer is its inviter, staff, or
     * for a membership a manager of the organisation.
     */
    public boolean mayWithdraw(UserAccount viewer, Instant at) {
        return viewer != null
                && state(at) == State.OPEN
                && (viewer.id().equals(invitedBy.id())
                        || viewer.actsForCenter()
                        || (kind == Kind.MEMBER && organisation.mayManage(viewer)));
    }

    /** R-ACC.1: withdrawn; the link no longer works. */
    public void withdraw(UserAccount by, Instant at) {
        if (!mayWithdraw(by, at)) {
            throw new RuleViolation("R-ACC.1", null, "rule.invitation.withdraw");
        }
        this.withdrawnAt = at;
        this.withdrawnBy = by;
    }

    /**
     * R-ACC.3: the invitation follows the authorisation it came with when that is decided elsewhere: accepted on the
     * representation page, it is used up (by the representative); revoked, it is withdrawn (by {@code by}). An
     * invitation no longer open, or of another authorisation, is left as it was.
     */
    public void follow(Representation decided, UserAccount by, Instant at) {
        if (acceptedAt != null
                || withdrawnAt != null
                || representation == null
                || !representation.id().equals(decided.id())) {
            return;
        }
        if (decided.isActive()) {
            this.acceptedAt = at;
            this.acceptedBy = decided.representative().orElse(null);
        } else if (decided.state() == Representation.State.REVOKED || decided.state() == Representation.State.REFUSED) {
            this.withdrawnAt = at;
            this.withdrawnBy = by;
        }
    }

    // --- accepting ---

    /**
     * R-ACC.1: the holder of the invited address, signed in, accepts: the grant is applied (the role granted and
     * recorded as given by the inviter, the membership added, the representation accepted). Refused when the
     * invitation was used, withdrawn or expired, when its inviter may no longer give it, and for another address; a
     * refusal changes nothing. Accepting what the account has already (the role, the membership) uses the invitation
     * up and changes nothing else.
     *
     * @return the recorded grant of a role, when a role was granted
     */
    public Optional<AccountChange> accept(UserAccount by, Instant at) {
        Optional<RuleViolation> refusal = refusal(Objects.requireNonNull(by, "by"), at);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        return Optional.ofNullable(apply(by, false, at));
    }

    /**
     * R-ACC.1: the holder of the link, without an account, creates the account bound to the invited address, then the
     * grant is applied as by {@link #accept}. The account is confirmed at once: the link proved the address. Refused,
     * before anything is made, when the invitation is not open (expired, used, withdrawn) or its inviter may no longer
     * give it. Whether the address has an account already is the service's to ask (it must have none).
     */
    public Joined join(Newcomer newcomer, String passwordHash, String termsVersion, Instant at) {
        requireOpen(at);
        Objects.requireNonNull(newcomer, "newcomer");
        UserAccount account =
                new UserAccount(email, newcomer.name(), passwordHash, Set.of(kind.role()), newcomer.language(), at);
        account.domicileIn(newcomer.domicile());
        account.acceptTerms(termsVersion, at);
        if (kind == Kind.REPRESENTATION) {
            account.registeredAs(Capacity.REPRESENTATIVE);
        }
        return new Joined(account, Optional.ofNullable(apply(account, true, at)));
    }

    /** A grant of the Center or of an organisation holds only while its inviter may still give it. */
    private boolean inviterMayStill() {
        return switch (kind) {
            case STAFF, NEUTRAL, MEMBER -> mayInvite(kind, invitedBy, organisation);
            case MEDIATION, REPRESENTATION -> true;
        };
    }

    private AccountChange apply(UserAccount account, boolean created, Instant at) {
        AccountChange change = null;
        switch (kind) {
            case STAFF, NEUTRAL -> {
                if (created || !account.hasRole(kind.role())) {
                    change = account.acceptInvitedRole(kind.role(), invitedBy, at);
                }
            }
            case MEMBER -> {
                if (!organisation.isActiveMember(account)) {
                    organisation.addMember(account, memberRole, invitedBy, at);
                }
            }
            case MEDIATION -> {
                // R-M2: the address is in the mediation's circle already; the account is all it needed.
            }
            case REPRESENTATION -> representation.accept(account, at);
        }
        this.acceptedAt = at;
        this.acceptedBy = account;
        return change;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Organisation> organisation() {
        return Optional.ofNullable(organisation);
    }

    public Optional<MemberRole> memberRole() {
        return Optional.ofNullable(memberRole);
    }

    public Optional<UUID> mediationId() {
        return Optional.ofNullable(mediationId);
    }

    public Optional<Representation> representation() {
        return Optional.ofNullable(representation);
    }

    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public UserAccount invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    public Optional<UserAccount> acceptedBy() {
        return Optional.ofNullable(acceptedBy);
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public Optional<UserAccount> withdrawnBy() {
        return Optional.ofNullable(withdrawnBy);
    }
}
