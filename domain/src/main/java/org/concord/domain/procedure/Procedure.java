package org.concord.domain.procedure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.Upload;
import org.concord.domain.sor.StatementOfReasons;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.GenevaTime;

/**
 * A DCTI expert determination, from the Request to its Resolution or termination. The aggregate root: its table, its
 * state and its verbs, each a short delegation to the part that keeps the rule and its full explanation: the
 * Request's items ({@link RequestContent}), the Answer ({@link Answer}), the language ({@link LanguageDecision}) and
 * the end ({@link Termination}) as embeddables; the circle of R-13.1 ({@link Circle}), the appointment sequence
 * ({@link Appointments}), the conduct ({@link Conduct}), the steps to the Resolution ({@link Resolving}) and the time
 * limits ({@link TimeLimits}) as collaborators over the lists mapped here. The root records its own changes of state.
 * Who may do what now is asked of it ({@code may…(viewer)}, gathered by {@link #permissionsFor}); each verb's guard
 * uses the same check, and the guards are named once ({@link Guards}, {@link Circle}). Its id is a random UUID,
 * never a sequence, so that an id reveals nothing and cannot be guessed.
 */
@Entity
@Table(name = "procedure")
@NamedQuery(name = "Procedure.visibleToParticipant", query = """
        select distinct p from Procedure p join p.participants pa
        where pa.account.id = :accountId order by p.receivedAt desc, p.id""")
@NamedQuery(name = "Procedure.newestFirst", query = """
        select p from Procedure p order by p.receivedAt desc, p.id desc""")
@NamedQuery(name = "Procedure.olderThan", query = """
        select p from Procedure p where p.receivedAt <= :receivedAt and (p.receivedAt < :receivedAt or p.id < :id)
        order by p.receivedAt desc, p.id desc""")
@NamedQuery(name = "Procedure.count", query = "select count(p) from Procedure p")
@NamedQuery(name = "Procedure.samePlatformReference", query = """
        select p from Procedure p where p.request.platformName = :platformName
        and p.request.platformReference = :platformReference""")
@NamedQuery(name = "Procedure.caseloadByMonthAndState", query = """
        select extract(year from p.receivedDate), extract(month from p.receivedDate), p.state, count(p)
        from Procedure p group by 1, 2, 3 order by 1, 2, 3""")
public class Procedure {

    /** The Request's description may hold this many characters at most (well above 3,000 words). */
    public static final int DESCRIPTION_MAX_CHARS = 60_000;

    /** The words of 9(b), recorded when the candidate confirms without words of its own. */
    public static final String DECLARATION = "There are no circumstances that might give rise to justifiable doubt "
            + "as to my impartiality or independence (Article 9(b)).";

    @Id
    private UUID id;

    @Embedded
    private ProcedureReference reference;

    @Embedded
    private RequestContent request;

    @ElementCollection
    @CollectionTable(name = "procedure_restriction", joinColumns = @JoinColumn(name = "procedure_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "restriction", nullable = false, length = 20)
    private Set<Restriction> restrictions = EnumSet.noneOf(Restriction.class);

    /** R-SOR.4: an earlier Procedure about the same platform decision, flagged to staff. */
    @Column(name = "possible_duplicate_of")
    private UUID possibleDuplicateOf;

    @Embedded
    private LanguageDecision language;

    /** the member of staff who found the Request compliant with Article 5. */
    @Column(name = "compliance_checked_by", length = 254)
    private String complianceCheckedBy;

    @Embedded
    private Answer answer = Answer.none();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProcedureState state;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** the Geneva date of receipt, fixed at receipt (reports group by it). */
    @Column(name = "received_date", nullable = false)
    private LocalDate receivedDate;

    @Column(name = "commenced_at")
    private Instant commencedAt;

    @Column(name = "appointed_at")
    private Instant appointedAt;

    @Embedded
    private Termination termination;

    @OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Participant> participants = new ArrayList<>();

    @OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("filedAt, id")
    private List<Filing> filings = new ArrayList<>();

    @OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("invitedAt, id")
    private List<NeutralAppointment> appointments = new ArrayList<>();

    @OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sentAt, id")
    private List<Communication> communications = new ArrayList<>();

    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "resolution_id", unique = true)
    private Resolution resolution;

    /** the days the Resolution is due after appointment, 30 unless the Center extended it. */
    @Column(name = "resolution_days", nullable = false)
    private int resolutionDays = ProcedureDeadline.Kind.RESOLUTION.days();

    @Column(name = "resolution_extension_reason", length = 2000)
    private String resolutionExtensionReason;

    @ElementCollection
    @CollectionTable(name = "external_disclosure", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderBy("recordedAt")
    private List<ExternalDisclosure> externalDisclosures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "disclosure", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderBy("disclosedAt")
    private List<Disclosure> disclosures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "procedure_suspension", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderBy("from")
    private List<SuspensionPeriod> suspensions = new ArrayList<>();

    @Version
    private long version;

    protected Procedure() {
    }

    private Procedure(UserAccount requestingParty, RequestContent request, RequestItems items,
            StatementOfReasons statement, List<Upload> annexes, Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.reference = ProcedureReference.random();
        this.request = request;
        this.restrictions.addAll(items.restrictions());
        this.language = LanguageDecision.proposed(LanguageChoice.propose(items.domicile().country(),
                statement == null ? Optional.empty() : statement.contentLanguage()));
        if (statement != null) {
            statement.fileWith(id);
        }
        this.state = ProcedureState.REQUEST_FILED;
        this.receivedAt = receivedAt;
        this.receivedDate = GenevaTime.dateOf(receivedAt);
        this.participants.add(new Participant(this, requestingParty, ParticipantRole.REQUESTING_PARTY, receivedAt));
        // the filing fee falls due with the Request, so the Request is held until it is paid.
        Filing filing = new Filing(this, Filing.Kind.REQUEST, ParticipantRole.REQUESTING_PARTY, receivedAt, false);
        annexes.forEach(annex -> filing.attach(annex, requestingParty.email(), receivedAt));
        this.filings.add(filing);
    }

    /** whether {@code account} may file a Request (a Party). */
    public static boolean mayFileRequest(UserAccount account) {
        return account != null && account.hasRole(Role.PARTY);
    }

    /**
     * A Requesting Party files a Request in the Portal ({@link RequestContent#filed}); received at {@code receivedAt}
     * it is held until the filing fee is paid.
     *
     * @param statement the imported Statement of Reasons (5(b)(v)), or {@code null} when a copy is attached instead
     * @param annexes the annexes, their size and type already checked against the Center's policy (R-C2)
     * @throws ItemsMissing R-5.1 (or R-2) naming every missing item; RuleViolation when the description
     *         exceeds 3,000 words
     */
    public static Procedure fileRequest(UserAccount requestingParty, RequestItems items, StatementOfReasons statement,
            List<Upload> annexes, Instant receivedAt) {
        Objects.requireNonNull(requestingParty, "requestingParty");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (!mayFileRequest(requestingParty)) {
            throw new RuleViolation("R-1", null, "rule.request.partyOnly");
        }
        RequestContent request = RequestContent.filed(items, statement, annexes);
        return new Procedure(requestingParty, request, items, statement, annexes, receivedAt);
    }

    /** R-SOR.4: staff see that an earlier Procedure concerns the same platform decision. */
    public void flagPossibleDuplicateOf(Procedure earlier) {
        if (!earlier.id.equals(id)) {
            this.possibleDuplicateOf = earlier.id;
        }
    }

    /** whether {@code viewer} may commence now: staff, a filed Request whose filing fee is paid. */
    public boolean mayCommence(UserAccount viewer) {
        return state == ProcedureState.REQUEST_FILED && Guards.isCenter(viewer) && !requestFiling().isHeld();
    }

    /**
     * the Center notified the Responding Party of a compliant Request; the Answer period starts. Only a Request
     * whose filing fee is paid commences.
     */
    public void commence(UserAccount respondingParty, UserAccount checkedBy, Instant at) {
        Guards.requireState(state, ProcedureState.REQUEST_FILED, "R-6");
        Guards.requireCenter(checkedBy, "R-6", "rule.commence.centerOnly");
        if (requestFiling().isHeld()) {
            throw new RuleViolation("R-6", null, "rule.commence.feeUnpaid");
        }
        if (respondingParty == null || !respondingParty.hasRole(Role.PARTY)) {
            throw new RuleViolation("R-6", "/respondingParty", "rule.commence.respondingParty");
        }
        if (participationOf(respondingParty).isPresent()) {
            throw new RuleViolation("R-6", "/respondingParty", "rule.commence.sameParty");
        }
        circle().join(respondingParty, ParticipantRole.RESPONDING_PARTY, at);
        this.complianceCheckedBy = checkedBy.email();
        this.commencedAt = at;
        this.state = ProcedureState.COMMENCED;
    }

    /** whether {@code viewer} may answer now: the Responding Party, commenced and running, not yet answered. */
    public boolean mayFileAnswer(UserAccount viewer) {
        return circle().actsAs(viewer, ParticipantRole.RESPONDING_PARTY) && Guards.isConducted(state)
                && answerFiling().isEmpty();
    }

    /**
     * the Responding Party answers ({@link Answer#filed}). An Answer after the period is kept and marked late
     * it is held while the Responding Party's fees are unpaid. One Answer, none once ended.
     *
     * @param feesPaid whether the Responding Party has paid its fees in full
     * @throws ItemsMissing R-7 naming every missing item of 7(b)
     */
    public Filing fileAnswer(UserAccount by, AnswerItems items, List<Upload> annexes, boolean feesPaid, Instant at,
            DeadlineEngine engine) {
        circle().requireRole(by, ParticipantRole.RESPONDING_PARTY, "R-7", "rule.answer.respondingPartyOnly");
        Guards.requireConducted(state, "R-7");
        if (answerFiling().isPresent()) {
            throw new RuleViolation("R-7", null, "rule.answer.once");
        }
        Answer filed = Answer.filed(items);
        boolean late = new TimeLimits(this).answerPeriodOver(engine, GenevaTime.dateOf(at));
        this.answer = filed;
        Filing filing = new Filing(this, Filing.Kind.ANSWER, ParticipantRole.RESPONDING_PARTY, at, feesPaid, late);
        annexes.forEach(annex -> filing.attach(annex, by.email(), at));
        filings.add(filing);
        return filing;
    }

    public Optional<Filing> answerFiling() {
        return filings.stream().filter(f -> f.kind() == Filing.Kind.ANSWER).findFirst();
    }

    /** whether an Answer came, came late, or did not come by the end of the period. */
    public AnswerStatus answerStatus(DeadlineEngine engine, LocalDate today) {
        return new TimeLimits(this).answerStatus(engine, today);
    }

    /** whether {@code viewer} may determine the language now: the appointed Neutral. */
    public boolean mayDetermineLanguage(UserAccount viewer) {
        return circle().neutralConducts(viewer);
    }

    /** the Neutral determines the language, having regard to the Parties' observations (LanguageDecision). */
    public void determineLanguage(UserAccount neutral, String newLanguage, String reason) {
        circle().requireNeutralConducting(neutral, "R-4.1", "rule.language.neutralOnly");
        this.language = LanguageDecision.determined(newLanguage, neutral.email(), reason);
    }

    /** whether {@code viewer} may invite a candidate now: staff, commenced, no Neutral yet. */
    public boolean mayInviteNeutral(UserAccount viewer) {
        return sequence().mayInvite(viewer);
    }

    /**
     * the Center invites a candidate, with the conflicts found; one invitation at a time, lapsing at
     * {@code expiresAt} (Appointments#invite).
     *
     * @param automatic Concord invited the next-ranked candidate after a declination, a lapse or a replacement
     */
    public NeutralAppointment inviteNeutral(UserAccount candidate, UserAccount staff, List<Conflict> conflicts,
            boolean automatic, Instant at, Instant expiresAt) {
        return sequence().invite(candidate, staff, conflicts, automatic, at, expiresAt);
    }

    /** whether {@code viewer} may override a conflict now: staff, the invited candidate is blocked. */
    public boolean mayOverrideConflicts(UserAccount viewer) {
        return sequence().mayOverride(viewer);
    }

    /** staff let the blocked candidate accept despite the conflicts found, saying why. */
    public NeutralAppointment overrideConflicts(UserAccount staff, String reason, Instant at) {
        return sequence().override(staff, reason, at);
    }

    /** the invitation unanswered at its expiry lapses; the Center (or Concord) invites the next candidate. */
    public Optional<NeutralAppointment> lapseInvitation(Instant at) {
        return sequence().lapse(at);
    }

    /** Everyone already invited in this Procedure, whatever came of it: Concord does not invite them again. */
    public Set<UUID> invitedCandidates() {
        return sequence().invitedCandidates();
    }

    /** the sides for the conflict check: the platform, the Parties and their representatives. */
    public List<PartySide> sides() {
        return circle().sides(request, answerPart());
    }

    /** whether {@code viewer} is the candidate invited now, who may accept or decline. */
    public boolean mayAnswerInvitation(UserAccount viewer) {
        return sequence().isInvited(viewer);
    }

    /**
     * R-9 (9(b)), R-10: the invited candidate accepts (Appointments#accept) and joins the circle of; the
     * Resolution period runs from the first appointment.
     */
    public void acceptAppointment(UserAccount candidate, boolean confirmsImpartiality, String declaration,
            List<Conflict> conflictsNow, Instant at) {
        sequence().accept(candidate, confirmsImpartiality, declaration, conflictsNow, at);
        circle().join(candidate, ParticipantRole.NEUTRAL, at);
        if (appointedAt == null) {
            appointedAt = at;
        }
        this.state = ProcedureState.NEUTRAL_APPOINTED;
    }

    /** The invited candidate declines, saying why; the declined invitation, so that another is invited. */
    public NeutralAppointment declineAppointment(UserAccount candidate, String reason, Instant at) {
        return sequence().decline(candidate, reason, at);
    }

    /** R-9 (9(c)): whether {@code viewer} may disclose new circumstances now: the appointed Neutral. */
    public boolean mayDisclose(UserAccount viewer) {
        return sequence().mayDisclose(viewer);
    }

    /** 9(c): the Neutral discloses new circumstances at any stage; the Parties and the Center are told. */
    public Disclosure disclose(UserAccount neutral, String circumstances, Instant at) {
        return sequence().disclose(neutral, circumstances, at);
    }

    /** whether {@code viewer} may replace the Neutral now: staff, a Neutral is appointed. */
    public boolean mayReplaceNeutral(UserAccount viewer) {
        return sequence().mayReplace(viewer);
    }

    /** the Center replaces the Neutral, who leaves the circle; suspended unless both Parties go on. */
    public void replaceNeutral(UserAccount staff, String reason, boolean partiesAgreedToContinue, Instant at) {
        sequence().replace(staff, reason, partiesAgreedToContinue, at);
        this.state = ProcedureState.COMMENCED;
    }

    public Optional<NeutralAppointment> pendingInvitation() {
        return sequence().pending();
    }

    public List<NeutralAppointment> appointments() {
        return Collections.unmodifiableList(appointments);
    }

    /** The appointment steps {@code viewer} may see: the Center all, the circle the Neutrals who accepted. */
    public List<NeutralAppointment> appointmentsVisibleTo(UserAccount viewer) {
        return sequence().visibleTo(viewer);
    }

    public List<Disclosure> disclosures() {
        return Collections.unmodifiableList(disclosures);
    }

    public List<SuspensionPeriod> suspensions() {
        return Collections.unmodifiableList(suspensions);
    }

    /** waiting for a substitute Neutral, time standing still. */
    public boolean isSuspended() {
        return sequence().openSuspension().isPresent();
    }

    /** The time limits running now (R-7, R-8.1, R-14.2, R-3.4, R-10; see TimeLimits). */
    public List<ProcedureDeadline> deadlines(DeadlineEngine engine) {
        return new TimeLimits(this).now(engine, resolutionDays);
    }

    /** The time limits as of {@code today}: the days of an open suspension up to today do not count. */
    public List<ProcedureDeadline> deadlines(DeadlineEngine engine, LocalDate today) {
        return new TimeLimits(this).asOf(engine, today, resolutionDays);
    }

    /** whether {@code viewer} may draft the Resolution now: the appointed Neutral, not yet signed. */
    public boolean mayDraftResolution(UserAccount viewer) {
        return resolving().mayDraft(viewer);
    }

    /** the Neutral drafts the Resolution (as often as needed until signing). */
    public Resolution draftResolution(UserAccount neutral, String description, String recommendation,
            String reasons, ResolutionOutcome outcome, Instant at) {
        resolution = resolving().draft(neutral, description, recommendation, reasons, outcome, at);
        return resolution;
    }

    /** whether {@code viewer} may sign the Resolution now: the appointed Neutral, not yet signed. */
    public boolean maySignResolution(UserAccount viewer) {
        return mayDraftResolution(viewer);
    }

    /**
     * R-14.1 (vi): the Neutral signs the complete draft, kept as a PDF with its SHA-256 (Resolving#sign).
     *
     * @throws ItemsMissing naming every missing item of the draft
     */
    public Filing signResolution(UserAccount neutral, Upload pdf, Instant at) {
        return resolving().sign(neutral, pdf, at);
    }

    /** whether {@code viewer} may communicate the Resolution now: staff, appointed, the Resolution signed. */
    public boolean mayCommunicateResolution(UserAccount viewer) {
        return resolving().mayCommunicate(viewer);
    }

    /** the Center communicates the signed Resolution; effective from now, the Procedure is resolved. */
    public void communicateResolution(UserAccount staff, Instant at) {
        resolving().communicate(staff, at);
        this.state = ProcedureState.RESOLVED;
        this.termination = Termination.resolved(receivedDate, at);
    }

    /** whether {@code viewer} may extend the Resolution period now: staff, appointed and running. */
    public boolean mayExtendResolutionPeriod(UserAccount viewer) {
        return resolving().mayExtend(viewer);
    }

    /** the Center extends the Resolution period, never beyond 90 days from commencement (E4). */
    public void extendResolutionPeriod(UserAccount staff, int days, String reason, DeadlineEngine engine) {
        resolutionDays = resolving().extension(staff, days, reason, engine);
        resolutionExtensionReason = reason.strip();
    }

    public Optional<Resolution> resolution() {
        return Optional.ofNullable(resolution);
    }

    public int resolutionDays() {
        return resolutionDays;
    }

    public Optional<String> resolutionExtensionReason() {
        return Optional.ofNullable(resolutionExtensionReason);
    }

    /** whether {@code viewer} may write in the Procedure now: the circle or staff, while conducted. */
    public boolean mayCommunicate(UserAccount viewer) {
        return conduct().mayCommunicate(viewer);
    }

    /** whether {@code viewer} may address one side alone now: a Party or the Neutral, once allowed. */
    public boolean mayAddressOneSide(UserAccount viewer) {
        return conduct().mayAddressOneSide(viewer);
    }

    /**
     * a Party, the Neutral or the Center writes in the Procedure (Conduct#sendMessage).
     *
     * @param addressedTo {@code null} for everyone; otherwise the Neutral (from a Party) or a Party (from the Neutral)
     * @param inReplyTo the communication answered (for instance a translation order, R-4.2), or {@code null}
     */
    public Communication sendMessage(UserAccount by, String text, Communication.Author addressedTo,
            UUID inReplyTo, List<Upload> annexes, boolean feesPaid, Instant at) {
        return conduct().sendMessage(by, text, addressedTo, inReplyTo, annexes, feesPaid, at);
    }

    /** whether {@code viewer} may record an objection now: a Party, while conducted. */
    public boolean mayObject(UserAccount viewer) {
        return conduct().mayObject(viewer);
    }

    /** a Party records an objection to a non-compliance, saying when it knew of it. */
    public Communication object(UserAccount party, String text, LocalDate knewOn, boolean feesPaid, Instant at) {
        return conduct().object(party, text, knewOn, feesPaid, at);
    }

    /** R-11.3 (11(f)): whether {@code viewer} may report a Party's bad faith now: the appointed Neutral. */
    public boolean mayReportBadFaith(UserAccount viewer) {
        return conduct().neutralMayWrite(viewer);
    }

    /** 11(f): the Neutral reports a Party's bad faith to the Center, with evidence; the Parties do not see it. */
    public Communication reportBadFaith(UserAccount neutral, Communication.Author party, String evidence,
            List<Upload> annexes, Instant at) {
        return conduct().reportBadFaith(neutral, party, evidence, annexes, at);
    }

    /** whether {@code viewer} may order a translation now: the appointed Neutral. */
    public boolean mayOrderTranslation(UserAccount viewer) {
        return conduct().neutralMayWrite(viewer);
    }

    /** the Neutral orders a Party to translate a document (whole or part); a tracked item with a due date. */
    public Communication orderTranslation(UserAccount neutral, Communication.Author party, String language,
            LocalDate dueOn, String what, Instant at) {
        return conduct().orderTranslation(neutral, party, language, dueOn, what, at);
    }

    /** R-11.2 (11(c)): whether {@code viewer} may allow communication with one side alone: the appointed Neutral. */
    public boolean mayAllowExParte(UserAccount viewer) {
        return conduct().neutralMayWrite(viewer);
    }

    /** 11(c): the Neutral, in consultation with the Parties, allows communication with one side alone. */
    public Communication allowExParte(UserAccount neutral, String determination, Instant at) {
        return conduct().allowExParte(neutral, determination, at);
    }

    /** R-15 (15(a)): whether {@code viewer} may suggest settlement now: the appointed Neutral. */
    public boolean maySuggestSettlement(UserAccount viewer) {
        return conduct().neutralMayWrite(viewer);
    }

    /** 15(a): the Neutral suggests that the Parties explore settlement, including by mediation. */
    public Communication suggestSettlement(UserAccount neutral, String suggestion, Instant at) {
        return conduct().suggestSettlement(neutral, suggestion, at);
    }

    /** whether the Neutral has allowed communication with one side alone. */
    public boolean exParteAllowed() {
        return conduct().exParteAllowed();
    }

    /** The communications {@code viewer} may see. */
    public List<Communication> communicationsVisibleTo(UserAccount viewer) {
        return conduct().visibleTo(viewer);
    }

    /** whether {@code viewer} may record a disclosure outside the circle: the circle and staff, also after. */
    public boolean mayRecordExternalDisclosure(UserAccount viewer) {
        return circle().isVisibleTo(viewer);
    }

    /** a member of the circle (or the Center) records a disclosure outside it; also after the end. */
    public ExternalDisclosure recordExternalDisclosure(UserAccount by, ExternalDisclosure.Ground ground,
            String recipient, String what, Instant at) {
        return circle().recordExternalDisclosure(by, ground, recipient, what, at);
    }

    public List<ExternalDisclosure> externalDisclosures() {
        return Collections.unmodifiableList(externalDisclosures);
    }

    /** whether {@code viewer} may see the fees: staff and the paying Parties (not the Neutral). */
    public boolean maySeeFees(UserAccount viewer) {
        return circle().maySeeFees(viewer);
    }

    /** the fees of {@code payer} are paid in full; the filings held for them, released now, are returned. */
    public List<Filing> releaseHeldFilings(ParticipantRole payer, Instant at) {
        List<Filing> released = filings.stream().filter(f -> f.filedBy() == payer && f.isHeld()).toList();
        released.forEach(f -> f.release(at));
        conduct().release(Communication.Author.of(payer), at);
        return released;
    }

    /** whether {@code viewer} may end the Procedure now, on some ground. */
    public boolean mayTerminate(UserAccount viewer) {
        return !terminationGroundsFor(viewer).isEmpty();
    }

    /** the Center or the Neutral ends the Procedure on a ground each may use (Termination#decided). */
    public void terminate(UserAccount by, TerminationGround ground, String note, Instant at) {
        end(Termination.decided(this, by, ground, note, at));
    }

    /** 15(a), R-15(b)/(c): the Parties settled in a linked mediation (Termination#settled); the ground it ended on. */
    public TerminationGround endBySettlement(String sha256, Instant at) {
        end(Termination.settled(this, sha256, at));
        return termination.ground().orElseThrow();
    }

    private void end(Termination ended) {
        this.state = ProcedureState.TERMINATED;
        this.termination = ended;
    }

    /** the grounds on which {@code by} may end the Procedure now (none once it ended or the Resolution is made). */
    public List<TerminationGround> terminationGroundsFor(UserAccount by) {
        return Termination.groundsFor(this, by);
    }

    /** What {@code viewer} may do now, each flag answered by the {@code may…} predicate its verb's guard shares. */
    public ProcedurePermissions permissionsFor(UserAccount viewer) {
        return ProcedurePermissions.of(this, viewer);
    }

    // The parts, built on each use over the lists mapped here (no collection inside an embeddable).

    Circle circle() {
        return new Circle(this, participants, externalDisclosures);
    }

    Appointments sequence() {
        return new Appointments(this, appointments, suspensions, disclosures);
    }

    private Conduct conduct() {
        return new Conduct(this, communications);
    }

    private Resolving resolving() {
        return new Resolving(this, resolution, filings);
    }

    boolean resolutionSigned() {
        return resolving().isSigned();
    }

    /** Resolved or terminated. */
    public boolean hasEnded() {
        return state.hasEnded();
    }

    /** Whether the Neutral had been appointed when the Procedure ended (for R-17.3/17.4). */
    public boolean wasAppointed() {
        return appointedAt != null;
    }

    public Filing requestFiling() {
        return filings.stream().filter(f -> f.kind() == Filing.Kind.REQUEST).findFirst().orElseThrow();
    }

    public List<Filing> filings() {
        return Collections.unmodifiableList(filings);
    }

    /** the filings {@code viewer} may see: released ones; a held one by its Party and the Center. */
    public List<Filing> filingsVisibleTo(UserAccount viewer) {
        return circle().filingsVisibleTo(filings, viewer);
    }

    /** visible, its existence included, only to its Parties, their representatives, its Neutral, the Center. */
    public boolean isVisibleTo(UserAccount account) {
        return circle().isVisibleTo(account);
    }

    /** The account's part in the Procedure, as long as it lasts (a replaced Neutral has none, R-10). */
    public Optional<Participant> participationOf(UserAccount account) {
        return circle().participationOf(account);
    }

    public Optional<UserAccount> participant(ParticipantRole role) {
        return circle().participant(role);
    }

    public UserAccount requestingParty() {
        return participant(ParticipantRole.REQUESTING_PARTY).orElseThrow();
    }

    /** The circle as it is now: a replaced Neutral is no longer in it. */
    public List<Participant> participants() {
        return circle().active();
    }

    // The parts, null-safe: Hibernate reads an embedded part back as null when all its columns are null.

    /** The Request's items of Article 5(b) as filed. */
    public RequestContent request() {
        return request;
    }

    /** the language, who decided it and why. */
    public LanguageDecision languageDecision() {
        return language == null ? LanguageDecision.none() : language;
    }

    /** How the Procedure ended; {@link Termination#none()} while it runs. */
    public Termination termination() {
        return termination == null ? Termination.none() : termination;
    }

    Answer answerPart() {
        return answer == null ? Answer.none() : answer;
    }

    /** The Answer's items (7(b)(i)–(iii)), once answered. */
    public Optional<AnswerItems> answer() {
        return answerFiling().map(f -> answerPart().items());
    }

    public UUID id() {
        return id;
    }

    public ProcedureReference reference() {
        return reference;
    }

    public ProcedureState state() {
        return state;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** the Geneva date on which the Request was received. */
    public LocalDate receivedDate() {
        return receivedDate;
    }

    public Optional<Instant> commencedAt() {
        return Optional.ofNullable(commencedAt);
    }

    public Optional<Instant> appointedAt() {
        return Optional.ofNullable(appointedAt);
    }

    public Optional<String> complianceCheckedBy() {
        return Optional.ofNullable(complianceCheckedBy);
    }

    public Optional<UUID> possibleDuplicateOf() {
        return Optional.ofNullable(possibleDuplicateOf);
    }

    /** A copy: safe to keep after the transaction. */
    public Set<Restriction> restrictions() {
        Set<Restriction> copy = EnumSet.noneOf(Restriction.class);
        copy.addAll(restrictions);
        return copy;
    }

    // Shortcuts to the parts, for the many readers of these few.

    public Matter matter() {
        return request.matter();
    }

    public String platformName() {
        return request.platformName();
    }

    public String description() {
        return request.description();
    }

    public Optional<String> platformReference() {
        return request.platformReference();
    }

    public Optional<String> requesterDomicile() {
        return request.requesterDomicile();
    }

    public Optional<UUID> statementId() {
        return request.statementId();
    }

    public Optional<String> scopeFlag() {
        return request.scopeFlag();
    }

    public Optional<String> language() {
        return languageDecision().language();
    }

    public Optional<Instant> endedAt() {
        return termination().endedAt();
    }

    public Optional<TerminationGround> terminationGround() {
        return termination().ground();
    }
}
