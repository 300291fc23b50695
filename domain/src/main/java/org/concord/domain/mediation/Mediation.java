package org.concord.domain.mediation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Representation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.Document;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.ProcedureReference;
import org.concord.domain.retention.DataClass;
import org.concord.domain.retention.LegalHold;
import org.concord.domain.retention.RetentionPeriods;

/**
 * A mediation (R-M1–R-M3), the aggregate root: its state and verbs, and who may do what now ({@code may…}). Its parts
 * keep their own rules over the collections mapped here: the request's checks ({@link MediationRequest}), the circle
 * ({@link MediationCircle}), the mediator's choice ({@link MediatorSelection}), the sessions ({@link Sessions}), the
 * messages and caucuses ({@link Conversation}) and the settlement agreement's versions ({@link Settlement}). Its id is
 * a random UUID and its reference random, as for a Procedure. Its existence and outcome are confidential to its
 * circle: its Parties, their representatives, its mediator and the Center (R-M2, R-13.1).
 */
@Entity
@Table(name = "mediation")
@NamedQuery(name = "Mediation.ofParticipant", query = """
        select distinct m from Mediation m join m.participants p where p.email = :email
        or (p.role = org.concord.domain.mediation.MediationRole.PARTY and exists (select r from Representation r
            where r.representative.id = :accountId
            and r.state = org.concord.domain.account.Representation.State.ACTIVE
            and r.organisation is null and r.procedureId is null
            and (r.mediationId is null or r.mediationId = m.id)
            and r.principal.email = p.email))
        order by m.requestedAt desc, m.id""")
// R-M2, R-SEC.6: the mediation with this id if the account is in its circle now, else nothing, in one query whether
// the id is hidden or missing. It mirrors #isVisibleTo (MediationCircle#participationOf: a participant by address, a
// Party's authorised representative; or the invited mediator while invited); the domain check still runs on what it
// returns. The Center is not asked here.
@NamedQuery(name = "Mediation.visibleToAccount", query = """
        select m from Mediation m where m.id = :id and (
            (m.state = org.concord.domain.mediation.MediationState.MEDIATOR_INVITED and m.mediatorEmail = :email)
            or exists (select p from MediationParticipant p where p.mediation = m and (p.email = :email
                or (p.role = org.concord.domain.mediation.MediationRole.PARTY and exists (select r from Representation r
                    where r.representative.id = :accountId
                    and r.state = org.concord.domain.account.Representation.State.ACTIVE
                    and r.organisation is null and r.procedureId is null
                    and (r.mediationId is null or r.mediationId = m.id)
                    and r.principal.email = p.email)))))""")
@NamedQuery(name = "Mediation.invitingMediator", query = """
        select m from Mediation m where m.mediatorEmail = :email
        and m.state = org.concord.domain.mediation.MediationState.MEDIATOR_INVITED order by m.requestedAt, m.id""")
@NamedQuery(name = "Mediation.newestFirst", query = "select m from Mediation m order by m.requestedAt desc, m.id")
@NamedQuery(name = "Mediation.count", query = "select count(m) from Mediation m")
public class Mediation {

    public static final int SUMMARY_MAX_CHARS = 10_000;
    public static final int MESSAGE_MAX_CHARS = 20_000;
    public static final int MAX_PREFERENCES = 10;
    public static final String DECLARATION = "I am impartial and independent of the Parties and will disclose any "
            + "circumstance that might give rise to justifiable doubt.";

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MediationState state;

    @Column(nullable = false, length = SUMMARY_MAX_CHARS)
    private String summary;

    @Column(nullable = false, length = 3)
    private String language;

    /** 15(a): the DCTI Procedure this mediation came from, if any; its settlement ends that Procedure. */
    @Column(name = "procedure_id")
    private UUID procedureId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    /** The mediator both sides chose: invited while MEDIATOR_INVITED, in the circle from acceptance. */
    @Column(name = "mediator_email", length = 254)
    private String mediatorEmail;

    @Column(name = "mandate_accepted_at")
    private Instant mandateAcceptedAt;

    @Column(name = "first_meeting_at")
    private Instant firstMeetingAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 254)
    private String endedBy;

    @Column(name = "end_reason", length = 2000)
    private String endReason;

    /** R-OPS.3: a legal hold suspends erasure; {@code null} until the first hold. */
    @Embedded
    private LegalHold legalHold;

    /** R-OPS.3: when its file was erased, past its retention period. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    @OneToMany(mappedBy = "mediation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("joinedAt")
    private List<MediationParticipant> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "mediation_preference", joinColumns = @JoinColumn(name = "mediation_id"))
    @OrderBy("side, rank")
    private List<MediatorPreference> preferences = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "mediation_declined_mandate", joinColumns = @JoinColumn(name = "mediation_id"))
    @Column(name = "mediator_email", nullable = false, length = 254)
    private Set<String> declinedMandates = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "mediation_session", joinColumns = @JoinColumn(name = "mediation_id"))
    @OrderBy("startsAt")
    private List<MediationSession> sessions = new ArrayList<>();

    @OneToMany(mappedBy = "mediation", cascade = CascadeType.ALL)
    @OrderBy("sentAt")
    private List<MediationMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "mediation", cascade = CascadeType.ALL)
    @OrderBy("version")
    private List<SettlementAgreement> agreements = new ArrayList<>();

    @Version
    private long version;

    protected Mediation() {}

    private Mediation(
            UserAccount requester, String otherParty, String summary, String language, UUID procedureId, Instant at) {
        MediationRequest request = MediationRequest.of(requester, otherParty, summary, language);
        this.id = UUID.randomUUID();
        this.reference = ProcedureReference.randomValue("MED");
        this.state = MediationState.REQUESTED;
        this.summary = request.summary();
        this.language = request.language();
        this.procedureId = procedureId;
        this.requestedAt = at;
        circle().join(requester.email(), MediationRole.PARTY, Side.REQUESTING, at);
        circle().join(request.otherParty(), MediationRole.PARTY, Side.RESPONDING, at);
    }

    /** A Party asks another, named by its e-mail address, to mediate (R-M1). */
    public static Mediation request(
            UserAccount requester, String otherParty, String summary, String language, Instant at) {
        return new Mediation(requester, otherParty, summary, language, null, at);
    }

    /**
     * 15(a): a Party of a DCTI Procedure that has not ended asks the other Party to mediate; the mediation is linked
     * to the Procedure, and its settlement will end it.
     */
    public static Mediation requestFrom(
            Procedure procedure, UserAccount requester, String summary, String language, Instant at) {
        UserAccount other = MediationRequest.otherPartyIn(procedure, requester);
        return new Mediation(requester, other.email(), summary, language, procedure.id(), at);
    }

    /** The invited Party agrees to mediate; the Parties then choose the mediator. */
    public void agree(UserAccount party, Instant at) {
        requireInvitedParty(party);
        this.state = MediationState.CHOOSING_MEDIATOR;
        this.agreedAt = at;
    }

    /** The invited Party declines to mediate (R-M1: party-controlled); the mediation ends before it began. */
    public void decline(UserAccount party, String reason, Instant at) {
        requireInvitedParty(party);
        end(MediationState.DECLINED, party, reason, at);
    }

    private void requireInvitedParty(UserAccount party) {
        requireState(MediationState.REQUESTED, "R-M1");
        if (!mayAnswerRequest(party)) {
            throw new RuleViolation("R-M1", null, "rule.mediation.notInvited");
        }
    }

    /** A Party names a representative for its side, who joins the circle (R-M2). */
    public void addRepresentative(UserAccount party, String email, Instant at) {
        circle().addRepresentative(party, email, at);
    }

    /**
     * R-ACC.3, R-M2: whether {@code account} may authorise a representative for this mediation: a Party itself (not a
     * representative, who does not delegate), before the end.
     */
    public boolean mayAuthoriseRepresentatives(UserAccount account) {
        return !state.hasEnded() && roleOf(account).orElse(null) == MediationRole.PARTY;
    }

    /**
     * R-ACC.3, R-M2: the representatives {@code party}, a Party of this mediation, authorised for all its matters or for
     * this mediation, in force now: parts of the circle on its side, derived and never stored. Empty for anyone else.
     */
    public List<MediationParticipant> authorisedRepresentativesOf(UserAccount party) {
        return participants.stream()
                .filter(p -> p.role() == MediationRole.PARTY && p.is(party))
                .findFirst()
                .map(p -> party.representationsInMediation(id).stream()
                        .map(r -> MediationParticipant.authorisedFor(
                                this, r.representative().orElseThrow(), p))
                        .toList())
                .orElse(List.of());
    }

    /**
     * R-ACC.3: a Party authorises a representative's address for this mediation only; it takes effect when the address
     * accepts, and puts the representative on the Party's side of the circle while it is in force.
     */
    public Representation authoriseRepresentative(UserAccount party, String email, Instant at) {
        if (!mayAuthoriseRepresentatives(party)) {
            throw new RuleViolation("R-ACC.3", "/mediation", "rule.representation.mediationPartyOnly");
        }
        Representation r = Representation.inviteForMediation(party, email, id, at);
        party.authorises(r);
        return r;
    }

    /**
     * R-M4: a side ranks the mediators it accepts, from the directory ({@code directory}: the addresses of the
     * certified mediators listed now). Once both sides ranked, the mediator common to both is invited
     * ({@link MediatorChoice}); when the lists share nobody, both sides are asked to rank again.
     *
     * @return the mediator now invited, if one was chosen
     */
    public Optional<String> rankMediators(
            UserAccount by, List<String> ranked, Collection<String> directory, Instant at) {
        return invite(selection().rank(by, ranked, directory, at));
    }

    private Optional<String> invite(Optional<String> chosen) {
        chosen.ifPresent(mediator -> {
            this.mediatorEmail = mediator;
            this.state = MediationState.MEDIATOR_INVITED;
        });
        return chosen;
    }

    /** The side's ranked list, best first. */
    public List<String> preferencesOf(Side side) {
        return selection().preferencesOf(side);
    }

    /** The chosen mediator accepts the mandate with the declaration of impartiality and independence. */
    public void acceptMandate(UserAccount mediator, boolean confirmsImpartiality, Instant at) {
        selection().requireAcceptance(mediator, confirmsImpartiality);
        circle().join(mediator.email(), MediationRole.MEDIATOR, null, at);
        this.mandateAcceptedAt = at;
        this.state = MediationState.IN_PROGRESS;
    }

    /**
     * The chosen mediator declines; the next mediator common to both lists is invited, or, if none is left, the
     * Parties rank again.
     *
     * @return the mediator invited next, if any
     */
    public Optional<String> declineMandate(UserAccount mediator, Instant at) {
        MediatorSelection selection = selection();
        selection.requireInvited(mediator);
        String declined = mediatorEmail;
        this.mediatorEmail = null;
        this.state = MediationState.CHOOSING_MEDIATOR;
        return invite(selection.declined(declined));
    }

    /** The mediator schedules a joint session. */
    public MediationSession scheduleSession(UserAccount mediator, Instant startsAt, String place, Instant at) {
        return sessionsPart().schedule(mediator, startsAt, place);
    }

    /** The mediator records that a session took place; the first one held is the first meeting (R-M1). */
    public void recordSessionHeld(UserAccount mediator, UUID sessionId, Instant at) {
        sessionsPart().held(mediator, sessionId, at);
        if (firstMeetingAt == null) {
            firstMeetingAt = at;
        }
    }

    /** R-M2: a joint message, or one in a side's caucus with the mediator (see Conversation#send). */
    public MediationMessage send(
            UserAccount by, MediationMessage.Channel channel, Side caucusSide, String text, Instant at) {
        return conversation().send(by, channel, caucusSide, text, at);
    }

    /** R-M2: a Party or representative releases a message of its side's caucus to the whole circle. */
    public MediationMessage release(UserAccount by, UUID messageId, Instant at) {
        return conversation().release(by, messageId, at);
    }

    /** R-M2: whether {@code account} is on the side whose caucus holds {@code message}, not yet released. */
    public boolean mayRelease(UserAccount account, MediationMessage message) {
        return conversation().mayRelease(account, message);
    }

    /** R-M2: the messages {@code viewer} reads: joint and released ones; a caucus's only its side and the mediator. */
    public List<MediationMessage> messagesVisibleTo(UserAccount viewer) {
        return conversation().visibleTo(viewer);
    }

    /** R-M3: a Party, a representative or the mediator proposes a (new version of the) settlement agreement. */
    public SettlementAgreement proposeSettlement(UserAccount by, Document document, Instant at) {
        return settlementPart().propose(by, document, at);
    }

    /**
     * R-M3, R-M1: a Party (or its representative) accepts the current settlement agreement by its SHA-256; when both
     * sides accepted the same version, the mediation is settled (see Settlement#accept).
     *
     * @return whether the mediation is settled now
     */
    public boolean acceptSettlement(UserAccount by, String sha256, Instant at) {
        boolean settled = settlementPart().accept(by, sha256, at);
        if (settled) {
            end(MediationState.SETTLED, by, null, at);
        }
        return settled;
    }

    /** R-M1: either Party (or its representative) withdraws, which ends the mediation, but only after the first meeting. */
    public void withdraw(UserAccount by, String reason, Instant at) {
        requireNotEnded();
        if (sideOf(by).isEmpty()) {
            throw new RuleViolation("R-M1", null, "rule.mediation.notParty");
        }
        if (firstMeetingAt == null) {
            throw new RuleViolation("R-M1", null, "rule.mediation.beforeFirstMeeting");
        }
        end(MediationState.WITHDRAWN, by, reason, at);
    }

    /** The Center closes a mediation that cannot go on (e.g. no common mediator, a Party unreachable), with why. */
    public void close(UserAccount staff, String reason, Instant at) {
        requireNotEnded();
        if (staff == null || !staff.actsForCenter()) {
            throw new RuleViolation("R-M1", null, "rule.mediation.notCenter");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("R-M1", "/reason", "rule.mediation.reasonRequired");
        }
        end(MediationState.CLOSED, staff, reason, at);
    }

    private void end(MediationState outcome, UserAccount by, String reason, Instant at) {
        this.state = outcome;
        this.endedBy = by.email();
        this.endReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.endedAt = at;
    }

    /** R-M4: the viewer's side, if a Party (not a representative) may rate the mediator of this ended mediation. */
    public Optional<Side> feedbackSideOf(UserAccount viewer) {
        if (!state.hasEnded() || mandateAcceptedAt == null || roleOf(viewer).orElse(null) != MediationRole.PARTY) {
            return Optional.empty();
        }
        return sideOf(viewer);
    }

    /** Whether {@code account} is the invited Party and may agree or decline now (R-M1). */
    public boolean mayAnswerRequest(UserAccount account) {
        return state == MediationState.REQUESTED && party(Side.RESPONDING).is(account);
    }

    /** Whether {@code account} is on a side and may rank mediators now (R-M4). */
    public boolean mayRank(UserAccount account) {
        return state == MediationState.CHOOSING_MEDIATOR && sideOf(account).isPresent();
    }

    /** Whether {@code account} is the mediator the Parties chose, asked to accept or decline (R-M4). */
    public boolean mayAnswerMandate(UserAccount account) {
        return state == MediationState.MEDIATOR_INVITED
                && account != null
                && account.email().equals(mediatorEmail);
    }

    /** Whether {@code account} may write and propose now: in the circle (or the Center) while in progress (R-M2). */
    public boolean mayConduct(UserAccount account) {
        return state == MediationState.IN_PROGRESS
                && account != null
                && (participationOf(account).isPresent() || account.actsForCenter());
    }

    /** R-M1: whether {@code account} is on a side and may withdraw now: after the first meeting, before the end. */
    public boolean mayWithdraw(UserAccount account) {
        return !state.hasEnded() && sideOf(account).isPresent() && firstMeetingAt != null;
    }

    /** Whether {@code account} acts for the Center and may close the mediation now. */
    public boolean mayClose(UserAccount account) {
        return !state.hasEnded() && account != null && account.actsForCenter();
    }

    /** R-M2: the circle is the Parties, their representatives, the mediator and the Center. */
    public boolean isVisibleTo(UserAccount account) {
        return account != null
                && (account.actsForCenter() || participationOf(account).isPresent() || mayAnswerMandate(account));
    }

    public Optional<MediationParticipant> participationOf(UserAccount account) {
        return circle().participationOf(account);
    }

    public Optional<MediationRole> roleOf(UserAccount account) {
        return participationOf(account).map(MediationParticipant::role);
    }

    public Optional<Side> sideOf(UserAccount account) {
        return participationOf(account).flatMap(MediationParticipant::side);
    }

    public MediationParticipant party(Side side) {
        return circle().party(side);
    }

    public Optional<String> mediator() {
        return circle().mediator();
    }

    public Optional<SettlementAgreement> currentAgreement() {
        return settlementPart().current();
    }

    /** The agreement both sides accepted, once settled. */
    public Optional<SettlementAgreement> settlement() {
        return state == MediationState.SETTLED ? currentAgreement() : Optional.empty();
    }

    // The parts, built on each use over the collections mapped here; the guards, named once and shared with them.

    private MediationCircle circle() {
        return new MediationCircle(this, participants);
    }

    private MediatorSelection selection() {
        return new MediatorSelection(this, preferences, declinedMandates);
    }

    private Conversation conversation() {
        return new Conversation(this, messages);
    }

    private Settlement settlementPart() {
        return new Settlement(this, agreements);
    }

    private Sessions sessionsPart() {
        return new Sessions(this, sessions);
    }

    void requireNotEnded() {
        if (state.hasEnded()) {
            throw new RuleViolation("R-M1", null, "rule.mediation.wrongState");
        }
    }

    void requireState(MediationState expected, String ruleId) {
        if (state != expected) {
            throw new RuleViolation(ruleId, null, "rule.mediation.wrongState");
        }
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public MediationState state() {
        return state;
    }

    public String summary() {
        return summary;
    }

    public String language() {
        return language;
    }

    public Optional<UUID> procedureId() {
        return Optional.ofNullable(procedureId);
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<Instant> agreedAt() {
        return Optional.ofNullable(agreedAt);
    }

    public Optional<String> invitedMediator() {
        return state == MediationState.MEDIATOR_INVITED ? Optional.ofNullable(mediatorEmail) : Optional.empty();
    }

    public Optional<Instant> mandateAcceptedAt() {
        return Optional.ofNullable(mandateAcceptedAt);
    }

    public Optional<Instant> firstMeetingAt() {
        return Optional.ofNullable(firstMeetingAt);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** R-OPS.3: the legal hold, placed or lifted, or none. */
    public LegalHold legalHold() {
        return legalHold == null ? LegalHold.none() : legalHold;
    }

    public Optional<Instant> erasedAt() {
        return Optional.ofNullable(erasedAt);
    }

    /** R-OPS.3: staff place a legal hold, with a reason, on a mediation not yet erased and not already held. */
    public boolean mayPlaceLegalHold(UserAccount viewer) {
        return viewer != null
                && viewer.actsForCenter()
                && erasedAt == null
                && !legalHold().isHeld();
    }

    /** R-OPS.3: staff lift a legal hold that is held, with a reason. */
    public boolean mayLiftLegalHold(UserAccount viewer) {
        return viewer != null && viewer.actsForCenter() && legalHold().isHeld();
    }

    /** R-OPS.3: {@code by} (staff) suspends the erasure of this mediation's file, for {@code reason}. */
    public void placeLegalHold(UserAccount by, String reason, Instant at) {
        if (!mayPlaceLegalHold(by)) {
            throw new RuleViolation("R-OPS.3", null, "rule.legalHold.place");
        }
        this.legalHold = LegalHold.placed(by.email(), reason, at);
    }

    /** R-OPS.3: {@code by} (staff) lifts the hold, for {@code reason}. */
    public void liftLegalHold(UserAccount by, String reason, Instant at) {
        if (!mayLiftLegalHold(by)) {
            throw new RuleViolation("R-OPS.3", null, "rule.legalHold.lift");
        }
        this.legalHold = legalHold().lifted(by.email(), reason, at);
    }

    /** R-OPS.3: ended at least the configured period ago, not held, not yet erased. */
    public boolean isDueForErasure(RetentionPeriods periods, Instant now) {
        return erasedAt == null && periods.isDue(DataClass.MEDIATION_FILE, endedAt, legalHold(), now);
    }

    public Optional<String> endedBy() {
        return Optional.ofNullable(endedBy);
    }

    public Optional<String> endReason() {
        return Optional.ofNullable(endReason);
    }

    public List<MediationParticipant> participants() {
        return Collections.unmodifiableList(participants);
    }

    public List<MediationSession> sessions() {
        return Collections.unmodifiableList(sessions);
    }

    public List<SettlementAgreement> agreements() {
        return Collections.unmodifiableList(agreements);
    }
}
