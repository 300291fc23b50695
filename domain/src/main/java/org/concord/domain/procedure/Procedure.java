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
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Representation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.Upload;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.retention.DataClass;
import org.concord.domain.retention.LegalHold;
import org.concord.domain.retention.RetentionPeriods;
import org.concord.domain.sor.StatementOfReasons;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.GenevaTime;

/**
 * A DCTI expert determination, from the Request to its Resolution or termination. The aggregate root: its table, its
 * state and its verbs, each a short delegation to the part that keeps the rule and its full explanation: the
 * Request's items ({@link RequestContent}), the Answer ({@link Answer}), the language ({@link LanguageDecision}) and
 * the end ({@link Termination}) as embeddables; the circle of R-13.1 ({@link Circle}), the appointment sequence
 * ({@link Appointments}), the conduct ({@link Conduct}), the steps to the Resolution ({@link Resolving}) and the time
 * limits ({@link TimeLimits}) as collaborators over the lists mapped here. Readers ask the part for its state
 * ({@code procedure.circle().participants()}); who may do what now is asked of the root ({@code may…(viewer)},
 * {@link #permissionsFor}), each verb's guard sharing the check. Its id is a random UUID, never a sequence.
 */
@Entity
@Table(name = "procedure")
@NamedQuery(name = "Procedure.visibleToParticipant", query = """
        select distinct p from Procedure p join p.participants pa
        where (pa.organisation is null and pa.account.id = :accountId)
        or exists (select m from Membership m where m.organisation = pa.organisation
            and m.account.id = :accountId and m.leftAt is null)
        or exists (select r from Representation r where pa.leftAt is null
            and pa.role in (org.concord.domain.procedure.ParticipantRole.REQUESTING_PARTY,
                org.concord.domain.procedure.ParticipantRole.RESPONDING_PARTY)
            and r.representative.id = :accountId
            and r.state = org.concord.domain.account.Representation.State.ACTIVE
            and r.mediationId is null
            and (r.procedureId is null or r.procedureId = p.id)
            and ((pa.organisation is null and r.organisation is null and r.principal = pa.account)
                or r.organisation = pa.organisation))
        order by p.receivedAt desc, p.id""")
// R-SEC.6: the Procedure with this id if the account is in its circle now, else nothing, in one query whether
// the id is hidden or missing. It mirrors Circle#isVisibleTo (Participant#includes: an active participant that is the
// account itself, an organisation it is an active member of, or a Party it represents under an active authorisation
// for this Procedure or for all); the domain check still runs on what it returns. The Center is not asked here.
@NamedQuery(name = "Procedure.visibleToAccount", query = """
        select p from Procedure p where p.id = :id and exists (
            select pa from Participant pa where pa.procedure = p and pa.leftAt is null and (
                (pa.organisation is null and pa.account.id = :accountId)
                or (pa.organisation is not null and exists (select m from Membership m
                    where m.organisation = pa.organisation and m.account.id = :accountId and m.leftAt is null))
                or (pa.role in (org.concord.domain.procedure.ParticipantRole.REQUESTING_PARTY,
                        org.concord.domain.procedure.ParticipantRole.RESPONDING_PARTY)
                    and exists (select r from Representation r
                        where r.representative.id = :accountId
                        and r.state = org.concord.domain.account.Representation.State.ACTIVE
                        and r.mediationId is null
                        and (r.procedureId is null or r.procedureId = p.id)
                        and ((pa.organisation is null and r.organisation is null and r.principal = pa.account)
                            or (pa.organisation is not null and r.organisation = pa.organisation))))))""")
@NamedQuery(name = "Procedure.byReference", query = "select p from Procedure p where p.reference.value = :reference")
@NamedQuery(name = "Procedure.count", query = "select count(p) from Procedure p")
@NamedQuery(name = "Procedure.samePlatformReference", query = """
        select p from Procedure p where p.request.platformName = :platformName
        and p.request.platformReference = :platformReference""")
@NamedQuery(name = "Procedure.caseloadByMonthAndState", query = """
        select extract(year from p.receivedDate), extract(month from p.receivedDate), p.state, count(p)
        from Procedure p group by 1, 2, 3 order by 1, 2, 3""")
@NamedQuery(name = "Procedure.receivedByMonth", query = """
        select extract(year from p.receivedDate), extract(month from p.receivedDate), count(p)
        from Procedure p group by 1, 2""")
@NamedQuery(name = "Procedure.endedByMonth", query = """
        select extract(year from p.termination.endedDate), extract(month from p.termination.endedDate), count(p)
        from Procedure p where p.termination.endedDate is not null group by 1, 2""")
@NamedQuery(name = "Procedure.appointmentTargetsByMonth", query = """
        select extract(year from p.keptTimeLimits.appointedOn), extract(month from p.keptTimeLimits.appointedOn),
        sum(case when p.keptTimeLimits.appointedOn <= p.keptTimeLimits.appointmentTargetOn then 1 else 0 end),
        sum(case when p.keptTimeLimits.appointedOn > p.keptTimeLimits.appointmentTargetOn then 1 else 0 end)
        from Procedure p where p.keptTimeLimits.appointedOn is not null group by 1, 2""")
@NamedQuery(name = "Procedure.resolutionDueDatesByMonth", query = """
        select extract(year from p.keptTimeLimits.resolutionSignedOn),
        extract(month from p.keptTimeLimits.resolutionSignedOn),
        sum(case when p.keptTimeLimits.resolutionSignedOn <= p.keptTimeLimits.resolutionDueOn then 1 else 0 end),
        sum(case when p.keptTimeLimits.resolutionSignedOn > p.keptTimeLimits.resolutionDueOn then 1 else 0 end)
        from Procedure p where p.keptTimeLimits.resolutionSignedOn is not null group by 1, 2""")
public class Procedure {

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

    /** R-STAT.3: whether the time limits were kept; {@code null} in the entity while none is known. */
    @Embedded
    private KeptTimeLimits keptTimeLimits;

    /** R-PLAT.4: the platform's report on implementing the Resolution; {@code null} until made. */
    @Embedded
    private ImplementationReport implementation;

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

    /** R-OPS.3: a legal hold suspends erasure; {@code null} until the first hold. */
    @Embedded
    private LegalHold legalHold;

    /** R-OPS.3: when its file was erased, past its retention period; the statistics' facts stay. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private long version;

    protected Procedure() {}

    private Procedure(
            UserAccount requestingParty,
            RequestContent request,
            RequestItems items,
            StatementOfReasons statement,
            List<Upload> annexes,
            Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.reference = ProcedureReference.random();
        this.request = request;
        this.restrictions.addAll(items.restrictions());
        this.language = LanguageDecision.proposed(LanguageChoice.propose(
                items.domicile().country(), statement == null ? Optional.empty() : statement.contentLanguage()));
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

    /** a Party files a Request ({@link RequestContent#filed}), held until the fee is paid. */
    public static Procedure fileRequest(
            UserAccount requestingParty,
            RequestItems items,
            StatementOfReasons statement,
            List<Upload> annexes,
            Instant receivedAt) {
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

    /** the Center notifies the Responding Party of a compliant, paid Request; the Answer period runs. */
    public void commence(UserAccount respondingParty, UserAccount checkedBy, Instant at) {
        circle().admitRespondingParty(respondingParty, checkedBy, at);
        this.complianceCheckedBy = checkedBy.email();
        this.commencedAt = at;
        this.state = ProcedureState.COMMENCED;
    }

    /**
     * R-6, R-ACC.2: as {@link #commence(UserAccount, UserAccount, Instant)}, the Responding Party being the platform
     * organisation: each of its active members is in the circle.
     */
    public void commence(Organisation platform, UserAccount checkedBy, Instant at) {
        circle().admitRespondingOrganisation(platform, checkedBy, at);
        this.complianceCheckedBy = checkedBy.email();
        this.commencedAt = at;
        this.state = ProcedureState.COMMENCED;
    }

    /** the Responding Party answers once ({@link Answer#filed}); late is marked, unpaid held. */
    public Filing fileAnswer(
            UserAccount by,
            AnswerItems items,
            List<Upload> annexes,
            boolean feesPaid,
            Instant at,
            DeadlineEngine engine) {
        circle().requireMayAnswer(by);
        this.answer = Answer.filed(items);
        boolean late = timeLimits().answerPeriodOver(engine, GenevaTime.dateOf(at));
        Filing filing = new Filing(this, Filing.Kind.ANSWER, ParticipantRole.RESPONDING_PARTY, at, feesPaid, late);
        annexes.forEach(annex -> filing.attach(annex, by.email(), at));
        filings.add(filing);
        return filing;
    }

    /** the Neutral determines the language, having regard to the Parties' observations (LanguageDecision). */
    public void determineLanguage(UserAccount neutral, String newLanguage, String reason) {
        circle().requireNeutralConducting(neutral, "R-4.1", "rule.language.neutralOnly");
        this.language = LanguageDecision.determined(newLanguage, neutral.email(), reason);
    }

    /**
     * the Center invites a candidate, one at a time, lapsing at {@code expiresAt}. R-PLAT.3 (reading
     * of 11(b)): while the Answer period runs and no Answer was filed, a member of staff who invites says why
     * ({@code earlyReason}, recorded on the invitation); the invitations Concord sends on its own after a declined or
     * lapsed one, or after a replacement, follow a decision already made.
     */
    public NeutralAppointment inviteNeutral(
            UserAccount candidate,
            UserAccount staff,
            List<Conflict> conflicts,
            boolean automatic,
            String earlyReason,
            DeadlineEngine engine,
            Instant at,
            Instant expiresAt) {
        boolean early = resolutionWaitsForAnswer(engine, GenevaTime.dateOf(at));
        return appointments().invite(candidate, staff, conflicts, automatic, early, earlyReason, at, expiresAt);
    }

    /** staff let the blocked candidate accept despite the conflicts found, saying why. */
    public NeutralAppointment overrideConflicts(UserAccount staff, String reason, Instant at) {
        return appointments().override(staff, reason, at);
    }

    /** the invitation unanswered at its expiry lapses; the Center (or Concord) invites the next candidate. */
    public Optional<NeutralAppointment> lapseInvitation(Instant at) {
        return appointments().lapse(at);
    }

    /** R-9 (9(b)), R-10: the invited candidate accepts and joins the circle; the Resolution period runs. */
    public void acceptAppointment(
            UserAccount candidate,
            boolean confirmsImpartiality,
            String declaration,
            List<Conflict> conflictsNow,
            Instant at) {
        acceptAppointment(candidate, confirmsImpartiality, declaration, conflictsNow, null, at);
    }

    /**
     * R-9 (9(b)), R-10: the invited candidate accepts and joins the circle; the Resolution period runs. At the first
     * appointment, whether the target was met is recorded (R-STAT.3), computed with {@code engine} (none given:
     * unknown).
     */
    public void acceptAppointment(
            UserAccount candidate,
            boolean confirmsImpartiality,
            String declaration,
            List<Conflict> conflictsNow,
            DeadlineEngine engine,
            Instant at) {
        appointments().accept(candidate, confirmsImpartiality, declaration, conflictsNow, at);
        if (appointedAt == null && engine != null) {
            keptTimeLimits = keptTimeLimits()
                    .appointed(
                            timeLimits()
                                    .due(
                                            engine,
                                            ProcedureDeadline.Kind.APPOINTMENT_TARGET,
                                            resolving().days()),
                            GenevaTime.dateOf(at));
        }
        circle().join(candidate, ParticipantRole.NEUTRAL, at);
        this.appointedAt = appointedAt == null ? at : appointedAt;
        this.state = ProcedureState.NEUTRAL_APPOINTED;
    }

    /** the invited candidate declines, saying why; the declined invitation, so that another is invited. */
    public NeutralAppointment declineAppointment(UserAccount candidate, String reason, Instant at) {
        return appointments().decline(candidate, reason, at);
    }

    /** 9(c): the Neutral discloses new circumstances at any stage; the Parties and the Center are told. */
    public Disclosure disclose(UserAccount neutral, String circumstances, Instant at) {
        return appointments().disclose(neutral, circumstances, at);
    }

    /** the Center replaces the Neutral, who leaves the circle; suspended unless both Parties go on. */
    public void replaceNeutral(UserAccount staff, String reason, boolean partiesAgreedToContinue, Instant at) {
        appointments().replace(staff, reason, partiesAgreedToContinue, at);
        this.state = ProcedureState.COMMENCED;
    }

    /** the Neutral drafts the Resolution (as often as needed until signing). */
    public Resolution draftResolution(
            UserAccount neutral,
            String description,
            String recommendation,
            String reasons,
            ResolutionOutcome outcome,
            Instant at) {
        return resolution = resolving().draft(neutral, description, recommendation, reasons, outcome, at);
    }

    /**
     * R-14.1 (vi): the Neutral signs the complete draft, kept as a PDF with its SHA-256 (Resolving#sign). R-PLAT.3
     * (reading of 11(b)): not while the Responding Party's Answer period runs and no Answer was filed
     * ({@link #resolutionWaitsForAnswer}); the refusal says until when.
     */
    public Filing signResolution(UserAccount neutral, Upload pdf, DeadlineEngine engine, Instant at) {
        circle().requireNeutralConducting(neutral, "R-14.1");
        LocalDate today = GenevaTime.dateOf(at);
        if (resolutionWaitsForAnswer(engine, today)) {
            throw new RuleViolation(
                    "R-PLAT.3",
                    null,
                    "rule.resolution.answerAwaited",
                    timeLimits()
                            .due(
                                    engine,
                                    ProcedureDeadline.Kind.ANSWER,
                                    resolving().days())
                            .orElse(today));
        }
        Filing signed = resolving().sign(neutral, pdf, at);
        keptTimeLimits = keptTimeLimits().resolutionSigned(resolutionDueOn(engine), today);
        return signed;
    }

    /** the Resolution's due date as of now: 30 days (or as extended) after appointment, never after the cap. */
    private Optional<LocalDate> resolutionDueOn(DeadlineEngine engine) {
        int days = resolving().days();
        Optional<LocalDate> due = timeLimits().due(engine, ProcedureDeadline.Kind.RESOLUTION, days);
        Optional<LocalDate> cap = timeLimits().due(engine, ProcedureDeadline.Kind.RESOLUTION_CAP, days);
        if (due.isPresent() && cap.isPresent()) {
            return Optional.of(due.get().isBefore(cap.get()) ? due.get() : cap.get());
        }
        return due.or(() -> cap);
    }

    /** R-STAT.3: whether the time limits of were kept, as far as known. */
    public KeptTimeLimits keptTimeLimits() {
        return keptTimeLimits == null ? KeptTimeLimits.none() : keptTimeLimits;
    }

    /**
     * R-PLAT.3, a <b>reading</b> of 11(b) (each Party an adequate opportunity to present its case): while the
     * Responding Party's Answer period runs and no Answer was filed, the Resolution waits (the Neutral may draft it).
     * An Answer filed, or the period over without one, and it may be signed.
     */
    public boolean resolutionWaitsForAnswer(DeadlineEngine engine, LocalDate today) {
        return timeLimits().answerStatus(engine, today) == AnswerStatus.AWAITED;
    }

    /** the Center communicates the signed Resolution; effective from now, the Procedure is resolved. */
    public void communicateResolution(UserAccount staff, Instant at) {
        resolving().communicate(staff, at);
        this.state = ProcedureState.RESOLVED;
        this.termination = Termination.resolved(receivedDate, at);
    }

    /** the Center extends the Resolution period, never beyond 90 days from commencement (E4). */
    public void extendResolutionPeriod(UserAccount staff, int days, String reason, DeadlineEngine engine) {
        resolutionDays = resolving().extension(staff, days, reason, engine);
        resolutionExtensionReason = reason.strip();
    }

    /** a Party, the Neutral or the Center writes in the Procedure (Conduct#sendMessage). */
    public Communication sendMessage(
            UserAccount by,
            String text,
            Communication.Author addressedTo,
            UUID inReplyTo,
            List<Upload> annexes,
            boolean feesPaid,
            Instant at) {
        return conduct().sendMessage(by, text, addressedTo, inReplyTo, annexes, feesPaid, at);
    }

    /** a Party records an objection to a non-compliance, saying when it knew of it. */
    public Communication object(UserAccount party, String text, LocalDate knewOn, boolean feesPaid, Instant at) {
        return conduct().object(party, text, knewOn, feesPaid, at);
    }

    /** 11(f): the Neutral reports a Party's bad faith to the Center, with evidence; the Parties do not see it. */
    public Communication reportBadFaith(
            UserAccount neutral, Communication.Author party, String evidence, List<Upload> annexes, Instant at) {
        return conduct().reportBadFaith(neutral, party, evidence, annexes, at);
    }

    /** the Neutral orders a Party to translate a document (whole or part); a tracked item with a due date. */
    public Communication orderTranslation(
            UserAccount neutral,
            Communication.Author party,
            String language,
            LocalDate dueOn,
            String what,
            Instant at) {
        return conduct().orderTranslation(neutral, party, language, dueOn, what, at);
    }

    /** 11(c): the Neutral, in consultation with the Parties, allows communication with one side alone. */
    public Communication allowExParte(UserAccount neutral, String determination, Instant at) {
        return conduct().allowExParte(neutral, determination, at);
    }

    /** 15(a): the Neutral suggests that the Parties explore settlement, including by mediation. */
    public Communication suggestSettlement(UserAccount neutral, String suggestion, Instant at) {
        return conduct().suggestSettlement(neutral, suggestion, at);
    }

    /** a member of the circle (or the Center) records a disclosure outside it; also after the end. */
    public ExternalDisclosure recordExternalDisclosure(
            UserAccount by, ExternalDisclosure.Ground ground, String recipient, String what, Instant at) {
        return circle().recordExternalDisclosure(by, ground, recipient, what, at);
    }

    /** the fees of {@code payer} are paid in full; the filings held for them, released now, are returned. */
    public List<Filing> releaseHeldFilings(ParticipantRole payer, Instant at) {
        conduct().release(Communication.Author.of(payer), at);
        return circle().releaseHeld(payer, at);
    }

    /** the Center or the Neutral ends the Procedure on a ground each may use (Termination#decided). */
    public void terminate(UserAccount by, TerminationGround ground, String note, Instant at) {
        this.termination = Termination.decided(this, by, ground, note, at);
        this.state = ProcedureState.TERMINATED;
    }

    /** 15(a), R-15(b)/(c): the Parties settled in a linked mediation (Termination#settled); the ground it ended on. */
    public TerminationGround endBySettlement(String sha256, Instant at) {
        this.termination = Termination.settled(this, sha256, at);
        this.state = ProcedureState.TERMINATED;
        return termination.ground().orElseThrow();
    }

    /**
     * R-PLAT.4: the Responding Party reports whether it implemented the communicated Resolution, partly or not, with
     * the date (Implementation#report); once.
     */
    public ImplementationReport reportImplementation(
            UserAccount by, ImplementationOutcome outcome, LocalDate date, String reason, Instant at) {
        return implementation = implementation().report(by, outcome, date, reason, at);
    }

    /** the grounds on which {@code by} may end the Procedure now (none once ended or resolved). */
    public List<TerminationGround> terminationGroundsFor(UserAccount by) {
        return Termination.groundsFor(this, by);
    }

    // Who may do what now: each predicate shares its check with its verb's guard; the explanation lives in the part.

    public boolean mayCommence(UserAccount viewer) {
        return circle().mayCommence(viewer);
    }

    public boolean mayFileAnswer(UserAccount viewer) {
        return circle().mayAnswer(viewer);
    }

    public boolean mayDetermineLanguage(UserAccount viewer) {
        return circle().neutralConducts(viewer);
    }

    public boolean mayInviteNeutral(UserAccount viewer) {
        return appointments().mayInvite(viewer);
    }

    public boolean mayOverrideConflicts(UserAccount viewer) {
        return appointments().mayOverride(viewer);
    }

    public boolean mayAnswerInvitation(UserAccount viewer) {
        return appointments().isInvited(viewer);
    }

    public boolean mayDisclose(UserAccount viewer) {
        return appointments().mayDisclose(viewer);
    }

    public boolean mayReplaceNeutral(UserAccount viewer) {
        return appointments().mayReplace(viewer);
    }

    public boolean mayDraftResolution(UserAccount viewer) {
        return resolving().mayDraft(viewer);
    }

    public boolean maySignResolution(UserAccount viewer) {
        return mayDraftResolution(viewer);
    }

    public boolean mayCommunicateResolution(UserAccount viewer) {
        return resolving().mayCommunicate(viewer);
    }

    public boolean mayExtendResolutionPeriod(UserAccount viewer) {
        return resolving().mayExtend(viewer);
    }

    public boolean mayCommunicate(UserAccount viewer) {
        return conduct().mayCommunicate(viewer);
    }

    public boolean mayAddressOneSide(UserAccount viewer) {
        return conduct().mayAddressOneSide(viewer);
    }

    public boolean mayObject(UserAccount viewer) {
        return conduct().mayObject(viewer);
    }

    public boolean mayReportBadFaith(UserAccount viewer) {
        return conduct().neutralMayWrite(viewer);
    }

    public boolean mayOrderTranslation(UserAccount viewer) {
        return conduct().neutralMayWrite(viewer);
    }

    public boolean mayAllowExParte(UserAccount viewer) {
        return conduct().neutralMayWrite(viewer);
    }

    public boolean maySuggestSettlement(UserAccount viewer) {
        return conduct().neutralMayWrite(viewer);
    }

    public boolean mayRecordExternalDisclosure(UserAccount viewer) {
        return circle().isVisibleTo(viewer);
    }

    public boolean maySeeFees(UserAccount viewer) {
        return circle().maySeeFees(viewer);
    }

    /**
     * R-PLAT.1: what filing the Answer asks (its time limit and the fees it makes due) is told to the Responding Party
     * (its organisation's members and representatives included) and the Center, before and after it files.
     */
    public boolean mayReadAnswerRequirements(UserAccount viewer) {
        return circle().mayReadAnswerRequirements(viewer);
    }

    /** R-PLAT.1: refused, naming the rule, to anyone else in the circle (the Requesting Party, the Neutral). */
    public void requireReadAnswerRequirements(UserAccount viewer) {
        if (!mayReadAnswerRequirements(viewer)) {
            throw new RuleViolation("R-PLAT.1", null, "rule.answerRequirements.respondingParty");
        }
    }

    public boolean mayReportImplementation(UserAccount viewer) {
        return implementation().mayReport(viewer);
    }

    public boolean mayTerminate(UserAccount viewer) {
        return !terminationGroundsFor(viewer).isEmpty();
    }

    /** What {@code viewer} may do now, each flag answered by the {@code may…} predicate its verb's guard shares. */
    public ProcedurePermissions permissionsFor(UserAccount viewer) {
        return ProcedurePermissions.of(this, viewer);
    }

    /** visible, its existence included, only to its Parties, their representatives, its Neutral, the Center. */
    public boolean isVisibleTo(UserAccount account) {
        return circle().isVisibleTo(account);
    }

    /**
     * R-C2: the document with this id if {@code viewer} may read what carries it: a filing it sees (a held one
     * only its own Party's, R-17.2) or a communication it sees (one side's ex parte message, R-11.2; a report of bad
     * faith, the Neutral and the Center alone, 11(f)); otherwise nothing, as for an id that does not exist.
     */
    public Optional<org.concord.domain.document.Document> documentVisibleTo(UUID documentId, UserAccount viewer) {
        if (documentId == null) {
            return Optional.empty();
        }
        return java.util.stream.Stream.concat(
                        circle().filingsVisibleTo(viewer).stream().flatMap(f -> f.documents().stream()),
                        conduct().visibleTo(viewer).stream().flatMap(c -> c.documents().stream()))
                .filter(d -> d.id().equals(documentId))
                .findFirst();
    }

    /** R-ACC.3, R-ACC.2: the Party itself, or a manager of the organisation that is a Party; not a representative. */
    public boolean mayAuthoriseRepresentatives(UserAccount viewer) {
        return circle().partyAuthorisableBy(viewer).isPresent();
    }

    /**
     * R-ACC.3: {@code by} authorises a representative's address for its Party in this Procedure, for this Procedure
     * only or for all of the Party's; it takes effect when the address accepts.
     */
    public Representation authoriseRepresentative(UserAccount by, String email, boolean thisProcedureOnly, Instant at) {
        return circle().authoriseRepresentative(by, email, thisProcedureOnly, at);
    }

    /**
     * R-ACC.3, R-13.1: a power of attorney filed with this Procedure's reference is matched to the Party its address
     * names, if any (see {@link Circle#match}).
     */
    public void matchPowerOfAttorney(Representation filed) {
        circle().match(filed);
    }

    /**
     * R-PLAT.1: what {@code viewer} must do next here, or whom it waits for, and by when, from its side (the Requesting
     * or the Responding Party, or the Neutral); {@link NextAction#NONE} for someone without a part now.
     */
    public NextAction nextActionFor(
            UserAccount viewer, DeadlineEngine engine, LocalDate today, int implementationDays) {
        ParticipantRole side =
                circle().participationOf(viewer).map(Participant::role).orElse(null);
        boolean requestHeld = circle().requestFiling().isHeld();
        Optional<Filing> answer = circle().answerFiling();
        boolean answerHeld = answer.map(Filing::isHeld).orElse(false);
        Optional<LocalDate> implementationDue = implementation().report().isPresent()
                ? Optional.empty()
                : implementation().due(implementationDays);
        java.util.Map<ProcedureDeadline.Kind, LocalDate> due = new java.util.EnumMap<>(ProcedureDeadline.Kind.class);
        if (side == null || state.hasEnded()) {
            // No time limit runs for the reader: lists of ended Procedures compute none (R-PLAT.1's lists).
            return NextAction.of(new NextAction.Situation(
                    state, side, requestHeld, answerHeld, answerStatus(answer, due, today), due, implementationDue));
        }
        // The time limits once (each costs a calendar walk), the Answer's status from them (as
        // TimeLimits#answerStatus).
        timeLimits()
                .deadlines(engine)
                .forEach(d -> due.put(d.kind(), d.deadline().due()));
        return NextAction.of(new NextAction.Situation(
                state, side, requestHeld, answerHeld, answerStatus(answer, due, today), due, implementationDue));
    }

    /** R-PLAT.4: a communicated Resolution whose implementation report is not yet made (the "to implement" list). */
    public boolean isImplementationAwaited() {
        return implementation().communicatedOn().isPresent()
                && implementation().report().isEmpty();
    }

    /** as {@link TimeLimits#answerStatus}, from time limits already computed. */
    private static AnswerStatus answerStatus(
            Optional<Filing> answer, java.util.Map<ProcedureDeadline.Kind, LocalDate> due, LocalDate today) {
        if (answer.isPresent()) {
            return answer.get().isLate() ? AnswerStatus.FILED_LATE : AnswerStatus.FILED;
        }
        LocalDate answerDue = due.get(ProcedureDeadline.Kind.ANSWER);
        return answerDue != null && today.isAfter(answerDue) ? AnswerStatus.NO_ANSWER : AnswerStatus.AWAITED;
    }

    /**
     * R-PLAT.1, R-7: "Answer due": commenced, not ended, the Responding Party's Answer period running on {@code today}
     * and no Answer filed.
     */
    public boolean isAnswerDue(DeadlineEngine engine, LocalDate today) {
        return (state == ProcedureState.COMMENCED || state == ProcedureState.NEUTRAL_APPOINTED)
                && timeLimits().answerStatus(engine, today) == AnswerStatus.AWAITED;
    }

    /**
     * Issue 24 (the console's "overdue" filter): a time limit of the Rules or R-PLAT.4 passed before {@code today}
     * (Geneva) and what it asks for was not done: while commenced, the Center's appointment target; while a
     * Neutral is appointed and no Resolution drafted, the Resolution's due date or its cap; once resolved,
     * the implementation report (R-PLAT.4). The Answer period is not among them: an Answer may not come. Each
     * date is computed as the Procedure's page shows it (holidays, suspensions); none lies earlier than its number of
     * calendar days after the event it runs from, which lets a query narrow the candidates first.
     */
    public boolean isOverdue(DeadlineEngine engine, LocalDate today, int implementationDays) {
        return switch (state) {
            case COMMENCED -> pastDue(engine, today, ProcedureDeadline.Kind.APPOINTMENT_TARGET);
            case NEUTRAL_APPOINTED ->
                resolution == null
                        && (pastDue(engine, today, ProcedureDeadline.Kind.RESOLUTION)
                                || pastDue(engine, today, ProcedureDeadline.Kind.RESOLUTION_CAP));
            case RESOLVED -> implementation().isOverdue(implementationDays, today);
            case REQUEST_FILED, TERMINATED -> false;
        };
    }

    private boolean pastDue(DeadlineEngine engine, LocalDate today, ProcedureDeadline.Kind kind) {
        return timeLimits().deadlines(engine).stream()
                .anyMatch(d -> d.kind() == kind && today.isAfter(d.deadline().due()));
    }

    /** Resolved or terminated. */
    public boolean hasEnded() {
        return state.hasEnded();
    }

    // The parts, built on each use over the lists mapped here (no collection inside an embeddable); ask them.

    /** the participants, the filings and what they see, the disclosures outside the circle. */
    public Circle circle() {
        return new Circle(this, participants, externalDisclosures, filings);
    }

    /** the invitations, the Neutral's disclosures and the suspensions. */
    public Appointments appointments() {
        return new Appointments(this, appointments, suspensions, disclosures);
    }

    /** the communications and who sees them. */
    public Conduct conduct() {
        return new Conduct(this, communications);
    }

    /** Article 14: the Resolution's steps and its period. */
    public Resolving resolving() {
        return new Resolving(this, resolution, filings, resolutionDays, resolutionExtensionReason);
    }

    /** R-PLAT.4: the platform's report on implementing the Resolution, and when it is due. */
    public Implementation implementation() {
        return new Implementation(this, implementation);
    }

    /** the time limits running and whether the Answer came in time. */
    public TimeLimits timeLimits() {
        return new TimeLimits(this);
    }

    /** The Request's items of Article 5(b) as filed. */
    public RequestContent request() {
        return request;
    }

    /** the language, who decided it and why (null-safe: Hibernate reads an empty embeddable as null). */
    public LanguageDecision languageDecision() {
        return language == null ? LanguageDecision.none() : language;
    }

    /** How the Procedure ended; {@link Termination#none()} while it runs. */
    public Termination termination() {
        return termination == null ? Termination.none() : termination;
    }

    /** R-OPS.3: the legal hold, placed or lifted, or none. */
    public LegalHold legalHold() {
        return legalHold == null ? LegalHold.none() : legalHold;
    }

    public Optional<Instant> erasedAt() {
        return Optional.ofNullable(erasedAt);
    }

    /** R-OPS.3: staff place a legal hold, with a reason, on a file not yet erased and not already held. */
    public boolean mayPlaceLegalHold(UserAccount viewer) {
        return Guards.isCenter(viewer) && erasedAt == null && !legalHold().isHeld();
    }

    /** R-OPS.3: staff lift a legal hold that is held, with a reason. */
    public boolean mayLiftLegalHold(UserAccount viewer) {
        return Guards.isCenter(viewer) && legalHold().isHeld();
    }

    /** R-OPS.3: {@code by} (staff) suspends the erasure of this Procedure's file, for {@code reason}. */
    public void placeLegalHold(UserAccount by, String reason, Instant at) {
        if (!mayPlaceLegalHold(by)) {
            throw new RuleViolation("R-OPS.3", null, "rule.legalHold.place");
        }
        this.legalHold = LegalHold.placed(by.email(), reason, at);
    }

    /** R-OPS.3: {@code by} (staff) lifts the hold, for {@code reason}; erasure resumes when the period has run. */
    public void liftLegalHold(UserAccount by, String reason, Instant at) {
        if (!mayLiftLegalHold(by)) {
            throw new RuleViolation("R-OPS.3", null, "rule.legalHold.lift");
        }
        this.legalHold = legalHold().lifted(by.email(), reason, at);
    }

    /**
     * R-OPS.3: whether this Procedure's file is due for erasure at {@code now}: it ended at least the configured
     * period ago, is not held and not yet erased.
     */
    public boolean isDueForErasure(RetentionPeriods periods, Instant now) {
        return erasedAt == null
                && periods.isDue(
                        DataClass.PROCEDURE_FILE, termination().endedAt().orElse(null), legalHold(), now);
    }

    Answer answerPart() {
        return answer == null ? Answer.none() : answer;
    }

    /** The Answer's items (7(b)(i)–(iii)), once answered. */
    public Optional<AnswerItems> answer() {
        return circle().answerFiling().map(f -> answerPart().items());
    }

    /** R-PLAT.4: the platform's report on implementing the Resolution, once made. */
    public Optional<ImplementationReport> implementationReport() {
        return implementation().report();
    }

    public Optional<Resolution> resolution() {
        return Optional.ofNullable(resolution);
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

    /** the restrictions the Request contests (a copy: safe to keep after the transaction). */
    public Set<Restriction> restrictions() {
        Set<Restriction> copy = EnumSet.noneOf(Restriction.class);
        copy.addAll(restrictions);
        return copy;
    }
}
