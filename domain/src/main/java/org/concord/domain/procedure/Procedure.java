package org.concord.domain.procedure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToOne;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.sor.StatementOfReasons;
import org.concord.domain.time.Deadline;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.GenevaTime;
import org.concord.domain.time.Suspension;

/**
 * A DCTI expert determination, from the Request to its Resolution or termination. The aggregate root: the Request's
 * content, the circle of participants that may see it and the state it is in. Its id is a random UUID, never
 * a sequence, so that an id reveals nothing and cannot be guessed.
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
        select p from Procedure p where p.platformName = :platformName and p.platformReference = :platformReference""")
@NamedQuery(name = "Procedure.caseloadByMonthAndState", query = """
        select extract(year from p.receivedDate), extract(month from p.receivedDate), p.state, count(p)
        from Procedure p group by 1, 2, 3 order by 1, 2, 3""")
public class Procedure {

    /** The Request's description may hold this many characters at most (well above 3,000 words). */
    public static final int DESCRIPTION_MAX_CHARS = 60_000;

    @Id
    private UUID id;

    @Embedded
    private ProcedureReference reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Matter matter;

    @Column(name = "platform_name", nullable = false, length = 200)
    private String platformName;

    @Column(nullable = false, length = DESCRIPTION_MAX_CHARS)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private RequesterCapacity capacity;

    @Column(length = 500)
    private String representative;

    /** the representative's name as the conflict check compares it ({@link PartyName#normalise}). */
    @Column(name = "representative_key", length = 500)
    private String representativeKey;

    @Column(name = "platform_reference", length = 500)
    private String platformReference;

    @Column(name = "platform_correspondence_email", length = 254)
    private String platformCorrespondenceEmail;

    @ElementCollection
    @CollectionTable(name = "procedure_restriction", joinColumns = @JoinColumn(name = "procedure_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "restriction", nullable = false, length = 20)
    private Set<Restriction> restrictions = EnumSet.noneOf(Restriction.class);

    @Column(length = 10_000)
    private String remedy;

    /** 5(b)(vii): the Requesting Party's declared domicile; counts its business days. */
    @Column(name = "requester_domicile", length = 10)
    private String requesterDomicile;

    @Column(name = "submits_to_jurisdiction", nullable = false)
    private boolean submitsToJurisdiction;

    @Column(name = "other_proceedings", length = 10_000)
    private String otherProceedings;

    @Column(name = "no_ichs_decision", nullable = false)
    private boolean noIchsDecision;

    /** The imported Statement of Reasons (5(b)(v), R-SOR.1), if the Request started from one. */
    @Column(name = "statement_id")
    private UUID statementId;

    /** R-SOR.3: why the Statement looks outside Article 2 (a message key), {@code null} if in scope or unknown. */
    @Column(name = "scope_flag", length = 60)
    private String scopeFlag;

    /** R-SOR.4: an earlier Procedure about the same platform decision, flagged to staff. */
    @Column(name = "possible_duplicate_of")
    private UUID possibleDuplicateOf;

    /** the language of the Procedure (ISO 639-1), who decided it (empty: Concord's proposal) and why. */
    @Column(name = "language", length = 3)
    private String language;

    @Column(name = "language_decided_by", length = 254)
    private String languageDecidedBy;

    @Column(name = "language_reason", length = 2000)
    private String languageReason;

    /** the member of staff who found the Request compliant with Article 5. */
    @Column(name = "compliance_checked_by", length = 254)
    private String complianceCheckedBy;

    /** Article 7(b)(i)–(iii): the Answer's items; its documents are the Answer filing's annexes. */
    @Column(name = "answer_through_representative", nullable = false)
    private boolean answerThroughRepresentative;

    @Column(name = "answer_representative", length = 500)
    private String answerRepresentative;

    @Column(name = "answer_representative_key", length = 500)
    private String answerRepresentativeKey;

    @Column(name = "answer_contact_email", length = 254)
    private String answerContactEmail;

    @Column(name = "answer_domicile", length = 10)
    private String answerDomicile;

    @Column(name = "answer_reply", length = DESCRIPTION_MAX_CHARS)
    private String answerReply;

    @Column(name = "answer_terms", length = 10_000)
    private String answerTerms;

    @Column(name = "answer_other_proceedings", length = 10_000)
    private String answerOtherProceedings;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "termination_ground", length = 30)
    private TerminationGround terminationGround;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** R-STAT.1: the Geneva date it ended, and the calendar days from receipt to then (duration bands, cut-offs). */
    @Column(name = "ended_date")
    private LocalDate endedDate;

    @Column(name = "duration_days")
    private Integer durationDays;

    @Column(name = "termination_note", length = 4000)
    private String terminationNote;

    @Column(name = "terminated_by", length = 254)
    private String terminatedBy;

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

    private Procedure(UserAccount requestingParty, RequestItems items, StatementOfReasons statement,
            List<Upload> annexes, Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.reference = ProcedureReference.random();
        this.matter = items.matter();
        this.platformName = items.platformName().strip();
        this.description = items.description().strip();
        this.capacity = items.capacity();
        this.representative = strippedOrNull(items.representative());
        this.representativeKey = representative == null ? null
                : PartyName.normalise(PartyName.leadingName(representative));
        this.platformReference = items.platformReference().strip();
        this.platformCorrespondenceEmail = items.platformCorrespondenceEmail().strip();
        this.restrictions.addAll(items.restrictions());
        this.remedy = items.remedy().strip();
        this.requesterDomicile = items.domicile().toString();
        this.submitsToJurisdiction = items.submitsToJurisdiction();
        this.otherProceedings = items.otherProceedings().strip();
        this.noIchsDecision = items.noIchsDecision();
        LanguageChoice.Proposal proposal = LanguageChoice.propose(items.domicile().country(),
                statement == null ? Optional.empty() : statement.contentLanguage());
        this.language = proposal.language();
        this.languageReason = proposal.reason();
        if (statement != null) {
            // 5(b)(ii), R-SOR.4: the platform and its reference number are the Statement's own, as the platform
            // recorded them, so that the same decision is recognised whoever files about it.
            this.platformName = statement.platformName();
            this.platformReference = statement.puid();
            statement.fileWith(id);
            this.statementId = statement.id();
            this.scopeFlag = statement.scope().reasonKey();
        }
        this.state = ProcedureState.REQUEST_FILED;
        this.receivedAt = receivedAt;
        this.receivedDate = GenevaTime.dateOf(receivedAt);
        this.participants.add(new Participant(this, requestingParty, ParticipantRole.REQUESTING_PARTY, receivedAt));
        // the filing fee falls due with the Request, so the Request is held until it is paid.
        Filing request = new Filing(this, Filing.Kind.REQUEST, ParticipantRole.REQUESTING_PARTY, receivedAt, false);
        annexes.forEach(annex -> request.attach(annex, requestingParty.email(), receivedAt));
        this.filings.add(request);
    }

    private static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A Requesting Party files a Request in the Portal. It is received at {@code receivedAt}.
     *
     * @param statement the imported Statement of Reasons (5(b)(v)), or {@code null} when a copy is attached instead
     * @param annexes the annexes, their size and type already checked against the Center's policy (R-C2)
     * @throws RuleViolation naming the first missing item (all of them in the message), R-5.2 when the
     *         description exceeds 3,000 words
     */
    public static Procedure fileRequest(UserAccount requestingParty, RequestItems items, StatementOfReasons statement,
            List<Upload> annexes, Instant receivedAt) {
        Objects.requireNonNull(requestingParty, "requestingParty");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (!requestingParty.hasRole(Role.PARTY)) {
            throw new RuleViolation("R-1", null, "rule.request.partyOnly", "Only a Party can file a Request");
        }
        Set<DocumentKind> kinds = annexes.stream().map(Upload::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentKind.class)));
        List<RequestItems.Missing> missing = items.missing(statement != null, kinds);
        if (!missing.isEmpty()) {
            RequestItems.Missing first = missing.get(0);
            throw new RuleViolation(first.ruleId(), first.field(), first.messageKey(), "Missing "
                    + missing.stream().map(m -> m.item() + " " + m.message()).collect(Collectors.joining("; ")));
        }
        if (WordCount.of(items.description()).exceedsLimit()) {
            throw new RuleViolation("R-5.2", "description", "rule.request.tooManyWords",
                    "The description may hold at most " + WordCount.LIMIT + " words");
        }
        if (statement != null && !statement.isAvailable()) {
            throw new RuleViolation("R-SOR.1", "statementOfReasons", "rule.sor.alreadyFiled",
                    "This Statement of Reasons is already part of a Request");
        }
        return new Procedure(requestingParty, items, statement, annexes, receivedAt);
    }

    /** R-SOR.4: staff see that an earlier Procedure concerns the same platform decision. */
    public void flagPossibleDuplicateOf(Procedure earlier) {
        if (!earlier.id.equals(id)) {
            this.possibleDuplicateOf = earlier.id;
        }
    }

    /**
     * the Center notified the Responding Party of a compliant Request; the Answer period starts. Only a Request
     * whose filing fee is paid commences.
     */
    public void commence(UserAccount respondingParty, UserAccount checkedBy, Instant at) {
        requireState(ProcedureState.REQUEST_FILED, "R-6");
        if (checkedBy == null || !checkedBy.actsForCenter()) {
            throw new RuleViolation("R-6", null, "rule.commence.centerOnly",
                    "Only the Center checks a Request's compliance and commences it");
        }
        if (requestFiling().isHeld()) {
            throw new RuleViolation("R-6", null, "rule.commence.feeUnpaid",
                    "The Request is held until the filing fee is paid (R-17.2)");
        }
        if (respondingParty == null || !respondingParty.hasRole(Role.PARTY)) {
            throw new RuleViolation("R-6", "respondingParty", "rule.commence.respondingParty",
                    "The Responding Party is an Online Platform's Party account");
        }
        if (participationOf(respondingParty).isPresent()) {
            throw new RuleViolation("R-6", "respondingParty", "rule.commence.sameParty",
                    "The Responding Party cannot already take part in the Procedure");
        }
        participants.add(new Participant(this, respondingParty, ParticipantRole.RESPONDING_PARTY, at));
        this.complianceCheckedBy = checkedBy.email();
        this.commencedAt = at;
        this.state = ProcedureState.COMMENCED;
    }

    /**
     * the Responding Party answers. An Answer after the period is kept and marked late; it is held while
     * the Responding Party's fees are unpaid. One Answer per Procedure; none once the Procedure has ended.
     *
     * @param feesPaid whether the Responding Party has paid its fees in full
     */
    public Filing fileAnswer(UserAccount by, AnswerItems items, List<Upload> annexes, boolean feesPaid, Instant at,
            DeadlineEngine engine) {
        if (participationOf(by).map(Participant::role).orElse(null) != ParticipantRole.RESPONDING_PARTY) {
            throw new RuleViolation("R-7", null, "rule.answer.respondingPartyOnly",
                    "Only the Responding Party answers the Request");
        }
        if (state != ProcedureState.COMMENCED && state != ProcedureState.NEUTRAL_APPOINTED) {
            throw new RuleViolation("R-7", null, "rule.procedure.wrongState",
                    "No Answer is possible while the procedure is " + state);
        }
        if (answerFiling().isPresent()) {
            throw new RuleViolation("R-7", null, "rule.answer.once", "The Request was answered already");
        }
        List<RequestItems.Missing> missing = items.missing();
        if (!missing.isEmpty()) {
            RequestItems.Missing first = missing.get(0);
            throw new RuleViolation("R-7", first.field(), first.messageKey(), "Missing " + missing.stream()
                    .map(m -> m.item() + " " + m.message()).collect(Collectors.joining("; ")));
        }
        if (WordCount.of(items.reply()).exceedsLimit()) {
            throw new RuleViolation("R-5.2", "reply", "rule.answer.tooManyWords",
                    "The Answer may hold at most " + WordCount.LIMIT + " words (7(c))");
        }
        boolean late = deadline(engine, ProcedureDeadline.Kind.ANSWER)
                .map(d -> GenevaTime.dateOf(at).isAfter(d.deadline().due()))
                .orElse(false);
        this.answerThroughRepresentative = items.throughRepresentative();
        this.answerRepresentative = strippedOrNull(items.representative());
        this.answerRepresentativeKey = answerRepresentative == null ? null
                : PartyName.normalise(PartyName.leadingName(answerRepresentative));
        this.answerContactEmail = items.contactEmail().strip();
        this.answerDomicile = items.domicile().toString();
        this.answerReply = items.reply().strip();
        this.answerTerms = strippedOrNull(items.termsAndConditions());
        this.answerOtherProceedings = items.otherProceedings().strip();
        Filing answer = new Filing(this, Filing.Kind.ANSWER, ParticipantRole.RESPONDING_PARTY, at, feesPaid, late);
        annexes.forEach(annex -> answer.attach(annex, by.email(), at));
        filings.add(answer);
        return answer;
    }

    public Optional<Filing> answerFiling() {
        return filings.stream().filter(f -> f.kind() == Filing.Kind.ANSWER).findFirst();
    }

    /** whether an Answer came, came late, or did not come by the end of the period. */
    public AnswerStatus answerStatus(DeadlineEngine engine, LocalDate today) {
        Optional<Filing> answer = answerFiling();
        if (answer.isPresent()) {
            return answer.get().isLate() ? AnswerStatus.FILED_LATE : AnswerStatus.FILED;
        }
        boolean passed = deadline(engine, ProcedureDeadline.Kind.ANSWER)
                .map(d -> today.isAfter(d.deadline().due()))
                .orElse(false);
        return passed ? AnswerStatus.NO_ANSWER : AnswerStatus.AWAITED;
    }

    private Optional<ProcedureDeadline> deadline(DeadlineEngine engine, ProcedureDeadline.Kind kind) {
        return deadlines(engine).stream().filter(d -> d.kind() == kind).findFirst();
    }

    /**
     * the Neutral determines the language of the Procedure, having regard to the Parties' observations; who
     * and why are recorded.
     */
    public void determineLanguage(UserAccount neutral, String newLanguage, String reason) {
        if (participationOf(neutral).map(Participant::role).orElse(null) != ParticipantRole.NEUTRAL) {
            throw new RuleViolation("R-4.1", null, "rule.language.neutralOnly",
                    "Only the Neutral determines another language");
        }
        requireState(ProcedureState.NEUTRAL_APPOINTED, "R-4.1");
        if (newLanguage == null || !newLanguage.matches("[a-z]{2,3}")) {
            throw new RuleViolation("R-4.1", "language", "rule.language.code",
                    "Give the language as an ISO 639-1 code, e.g. fr");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("R-4.1", "reason", "rule.language.reason",
                    "Say why, having regard to the Parties' observations");
        }
        this.language = newLanguage;
        this.languageDecidedBy = neutral.email();
        this.languageReason = reason.strip();
    }

    /**
     * the Center invites a candidate from its list of neutrals, with the conflicts the check of R-9 found
     * (they block acceptance until staff override them). One invitation at a time, while the Procedure has commenced
     * and has no Neutral; unanswered at {@code expiresAt}, it lapses.
     *
     * @param automatic Concord invited the next-ranked candidate after a declination, a lapse or a replacement
     */
    public NeutralAppointment inviteNeutral(UserAccount candidate, UserAccount staff, List<Conflict> conflicts,
            boolean automatic, Instant at, Instant expiresAt) {
        if (staff == null || !staff.actsForCenter()) {
            throw new RuleViolation("R-8.1", null, "rule.appointment.centerOnly", "The Center appoints the Neutral");
        }
        requireState(ProcedureState.COMMENCED, "R-8.1");
        if (candidate == null || !candidate.hasRole(Role.NEUTRAL)) {
            throw new RuleViolation("R-8.1", "neutral", "rule.neutral.notNeutral", "Only a Neutral can be appointed");
        }
        if (pendingInvitation().isPresent()) {
            throw new RuleViolation("R-8.1", "neutral", "rule.appointment.pending",
                    "A candidate is already invited; wait for the answer or withdraw it");
        }
        if (appointments.stream().anyMatch(a -> a.isOf(candidate)
                && a.status() == NeutralAppointment.Status.REPLACED)) {
            throw new RuleViolation("R-10", "neutral", "rule.appointment.replacedBefore",
                    "This Neutral was replaced in this Procedure");
        }
        if (!expiresAt.isAfter(at)) {
            throw new IllegalArgumentException("an invitation must leave time to answer");
        }
        NeutralAppointment invitation = new NeutralAppointment(this, candidate, staff.email(), automatic, conflicts,
                at, expiresAt);
        appointments.add(invitation);
        return invitation;
    }

    /**
     * a member of staff lets the invited candidate accept despite the conflicts found, saying why. The reason is
     * recorded on the invitation and in the audit trail.
     */
    public NeutralAppointment overrideConflicts(UserAccount staff, String reason, Instant at) {
        if (staff == null || !staff.actsForCenter()) {
            throw new RuleViolation("R-9", null, "rule.appointment.centerOnly", "Only the Center overrides a conflict");
        }
        NeutralAppointment invitation = pendingInvitation().orElseThrow(() -> new RuleViolation("R-9", null,
                "rule.appointment.noInvitation", "No candidate is invited"));
        if (!invitation.isBlocked()) {
            throw new RuleViolation("R-9", null, "rule.appointment.noConflict",
                    "No conflict blocks the invited candidate");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("R-9", "reason", "rule.appointment.overrideReason",
                    "Say why the conflict does not give rise to justifiable doubt");
        }
        invitation.override(staff.email(), reason.strip(), at);
        return invitation;
    }

    /** the invitation unanswered at its expiry lapses; the Center (or Concord) invites the next candidate. */
    public Optional<NeutralAppointment> lapseInvitation(Instant at) {
        Optional<NeutralAppointment> lapsed = pendingInvitation().filter(a -> !a.expiresAt().isAfter(at));
        lapsed.ifPresent(a -> a.lapse(at));
        return lapsed;
    }

    /** Everyone already invited in this Procedure, whatever came of it: Concord does not invite them again. */
    public Set<UUID> invitedCandidates() {
        return appointments.stream().map(a -> a.candidate().id()).collect(Collectors.toSet());
    }

    /**
     * The sides of this Procedure for the conflict check of R-9: the platform, the Parties and their representatives,
     * by name and e-mail domain.
     */
    public List<PartySide> sides() {
        List<PartySide> sides = new ArrayList<>();
        sides.add(PartySide.of(PartySide.Kind.PLATFORM, platformName, platformCorrespondenceEmail));
        for (Participant p : participants) {
            PartySide.Kind kind = switch (p.role()) {
                case REQUESTING_PARTY, RESPONDING_PARTY -> PartySide.Kind.PARTY;
                case REPRESENTATIVE -> PartySide.Kind.REPRESENTATIVE;
                case NEUTRAL -> null;
            };
            if (kind != null) {
                sides.add(PartySide.of(kind, p.account().displayName(), p.account().email()));
            }
        }
        if (representative != null) {
            sides.add(PartySide.of(PartySide.Kind.REPRESENTATIVE, PartyName.leadingName(representative),
                    PartyName.emailIn(representative)));
        }
        if (answerRepresentative != null) {
            sides.add(PartySide.of(PartySide.Kind.REPRESENTATIVE, PartyName.leadingName(answerRepresentative),
                    answerContactEmail));
        } else if (answerContactEmail != null) {
            sides.add(PartySide.of(PartySide.Kind.PARTY, platformName, answerContactEmail));
        }
        return sides;
    }

    /**
     * R-9 (9(b)): the invited candidate accepts, confirming that no circumstances might give rise to justifiable doubt
     * as to its impartiality or independence, and joins the circle of. The conflict check runs again
     * ({@code conflictsNow}); a conflict staff have not overridden blocks acceptance. A replacement's suspension ends
     * (R-10).
     * The Resolution period runs from the first appointment; suspended days do not count (reading of R-10).
     */
    public void acceptAppointment(UserAccount candidate, boolean confirmsImpartiality, String declaration,
            List<Conflict> conflictsNow, Instant at) {
        NeutralAppointment invitation = pendingInvitation().filter(a -> a.isOf(candidate))
                .orElseThrow(() -> new RuleViolation("R-9", null, "rule.appointment.notInvited",
                        "There is no invitation of yours to accept"));
        if (!confirmsImpartiality) {
            throw new RuleViolation("R-9", "confirmsImpartiality", "rule.appointment.declarationRequired",
                    "Accept only after confirming impartiality and independence (9(b)); otherwise decline");
        }
        invitation.recheck(conflictsNow);
        if (invitation.isBlocked()) {
            throw new RuleViolation("R-9", null, "rule.appointment.conflict",
                    "A possible conflict blocks acceptance until the Center overrides it: "
                            + invitation.conflicts().stream().map(Conflict::describe)
                                    .collect(Collectors.joining("; ")));
        }
        invitation.accept(declaration == null || declaration.isBlank() ? DECLARATION : declaration.strip(), at);
        participants.add(new Participant(this, candidate, ParticipantRole.NEUTRAL, at));
        if (appointedAt == null) {
            appointedAt = at;
        }
        LocalDate resumed = GenevaTime.dateOf(at);
        openSuspension().ifPresent(s -> {
            if (!s.end(resumed)) {
                suspensions.remove(s);
            }
        });
        this.state = ProcedureState.NEUTRAL_APPOINTED;
    }

    /** the Neutral drafts the Resolution (as often as needed until signing). */
    public Resolution draftResolution(UserAccount neutral, String description, String recommendation,
            String reasons, ResolutionOutcome outcome, Instant at) {
        requireActingNeutral(neutral, "R-14.1");
        if (resolution == null) {
            resolution = new Resolution(at);
        }
        resolution.draft(description, recommendation, reasons, outcome, at);
        return resolution;
    }

    /**
     * R-14.1 (vi), 14(b)(vii): the Neutral signs the complete draft and forwards it to the Center. The PDF is kept as a
     * document with its SHA-256; the Parties see it once the Center communicates it (14(c)).
     */
    public Filing signResolution(UserAccount neutral, Upload pdf, Instant at) {
        requireActingNeutral(neutral, "R-14.1");
        if (resolution == null || !resolution.missing().isEmpty()) {
            List<RequestItems.Missing> missing = resolution == null ? new Resolution(at).missing()
                    : resolution.missing();
            throw new RuleViolation("R-14.1", missing.get(0).field(), missing.get(0).messageKey(), "Missing "
                    + missing.stream().map(m -> m.item() + " " + m.message()).collect(Collectors.joining("; ")));
        }
        if (resolution.isSigned()) {
            throw new RuleViolation("R-14.1", null, "rule.resolution.signed",
                    "The Resolution is signed; it is never changed");
        }
        Filing filing = new Filing(this, Filing.Kind.RESOLUTION, ParticipantRole.NEUTRAL, at, false);
        filing.attach(pdf, neutral.email(), at);
        filings.add(filing);
        org.concord.domain.document.Document document = filing.documents().get(0);
        resolution.sign(neutral.email(), neutral.displayName(), document.sha256(), document.id(), at);
        return filing;
    }

    /**
     * the Center communicates the signed Resolution to the Parties; it is effective from now and the
     * Neutral's access becomes read-only (every action of the Neutral requires an appointed, unresolved Procedure).
     */
    public void communicateResolution(UserAccount staff, Instant at) {
        if (staff == null || !staff.actsForCenter()) {
            throw new RuleViolation("R-14.3", null, "rule.resolution.centerCommunicates",
                    "The Center communicates the Resolution");
        }
        requireState(ProcedureState.NEUTRAL_APPOINTED, "R-14.3");
        if (resolution == null || !resolution.isSigned()) {
            throw new RuleViolation("R-14.3", null, "rule.resolution.unsigned",
                    "The Neutral has not signed a Resolution yet");
        }
        resolution.communicate(staff.email(), at);
        filings.stream().filter(f -> f.kind() == Filing.Kind.RESOLUTION).forEach(f -> f.release(at));
        end(ProcedureState.RESOLVED, at);
    }

    /**
     * for a highly complex dispute the Center extends the Resolution period, never beyond 90 days from
     * commencement (E4).
     */
    public void extendResolutionPeriod(UserAccount staff, int days, String reason, DeadlineEngine engine) {
        if (staff == null || !staff.actsForCenter()) {
            throw new RuleViolation("R-14.2", null, "rule.resolution.centerExtends",
                    "The Center extends the Resolution period");
        }
        if (appointedAt == null || state == ProcedureState.RESOLVED || state == ProcedureState.TERMINATED) {
            throw new RuleViolation("R-14.2", null, "rule.procedure.wrongState",
                    "Only the period of an appointed, running Procedure can be extended");
        }
        if (days <= resolutionDays) {
            throw new RuleViolation("R-14.2", "days", "rule.resolution.extensionShorter",
                    "An extension gives more than the " + resolutionDays + " days already allowed");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("R-14.2", "reason", "rule.resolution.extensionReason",
                    "Say why the dispute is highly complex");
        }
        int before = resolutionDays;
        resolutionDays = days;
        LocalDate due = deadline(engine, ProcedureDeadline.Kind.RESOLUTION).map(d -> d.deadline().due())
                .orElse(LocalDate.MAX);
        LocalDate cap = deadline(engine, ProcedureDeadline.Kind.RESOLUTION_CAP).map(d -> d.deadline().due())
                .orElse(LocalDate.MIN);
        if (due.isAfter(cap)) {
            resolutionDays = before;
            throw new RuleViolation("R-14.2", "days", "rule.resolution.beyondCap",
                    "The Resolution would be due on " + due + ", beyond 90 days from commencement (" + cap + ")");
        }
        resolutionExtensionReason = reason.strip();
    }

    private void requireActingNeutral(UserAccount neutral, String ruleId) {
        if (!activeRole(neutral, ParticipantRole.NEUTRAL)) {
            throw new RuleViolation(ruleId, null, "rule.resolution.neutralOnly", "Only the Neutral does this");
        }
        requireState(ProcedureState.NEUTRAL_APPOINTED, ruleId);
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

    /**
     * a Party, the Neutral or the Center writes in the Procedure. It goes to both Parties, the Neutral
     * and the Center; addressed to one side alone only between a Party and the Neutral, and only once the Neutral has
     * recorded a determination allowing it (11(c)). A Party's communication is held while its fees are unpaid
     * (R-17.2).
     *
     * @param addressedTo {@code null} for everyone; otherwise the Neutral (from a Party) or a Party (from the Neutral)
     * @param inReplyTo the communication answered (for instance a translation order, R-4.2), or {@code null}
     */
    public Communication sendMessage(UserAccount by, String text, Communication.Author addressedTo,
            UUID inReplyTo, List<Upload> annexes, boolean feesPaid, Instant at) {
        Communication.Author author = conductingAuthor(by, "R-11.1");
        if (addressedTo != null) {
            boolean partyToNeutral = author.isParty() && addressedTo == Communication.Author.NEUTRAL;
            boolean neutralToParty = author == Communication.Author.NEUTRAL && addressedTo.isParty();
            if (!(partyToNeutral || neutralToParty) || !exParteAllowed()) {
                throw new RuleViolation("R-11.2", "addressedTo", "rule.message.exParte",
                        "Everything goes to both Parties and the Neutral, unless the Neutral determined otherwise "
                                + "(Article 11(c))");
            }
        }
        if (inReplyTo != null && communications.stream().noneMatch(c -> c.id().equals(inReplyTo))) {
            throw new RuleViolation("R-11.1", "inReplyTo", "rule.message.unknownReply",
                    "There is no such communication in this procedure");
        }
        Communication message = communication(Communication.Kind.MESSAGE, author, by, text, addressedTo,
                !author.isParty() || feesPaid, at).replyTo(inReplyTo);
        annexes.forEach(a -> message.attach(a, at));
        return message;
    }

    /**
     * a Party records an objection to a non-compliance, saying when it knew of it; the file shows both dates so
     * that a late objection (a waiver) is visible.
     */
    public Communication object(UserAccount party, String text, LocalDate knewOn, boolean feesPaid, Instant at) {
        Communication.Author author = conductingAuthor(party, "R-16");
        if (!author.isParty()) {
            throw new RuleViolation("R-16", null, "rule.objection.partyOnly", "A Party records an objection");
        }
        if (knewOn == null || knewOn.isAfter(GenevaTime.dateOf(at))) {
            throw new RuleViolation("R-16", "knewOn", "rule.objection.knewOn",
                    "Say when you knew of the non-compliance (not a future date)");
        }
        return communication(Communication.Kind.OBJECTION, author, party, text, null, feesPaid, at)
                .objectionKnownOn(knewOn);
    }

    /** 11(f): the Neutral reports a Party's bad faith to the Center, with evidence; the Parties do not see it. */
    public Communication reportBadFaith(UserAccount neutral, Communication.Author party, String evidence,
            List<Upload> annexes, Instant at) {
        requireNeutralConducting(neutral, "R-11.3");
        if (party == null || !party.isParty()) {
            throw new RuleViolation("R-11.3", "party", "rule.badFaith.party", "Say which Party acts in bad faith");
        }
        Communication report = communication(Communication.Kind.BAD_FAITH_REPORT, Communication.Author.NEUTRAL,
                neutral, evidence, Communication.Author.CENTER, true, at).concerning(party);
        annexes.forEach(a -> report.attach(a, at));
        return report;
    }

    /** the Neutral orders a Party to translate a document (whole or part); a tracked item with a due date. */
    public Communication orderTranslation(UserAccount neutral, Communication.Author party, String language,
            LocalDate dueOn, String what, Instant at) {
        requireNeutralConducting(neutral, "R-4.2");
        if (party == null || !party.isParty()) {
            throw new RuleViolation("R-4.2", "party", "rule.translation.party", "Say which Party translates");
        }
        if (language == null || !language.matches("[a-z]{2,3}")) {
            throw new RuleViolation("R-4.2", "language", "rule.language.code", "Give an ISO 639-1 language code");
        }
        if (dueOn == null || !dueOn.isAfter(GenevaTime.dateOf(at))) {
            throw new RuleViolation("R-4.2", "dueOn", "rule.translation.dueOn", "Give a due date after today");
        }
        return communication(Communication.Kind.TRANSLATION_ORDER, Communication.Author.NEUTRAL, neutral, what, null,
                true, at).translation(language, dueOn).concerning(party);
    }

    /** 11(c): the Neutral, in consultation with the Parties, allows communication with one side alone. */
    public Communication allowExParte(UserAccount neutral, String determination, Instant at) {
        requireNeutralConducting(neutral, "R-11.2");
        return communication(Communication.Kind.EX_PARTE_DETERMINATION, Communication.Author.NEUTRAL, neutral,
                determination, null, true, at);
    }

    /** 15(a): the Neutral suggests that the Parties explore settlement, including by mediation. */
    public Communication suggestSettlement(UserAccount neutral, String suggestion, Instant at) {
        requireNeutralConducting(neutral, "R-15");
        return communication(Communication.Kind.SETTLEMENT_SUGGESTION, Communication.Author.NEUTRAL, neutral,
                suggestion, null, true, at);
    }

    /** whether the Neutral has allowed communication with one side alone. */
    public boolean exParteAllowed() {
        return communications.stream().anyMatch(c -> c.kind() == Communication.Kind.EX_PARTE_DETERMINATION);
    }

    /**
     * The appointment steps {@code viewer} may see: the Center sees every invitation and its outcome; the circle sees
     * the Neutrals who accepted (and were perhaps replaced), whose 9(b) declaration is made to the Parties too.
     */
    public List<NeutralAppointment> appointmentsVisibleTo(UserAccount viewer) {
        return appointments.stream()
                .filter(a -> viewer.actsForCenter() || a.status() == NeutralAppointment.Status.ACCEPTED
                        || a.status() == NeutralAppointment.Status.REPLACED)
                .toList();
    }

    /** The communications {@code viewer} may see. */
    public List<Communication> communicationsVisibleTo(UserAccount viewer) {
        if (!isVisibleTo(viewer)) {
            return List.of();
        }
        Communication.Author as = viewer.actsForCenter() ? Communication.Author.CENTER
                : Communication.Author.of(participationOf(viewer).orElseThrow().role());
        return communications.stream().filter(c -> c.isVisibleTo(as)).toList();
    }

    private Communication communication(Communication.Kind kind, Communication.Author author, UserAccount by,
            String text, Communication.Author addressedTo, boolean released, Instant at) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("R-11.1", "text", "rule.message.empty", "Write something");
        }
        Communication c = new Communication(this, kind, author, by.email(), at, text.strip(), addressedTo, released);
        communications.add(c);
        return c;
    }

    /** Who writes, while the Procedure is conducted (commenced, not yet ended). */
    private Communication.Author conductingAuthor(UserAccount by, String ruleId) {
        if (state != ProcedureState.COMMENCED && state != ProcedureState.NEUTRAL_APPOINTED) {
            throw new RuleViolation(ruleId, null, "rule.procedure.wrongState",
                    "Not possible while the procedure is " + state);
        }
        if (by.actsForCenter()) {
            return Communication.Author.CENTER;
        }
        ParticipantRole role = participationOf(by).map(Participant::role)
                .orElseThrow(() -> new RuleViolation(ruleId, null, "rule.message.notInCircle", "Not your procedure"));
        return Communication.Author.of(role);
    }

    private void requireNeutralConducting(UserAccount neutral, String ruleId) {
        if (!activeRole(neutral, ParticipantRole.NEUTRAL)) {
            throw new RuleViolation(ruleId, null, "rule.resolution.neutralOnly", "Only the Neutral does this");
        }
        requireState(ProcedureState.NEUTRAL_APPOINTED, ruleId);
    }

    /**
     * a member of the circle (or the Center) records a disclosure outside it, with its ground of 13(a). Also
     * after the Procedure ended: confidentiality outlives it.
     */
    public ExternalDisclosure recordExternalDisclosure(UserAccount by, ExternalDisclosure.Ground ground,
            String recipient, String what, Instant at) {
        if (!isVisibleTo(by)) {
            throw new RuleViolation("R-13.2", null, "rule.message.notInCircle", "Not your procedure");
        }
        if (ground == null) {
            throw new RuleViolation("R-13.2", "ground", "rule.externalDisclosure.ground",
                    "Say on which ground of Article 13(a) the information was disclosed");
        }
        if (recipient == null || recipient.isBlank()) {
            throw new RuleViolation("R-13.2", "recipient", "rule.externalDisclosure.recipient", "Say to whom");
        }
        if (what == null || what.isBlank()) {
            throw new RuleViolation("R-13.2", "what", "rule.externalDisclosure.what", "Say what was disclosed");
        }
        ExternalDisclosure disclosure = new ExternalDisclosure(ground, recipient.strip(), what.strip(), by.email(),
                at);
        externalDisclosures.add(disclosure);
        return disclosure;
    }

    public List<ExternalDisclosure> externalDisclosures() {
        return Collections.unmodifiableList(externalDisclosures);
    }

    /** The words of 9(b), recorded when the candidate confirms without words of its own. */
    public static final String DECLARATION = "There are no circumstances that might give rise to justifiable doubt "
            + "as to my impartiality or independence (Article 9(b)).";

    /** The invited candidate declines, saying why; the declined invitation, so that another is invited. */
    public NeutralAppointment declineAppointment(UserAccount candidate, String reason, Instant at) {
        NeutralAppointment invitation = pendingInvitation().filter(a -> a.isOf(candidate))
                .orElseThrow(() -> new RuleViolation("R-9", null, "rule.appointment.notInvited",
                        "There is no invitation of yours to decline"));
        invitation.decline(reason == null ? "" : reason.strip(), at);
        return invitation;
    }

    /** 9(c): the Neutral discloses new circumstances at any stage; the Parties and the Center are told. */
    public Disclosure disclose(UserAccount neutral, String circumstances, Instant at) {
        if (!activeRole(neutral, ParticipantRole.NEUTRAL)) {
            throw new RuleViolation("R-9", null, "rule.disclosure.neutralOnly", "Only the Neutral discloses");
        }
        requireState(ProcedureState.NEUTRAL_APPOINTED, "R-9");
        if (circumstances == null || circumstances.isBlank()) {
            throw new RuleViolation("R-9", "circumstances", "rule.disclosure.empty", "Describe the circumstances");
        }
        Disclosure disclosure = new Disclosure(neutral.email(), circumstances.strip(), at);
        disclosures.add(disclosure);
        return disclosure;
    }

    /**
     * the Center replaces the Neutral, who leaves the circle. The Procedure is suspended until a substitute
     * accepts, unless both Parties agreed to go on.
     */
    public void replaceNeutral(UserAccount staff, String reason, boolean partiesAgreedToContinue, Instant at) {
        if (staff == null || !staff.actsForCenter()) {
            throw new RuleViolation("R-10", null, "rule.appointment.centerOnly", "The Center replaces the Neutral");
        }
        requireState(ProcedureState.NEUTRAL_APPOINTED, "R-10");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("R-10", "reason", "rule.replacement.reason", "Say why the Neutral is replaced");
        }
        Participant neutral = participants.stream()
                .filter(p -> p.isActive() && p.role() == ParticipantRole.NEUTRAL).findFirst().orElseThrow();
        neutral.leave(at);
        appointments.stream().filter(a -> a.status() == NeutralAppointment.Status.ACCEPTED
                && a.isOf(neutral.account())).forEach(a -> a.replace(reason.strip(), at));
        if (!partiesAgreedToContinue) {
            suspensions.add(new SuspensionPeriod(GenevaTime.dateOf(at), reason.strip()));
        }
        this.state = ProcedureState.COMMENCED;
    }

    public Optional<NeutralAppointment> pendingInvitation() {
        return appointments.stream().filter(a -> a.status() == NeutralAppointment.Status.INVITED).findFirst();
    }

    public List<NeutralAppointment> appointments() {
        return Collections.unmodifiableList(appointments);
    }

    public List<Disclosure> disclosures() {
        return Collections.unmodifiableList(disclosures);
    }

    public List<SuspensionPeriod> suspensions() {
        return Collections.unmodifiableList(suspensions);
    }

    /** waiting for a substitute Neutral, time standing still. */
    public boolean isSuspended() {
        return openSuspension().isPresent();
    }

    private Optional<SuspensionPeriod> openSuspension() {
        return suspensions.stream().filter(SuspensionPeriod::isOpen).findFirst();
    }

    private boolean activeRole(UserAccount account, ParticipantRole role) {
        return participationOf(account).map(Participant::role).orElse(null) == role;
    }

    /**
     * The time limits running since commencement and appointment, computed with both Parties' domiciles
     * . Empty before commencement, or while a Party's domicile is unknown. runs from the end of the
     * Answer period: the Answer itself comes with the procedure rules, and an earlier Answer will bring it forward.
     */
    public List<ProcedureDeadline> deadlines(DeadlineEngine engine) {
        return deadlines(engine, openSuspension().map(SuspensionPeriod::from).orElse(LocalDate.MIN));
    }

    /**
     * The time limits as of {@code today}: the days of an open suspension up to today do not count, so while
     * the Procedure stands still its due dates move on day by day.
     */
    public List<ProcedureDeadline> deadlines(DeadlineEngine engine, LocalDate today) {
        if (commencedAt == null) {
            return List.of();
        }
        Optional<Domicile> requesting = requesterDomicile != null ? Optional.of(Domicile.parse(requesterDomicile))
                : requestingParty().domicile();
        Optional<Domicile> responding = participant(ParticipantRole.RESPONDING_PARTY).flatMap(UserAccount::domicile);
        if (requesting.isEmpty() || responding.isEmpty()) {
            return List.of();
        }
        Domicile a = requesting.get();
        Domicile b = responding.get();
        List<Suspension> suspended = suspensions.stream().flatMap(s -> s.asOf(today).stream()).toList();
        Deadline answer = engine.compute(commencedAt, ProcedureDeadline.Kind.ANSWER.days(), a, b, suspended);
        // 10 days after the Answer or the end of the Answer period, whichever comes first.
        LocalDate answeredOrDue = answerFiling().map(f -> GenevaTime.dateOf(f.filedAt()))
                .filter(d -> d.isBefore(answer.due())).orElse(answer.due());
        Deadline appointment = engine.computeFrom(answeredOrDue, ProcedureDeadline.Kind.APPOINTMENT_TARGET.days(), a,
                b, suspended);
        Deadline cap = engine.compute(commencedAt, ProcedureDeadline.Kind.RESOLUTION_CAP.days(), a, b, suspended);
        List<ProcedureDeadline> running = new ArrayList<>(4);
        running.add(new ProcedureDeadline(ProcedureDeadline.Kind.ANSWER, answer));
        running.add(new ProcedureDeadline(ProcedureDeadline.Kind.APPOINTMENT_TARGET, appointment));
        if (appointedAt != null) {
            running.add(new ProcedureDeadline(ProcedureDeadline.Kind.RESOLUTION,
                    engine.compute(appointedAt, resolutionDays, a, b, suspended)));
        }
        running.add(new ProcedureDeadline(ProcedureDeadline.Kind.RESOLUTION_CAP, cap));
        return List.copyOf(running);
    }

    /**
     * the fees of {@code payer} are paid in full; the filings held for them are released now. Returns the
     * filings released.
     */
    public List<Filing> releaseHeldFilings(ParticipantRole payer, Instant at) {
        List<Filing> released = filings.stream().filter(f -> f.filedBy() == payer && f.isHeld()).toList();
        released.forEach(f -> f.release(at));
        communications.stream().filter(c -> c.isHeld() && c.author() == Communication.Author.of(payer))
                .forEach(c -> c.release(at));
        return released;
    }

    /**
     * the Center or the Neutral ends the Procedure on a ground each may use (TerminationGround#mayBeUsed).
     * The Neutral acts only before the Resolution is made (signed).
     */
    public void terminate(UserAccount by, TerminationGround ground, String note, Instant at) {
        boolean byCenter = by != null && by.actsForCenter();
        boolean byNeutral = by != null && activeRole(by, ParticipantRole.NEUTRAL);
        if (state == ProcedureState.RESOLVED || state == ProcedureState.TERMINATED) {
            throw new RuleViolation(ground.ruleId(), null, "rule.procedure.wrongState",
                    "The procedure has ended already");
        }
        if (!byCenter && !byNeutral) {
            throw new RuleViolation(ground.ruleId(), null, "rule.terminate.notYours",
                    "Only the Center or the Neutral terminates a procedure");
        }
        boolean appointed = wasAppointed();
        if (!ground.mayBeUsed(byCenter, appointed)) {
            throw new RuleViolation(ground.ruleId(), "ground", byCenter ? "rule.terminate.afterAppointment"
                    : "rule.terminate.notNeutralsGround", "Not a ground " + (byCenter ? "the Center" : "the Neutral")
                    + " may use " + (appointed ? "after" : "before") + " the Neutral's appointment");
        }
        if (byNeutral && resolution != null && resolution.isSigned()) {
            throw new RuleViolation(ground.ruleId(), null, "rule.terminate.resolutionMade",
                    "The Resolution is made; it is no longer terminated");
        }
        this.terminationGround = ground;
        this.terminationNote = note == null || note.isBlank() ? null : note.strip();
        this.terminatedBy = by.email();
        end(ProcedureState.TERMINATED, at);
    }

    /**
     * 15(a), R-15(b)/(c): the Parties settled in a mediation linked to this Procedure, by accepting the same settlement
     * agreement ({@code sha256}). The Procedure ends as settled before the Neutral's appointment or before the
     * Resolution, whichever it is now; nobody else decides it. Refused once it ended or the Resolution is made.
     */
    public TerminationGround endBySettlement(String sha256, Instant at) {
        TerminationGround ground = wasAppointed() ? TerminationGround.SETTLED_BEFORE_RESOLUTION
                : TerminationGround.SETTLED_BEFORE_APPOINTMENT;
        if (state.hasEnded() || resolution != null && resolution.isSigned()) {
            throw new RuleViolation(ground.ruleId(), null, "rule.procedure.wrongState",
                    "The procedure has ended or its Resolution is made; the settlement does not end it");
        }
        this.terminationGround = ground;
        this.terminationNote = "Settlement agreement accepted by both Parties in mediation (SHA-256 " + sha256 + ")";
        this.terminatedBy = "the Parties";
        end(ProcedureState.TERMINATED, at);
        return ground;
    }

    /** the grounds on which {@code by} may end the Procedure now (none once it ended or the Resolution is made). */
    public List<TerminationGround> terminationGroundsFor(UserAccount by) {
        boolean byCenter = by != null && by.actsForCenter();
        boolean byNeutral = by != null && activeRole(by, ParticipantRole.NEUTRAL);
        boolean ended = state == ProcedureState.RESOLVED || state == ProcedureState.TERMINATED;
        boolean resolutionMade = resolution != null && resolution.isSigned();
        if (ended || !byCenter && (!byNeutral || resolutionMade)) {
            return List.of();
        }
        return java.util.Arrays.stream(TerminationGround.values())
                .filter(g -> g.mayBeUsed(byCenter, wasAppointed()))
                .toList();
    }

    /** Whether the Neutral had been appointed when the Procedure ended (for R-17.3/17.4). */
    public boolean wasAppointed() {
        return appointedAt != null;
    }

    public Optional<String> terminationNote() {
        return Optional.ofNullable(terminationNote);
    }

    public Optional<String> terminatedBy() {
        return Optional.ofNullable(terminatedBy);
    }

    public Filing requestFiling() {
        return filings.stream().filter(f -> f.kind() == Filing.Kind.REQUEST).findFirst().orElseThrow();
    }

    public List<Filing> filings() {
        return Collections.unmodifiableList(filings);
    }

    /**
     * the filings {@code viewer} may see: every released filing; a held one only by the Party that
     * filed it and by the Center. Their documents share their visibility.
     */
    public List<Filing> filingsVisibleTo(UserAccount viewer) {
        if (!isVisibleTo(viewer)) {
            return List.of();
        }
        ParticipantRole role = viewer.actsForCenter() ? null
                : participationOf(viewer).map(Participant::role).orElse(null);
        return filings.stream()
                .filter(f -> !f.isHeld() || viewer.actsForCenter() || f.filedBy() == role)
                .toList();
    }

    public Optional<TerminationGround> terminationGround() {
        return Optional.ofNullable(terminationGround);
    }

    private void end(ProcedureState ended, Instant at) {
        this.state = ended;
        this.endedAt = at;
        this.endedDate = GenevaTime.dateOf(at);
        this.durationDays = (int) ChronoUnit.DAYS.between(receivedDate, endedDate);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<Instant> appointedAt() {
        return Optional.ofNullable(appointedAt);
    }

    private void requireState(ProcedureState expected, String ruleId) {
        if (state != expected) {
            throw new RuleViolation(ruleId, null, "rule.procedure.wrongState",
                    "Not possible while the procedure is " + state);
        }
    }

    /**
     * everything about a Procedure, its existence included, is visible only to its Parties, their
     * representatives, its Neutral and the Center.
     */
    public boolean isVisibleTo(UserAccount account) {
        return account != null && (account.actsForCenter() || participationOf(account).isPresent());
    }

    /** The account's part in the Procedure, as long as it lasts (a replaced Neutral has none, R-10). */
    public Optional<Participant> participationOf(UserAccount account) {
        return participants.stream().filter(p -> p.isActive() && p.account().id().equals(account.id())).findFirst();
    }

    public Optional<UserAccount> participant(ParticipantRole role) {
        return participants.stream().filter(p -> p.isActive() && p.role() == role).map(Participant::account)
                .findFirst();
    }

    public UserAccount requestingParty() {
        return participant(ParticipantRole.REQUESTING_PARTY).orElseThrow();
    }

    /** the Geneva date on which the Request was received. */
    public LocalDate receivedDate() {
        return receivedDate;
    }

    public UUID id() {
        return id;
    }

    public ProcedureReference reference() {
        return reference;
    }

    public Matter matter() {
        return matter;
    }

    public String platformName() {
        return platformName;
    }

    public String description() {
        return description;
    }

    public ProcedureState state() {
        return state;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<RequesterCapacity> capacity() {
        return Optional.ofNullable(capacity);
    }

    public Optional<String> representative() {
        return Optional.ofNullable(representative);
    }

    public Optional<String> platformReference() {
        return Optional.ofNullable(platformReference);
    }

    public Optional<String> platformCorrespondenceEmail() {
        return Optional.ofNullable(platformCorrespondenceEmail);
    }

    /** A copy: safe to keep after the transaction. */
    public Set<Restriction> restrictions() {
        Set<Restriction> copy = EnumSet.noneOf(Restriction.class);
        copy.addAll(restrictions);
        return copy;
    }

    public Optional<String> remedy() {
        return Optional.ofNullable(remedy);
    }

    public Optional<String> requesterDomicile() {
        return Optional.ofNullable(requesterDomicile);
    }

    public boolean submitsToJurisdiction() {
        return submitsToJurisdiction;
    }

    public Optional<String> otherProceedings() {
        return Optional.ofNullable(otherProceedings);
    }

    public boolean noIchsDecision() {
        return noIchsDecision;
    }

    public Optional<UUID> statementId() {
        return Optional.ofNullable(statementId);
    }

    /** R-SOR.3: the message key of why the Statement looks outside Article 2, if it does. */
    public Optional<String> scopeFlag() {
        return Optional.ofNullable(scopeFlag);
    }

    public Optional<UUID> possibleDuplicateOf() {
        return Optional.ofNullable(possibleDuplicateOf);
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** Empty while the language is Concord's proposal. */
    public Optional<String> languageDecidedBy() {
        return Optional.ofNullable(languageDecidedBy);
    }

    public Optional<String> languageReason() {
        return Optional.ofNullable(languageReason);
    }

    public Optional<String> complianceCheckedBy() {
        return Optional.ofNullable(complianceCheckedBy);
    }

    /** The Answer's items (7(b)(i)–(iii)), once answered. */
    public Optional<AnswerItems> answer() {
        return answerFiling().map(f -> new AnswerItems(answerThroughRepresentative, answerRepresentative,
                answerContactEmail, Domicile.parse(answerDomicile), answerReply, answerTerms, answerOtherProceedings));
    }

    public Optional<Instant> commencedAt() {
        return Optional.ofNullable(commencedAt);
    }

    /** The circle as it is now: a replaced Neutral is no longer in it. */
    public List<Participant> participants() {
        return participants.stream().filter(Participant::isActive).toList();
    }
}
