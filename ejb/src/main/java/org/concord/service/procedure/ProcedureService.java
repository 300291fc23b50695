package org.concord.service.procedure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.Upload;
import org.concord.domain.fee.Conclusion;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.procedure.AnswerItems;
import org.concord.domain.procedure.Filing;
import org.concord.domain.procedure.FilingKey;
import org.concord.domain.procedure.ItemsMissing;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.RequestItems;
import org.concord.domain.sor.StatementOfReasons;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.GenevaTime;
import org.concord.service.Links;
import org.concord.service.ListCursor;
import org.concord.service.Page;
import org.concord.service.account.Accounts;
import org.concord.service.audit.AuditSubject;
import org.concord.service.audit.Audited;
import org.concord.service.document.DocumentIntake;
import org.concord.service.mail.MailOutbox;
import org.concord.service.operations.BusinessMetrics;
import org.concord.service.organisation.Organisations;
import org.concord.service.reminder.ReminderPlanner;
import org.concord.service.sor.Statements;
import org.concord.service.time.DeadlineService;

/**
 * The Procedure use cases so far: a Party files a Request (and owes the filing fee); the circle of reads it;
 * staff list all procedures, commence a paid Request and end one before appointment. Whoever is outside the circle gets {@link NotFound}, exactly as for an id that does not exist.
 */
@Stateless
public class ProcedureService {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    private Procedures procedures;

    @Inject
    private Caseload caseload;

    @Inject
    private ConsoleSearch consoleSearch;

    @Inject
    private ProcedureFeed feed;

    @Inject
    private Accounts accounts;

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private Clock clock;

    @Inject
    private Organisations organisations;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private ReminderPlanner reminders;

    @Inject
    private org.concord.service.reminder.ImplementationPeriod implementation;

    @Inject
    private Statements statements;

    @Inject
    private DocumentIntake documents;

    @Inject
    private FeeStanding feePayments;

    @Inject
    private Event<RequestFiled> filed;

    @Inject
    private Event<ProcedureCommenced> commenced;

    @Inject
    private ProcedureViews views;

    @Inject
    private Event<ProcedureConcluded> concluded;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessMetrics metrics;

    /**
     * A Requesting Party files a Request in the Portal (R-3.2: received now), with every item of Article 5(b)
     * from an imported Statement of Reasons or with a copy attached (R-SOR.1), its annexes checked on their
     * content (R-C2). An earlier Procedure about the same platform decision is flagged to staff (R-SOR.4). The
     * acknowledgment e-mail is queued in the same transaction and sent after commit (R-C1): a refused filing leaves
     * no row and sends no mail. The filing fee and the acknowledgment that names it follow from {@link RequestFiled}.
     *
     * <p>With an {@code idempotencyKey} (the API's {@code Idempotency-Key} header, the form's key per page), a retry
     * of the same filing answers the Procedure filed the first time; nothing is filed twice.
     *
     * @param idempotencyKey {@code null}, or at most {@value FilingKey#MAX_LENGTH} characters
     * @throws ItemsMissing (from the domain, the one place that checks completeness) naming every missing item
     * @throws IdempotencyConflict when the key belongs to another filing, or its first filing is still in progress
     */
    @RolesAllowed("PARTY")
    @Audited("request filed")
    @AuditSubject
    public FiledRequest fileRequest(@NotNull @Valid RequestForm form, String idempotencyKey) {
        UserAccount requester = caller();
        String key = blank(idempotencyKey) ? null : idempotencyKey.strip();
        String fingerprint = Fingerprint.of(form);
        Optional<Procedure> earlier = replay(requester, key, fingerprint);
        if (earlier.isPresent()) {
            return new FiledRequest(view(earlier.get()), true);
        }
        StatementOfReasons statement = blank(form.getStatementOfReasons())
                ? null
                : statements
                        .find(UUID.fromString(form.getStatementOfReasons()))
                        .filter(StatementOfReasons::isAvailable)
                        .orElseThrow(() -> new RuleViolation("R-SOR.1", "/statementOfReasons", "rule.sor.unknown"));
        List<Upload> annexes = accept(form.getAnnexes());
        RequestItems items = form.items();
        Procedure procedure = Procedure.fileRequest(requester, items, statement, annexes, clock.instant());
        procedures
                .samePlatformReference(
                        procedure.request().platformName(),
                        procedure.request().platformReference().orElseThrow())
                .stream()
                .findFirst()
                .ifPresent(procedure::flagPossibleDuplicateOf);
        procedures.add(procedure);
        remember(requester, key, fingerprint, procedure);
        filed.fire(new RequestFiled(procedure, requester));
        metrics.filed(BusinessMetrics.FilingKind.REQUEST);
        return new FiledRequest(view(procedure), false);
    }

    /**
     * the Responding Party answers; late Answers are kept and marked, an unpaid Party's Answer is held
     * . The other Party and the Neutral are told by e-mail once the Answer is before them (R-11.1, R-C1).
     */
    @RolesAllowed("PARTY")
    @Audited("answer filed")
    public ProcedureView fileAnswer(@AuditSubject UUID id, @NotNull @Valid AnswerForm form, String idempotencyKey) {
        UserAccount respondent = caller();
        Procedure procedure = procedures.visibleTo(id, respondent);
        String key = blank(idempotencyKey) ? null : idempotencyKey.strip();
        String fingerprint = Fingerprint.of(form, id);
        if (replay(respondent, key, fingerprint).isPresent()) {
            return view(procedure);
        }
        List<Upload> annexes = accept(form.getAnnexes());
        AnswerItems items = form.items();
        Filing answer = procedure.fileAnswer(
                respondent,
                items,
                annexes,
                feePayments.paidInFull(procedure, ParticipantRole.RESPONDING_PARTY),
                clock.instant(),
                deadlines.engine());
        remember(respondent, key, fingerprint, procedure);
        metrics.filed(BusinessMetrics.FilingKind.ANSWER);
        if (!answer.isHeld()) {
            procedure.circle().accountsExcept(ParticipantRole.RESPONDING_PARTY).stream()
                    .forEach(other -> mailOutbox.enqueue(
                            other,
                            "mail.filingReceived",
                            procedure.reference().value(),
                            Links.procedure(procedure.id())));
        }
        return view(procedure);
    }

    /**
     * R-PLAT.4: the Responding Party (a member of the platform or its authorised representative) reports, once,
     * whether it implemented the communicated Resolution; its reminders are withdrawn and the Requesting Party is told
     * by e-mail (R-C1). With an {@code Idempotency-Key}, a retry answers the Procedure as it is.
     */
    @RolesAllowed("PARTY")
    @Audited("implementation reported")
    public ProcedureView reportImplementation(
            @AuditSubject UUID id, @NotNull @Valid ImplementationForm form, String idempotencyKey) {
        UserAccount platform = caller();
        Procedure procedure = procedures.visibleTo(id, platform);
        String key = blank(idempotencyKey) ? null : idempotencyKey.strip();
        String fingerprint = Fingerprint.of(form, id, "implementation report");
        if (replay(platform, key, fingerprint).isPresent()) {
            return view(procedure);
        }
        procedure.reportImplementation(platform, form.getOutcome(), form.getDate(), form.getReason(), clock.instant());
        remember(platform, key, fingerprint, procedure);
        reminders.withdraw(procedure);
        procedure
                .circle()
                .accountsOf(ParticipantRole.REQUESTING_PARTY)
                .forEach(party -> mailOutbox.enqueue(
                        party,
                        "mail.implementationReported",
                        procedure.reference().value(),
                        Links.procedure(procedure.id())));
        return view(procedure);
    }

    /** the Neutral determines another language of the Procedure; who and why are recorded. */
    @RolesAllowed("NEUTRAL")
    @Audited("language determined")
    public ProcedureView determineLanguage(@AuditSubject UUID id, @NotNull @Valid LanguageForm form) {
        UserAccount neutral = caller();
        Procedure procedure = procedures.visibleTo(id, neutral);
        procedure.determineLanguage(neutral, form.getLanguage(), form.getReason());
        return view(procedure);
    }

    private List<Upload> accept(List<AnnexForm> forms) {
        List<Upload> annexes = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            AnnexForm annex = forms.get(i);
            annexes.add(documents.accept(annex.getKind(), annex.getFilename(), annex.getContent(), "/annexes/" + i));
        }
        return annexes;
    }

    /** The Procedure an earlier filing under the same key made, if this is a retry of it. */
    private Optional<Procedure> replay(UserAccount caller, String key, String fingerprint) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.length() > FilingKey.MAX_LENGTH) {
            throw new IdempotencyConflict(false, "idempotency.keyTooLong", FilingKey.MAX_LENGTH);
        }
        Optional<FilingKey> seen = procedures.filingKey(caller.id(), key);
        if (seen.isPresent() && !seen.get().isRetryOf(fingerprint)) {
            throw new IdempotencyConflict(false, "idempotency.otherFiling");
        }
        return seen.flatMap(k -> procedures.find(k.procedureId()));
    }

    private void remember(UserAccount caller, String key, String fingerprint, Procedure procedure) {
        if (key == null) {
            return;
        }
        try {
            procedures.addFilingKey(new FilingKey(caller.id(), key, fingerprint, procedure.id(), clock.instant()));
        } catch (PersistenceException concurrent) {
            throw new IdempotencyConflict(true, "idempotency.inProgress");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * staff commence a compliant Request whose filing fee is paid. The Responding Party joins the circle, owes
     * its fees from the schedule in force on the date of receipt (17(a)), is notified, and the Answer period starts.
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("commenced")
    public ProcedureView commence(@AuditSubject UUID id, @NotNull @Valid CommencementForm form) {
        Procedure procedure = procedures.find(id).orElseThrow(NotFound::new);
        if (!blank(form.getOrganisation())) {
            Organisation platform = organisations
                    .find(UUID.fromString(form.getOrganisation().strip()))
                    .orElseThrow(() -> new RuleViolation("R-6", "/organisation", "rule.commence.notPlatform"));
            procedure.commence(platform, caller(), clock.instant());
        } else if (!blank(form.getRespondingParty())) {
            UserAccount named = accounts.findByEmail(form.getRespondingParty().strip())
                    .orElseThrow(() -> new RuleViolation("R-6", "/respondingParty", "rule.commence.unknownAccount"));
            Optional<Organisation> platform = organisations.platformOf(named);
            if (platform.isPresent()) {
                procedure.commence(platform.get(), caller(), clock.instant());
            } else {
                procedure.commence(named, caller(), clock.instant());
            }
        } else {
            throw new RuleViolation("R-6", "/respondingParty", "rule.commence.respondingPartyRequired");
        }
        commenced.fire(new ProcedureCommenced(procedure));
        reminders.plan(procedure);
        for (UserAccount member : procedure.circle().accountsOf(ParticipantRole.RESPONDING_PARTY)) {
            mailOutbox.enqueue(member, "mail.commenced", procedure.reference().value(), Links.fees(procedure.id()));
        }
        return view(procedure);
    }

    /**
     * R-6, R-ACC.2, R-SOR.1: the platform organisations staff may commence this Procedure against, those known by its
     * platform name first (pre-selected on the form), then the others by name.
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public List<RespondingPartyChoice> respondingPartyChoices(UUID id) {
        Procedure procedure = procedures.find(id).orElseThrow(NotFound::new);
        String platformName = procedure.request().platformName();
        List<RespondingPartyChoice> choices = new ArrayList<>();
        organisations.platforms().stream()
                .filter(o -> o.isNamed(platformName))
                .forEach(o -> choices.add(new RespondingPartyChoice(o.id(), o.name(), true)));
        organisations.platforms().stream()
                .filter(o -> !o.isNamed(platformName))
                .forEach(o -> choices.add(new RespondingPartyChoice(o.id(), o.name(), false)));
        return choices;
    }

    /**
     * the Center or the Neutral ends the Procedure on a ground each may use; the fees follow (R-17.3,
     * ) in the same transaction, reminders are withdrawn and everyone in the circle is told by e-mail.
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN", "NEUTRAL"})
    @Audited("terminated")
    public ProcedureView terminate(@AuditSubject UUID id, @NotNull @Valid TerminationForm form) {
        UserAccount caller = caller();
        Procedure procedure = procedures.visibleTo(id, caller);
        procedure.terminate(caller, form.getGround(), form.getNote(), clock.instant());
        reminders.withdraw(procedure);
        concluded.fire(new ProcedureConcluded(
                procedure.id(),
                Conclusion.of(form.getGround(), procedure.appointedAt().isPresent())));
        for (UserAccount member : procedure.circle().accounts()) {
            mailOutbox.enqueue(
                    member, "mail.terminated", procedure.reference().value(), Links.procedure(procedure.id()));
        }
        return view(procedure);
    }

    /** the Procedure if the caller belongs to its circle; otherwise the same "not found" as a wrong id. */
    @PermitAll
    @Audited(value = "read procedure", read = true)
    public ProcedureView getProcedure(@AuditSubject UUID id) {
        UserAccount caller = caller();
        return views.of(procedures.visibleTo(id, caller), caller);
    }

    /**
     * Issue 24: the staff console's list: every Procedure, searched by reference, platform reference (PUID), e-mail
     * address or the beginning of a Party's or organisation's name, filtered and ordered as asked, a page at a time by
     * keyset (see {@link ConsoleSearch}); never counted. "Overdue" is the domain's ({@link Procedure#isOverdue}).
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public ConsolePage consoleProcedures(@NotNull ConsoleQuery query) {
        DeadlineEngine engine = deadlines.engine();
        LocalDate today = GenevaTime.dateOf(clock.instant());
        int days = implementation.days();
        ConsoleSearch.Found found =
                consoleSearch.page(query, p -> !query.overdue() || p.isOverdue(engine, today, days), today, days);
        List<Procedure> rows = found.procedures();
        List<ProcedureSummary> items = rows.stream()
                .limit(query.size())
                .map(ProcedureSummary::forCenter)
                .toList();
        String next = null;
        if (rows.size() > query.size()) {
            Procedure last = rows.get(query.size() - 1);
            next = new ConsoleQuery.Cursor(
                            query.sort(),
                            last.receivedAt(),
                            last.id(),
                            last.reference().value())
                    .encode();
        }
        return new ConsolePage(items, next, found.namesCut());
    }

    /** Issue 24: the Neutrals on the Center's list, by name, to filter the console's list by. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public List<ConsolePage.Neutral> consoleNeutrals() {
        return accounts.withRole(org.concord.domain.account.Role.NEUTRAL).stream()
                .map(a -> new ConsolePage.Neutral(a.id(), a.displayName()))
                .sorted(java.util.Comparator.comparing(ConsolePage.Neutral::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** How many procedures the Center holds (a full count: for reports and tests, not for every page). */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public long countProcedures() {
        return procedures.count();
    }

    /**
     * R-PLAT.1, R-13.1, R-ACC.2, R-ACC.3: a page of the Procedures the caller takes part in (a Party, a member of a
     * participating organisation, a representative or a Neutral), newest first by keyset, filtered as asked; each says
     * what the caller must do next or waits for, and by when. The next page follows {@code next}; no count is made.
     */
    @RolesAllowed({"PARTY", "NEUTRAL"})
    public Page<ProcedureSummary> myProcedures(@NotNull CaseloadQuery query) {
        UserAccount caller = caller();
        DeadlineEngine engine = deadlines.engine();
        LocalDate today = GenevaTime.dateOf(clock.instant());
        List<Procedure> rows = caseload.page(
                caller,
                query,
                p -> (!query.answerDue() || p.isAnswerDue(engine, today))
                        && (!query.toImplement() || p.isImplementationAwaited()));
        List<ProcedureSummary> items = rows.stream()
                .limit(query.size())
                .map(p -> ProcedureSummary.forParty(p, p.nextActionFor(caller, engine, today, implementation.days())))
                .toList();
        String next = rows.size() > query.size()
                ? ListCursor.after(rows.get(query.size() - 1)).encode()
                : null;
        return Page.after(items, next);
    }

    /**
     * R-PLAT.1, R-ACC.2: the change feed of an organisation's Procedures, for its active members: the Procedures whose
     * state or file changed after {@code after}, in commit order, each once at its latest change (see
     * {@link ProcedureFeed}). {@code next} is always given: the cursor to poll from, the same one when nothing
     * changed. Anyone else learns nothing, not even that the organisation exists.
     *
     * @throws RuleViolation at {@code /after} for a cursor Concord did not make for this feed, or one from its future
     */
    @RolesAllowed({"PARTY", "NEUTRAL"})
    public Page<ProcedureChange> organisationChanges(UUID organisationId, String after, int size) {
        UserAccount caller = caller();
        Organisation organisation = organisationId == null
                ? null
                : organisations.find(organisationId).orElse(null);
        if (organisation == null || !organisation.isActiveMember(caller)) {
            throw new NotFound();
        }
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        long cursor = ProcedureFeed.decode(after, organisation.id(), feed.last(organisation.id()));
        List<ProcedureFeed.Change> changes = feed.after(organisation.id(), cursor, safeSize);
        java.util.Map<UUID, Procedure> loaded = new java.util.HashMap<>();
        procedures
                .all(changes.stream().map(ProcedureFeed.Change::procedureId).toList())
                .forEach(p -> loaded.put(p.id(), p));
        DeadlineEngine engine = deadlines.engine();
        LocalDate today = GenevaTime.dateOf(clock.instant());
        List<ProcedureChange> items = changes.stream()
                .filter(c -> loaded.containsKey(c.procedureId()))
                .map(c -> {
                    Procedure p = loaded.get(c.procedureId());
                    var next = p.nextActionFor(caller, engine, today, implementation.days());
                    return new ProcedureChange(
                            p.id(),
                            p.reference().value(),
                            p.state(),
                            c.changedAt(),
                            next.kind(),
                            next.due().orElse(null));
                })
                .toList();
        long last = changes.isEmpty() ? cursor : changes.get(changes.size() - 1).position();
        return Page.after(items, ProcedureFeed.encode(organisation.id(), last));
    }

    private ProcedureView view(Procedure procedure) {
        return views.of(procedure, caller());
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
