package org.concord.service.appointment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.neutral.AppointmentNeeds;
import org.concord.domain.neutral.Criterion;
import org.concord.domain.neutral.RankedCandidate;
import org.concord.domain.neutral.RankingWeights;
import org.concord.domain.procedure.NeutralAppointment;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.webhook.WebhookEventType;
import org.concord.service.Links;
import org.concord.service.account.Accounts;
import org.concord.service.audit.AuditSubject;
import org.concord.service.audit.AuditTrail;
import org.concord.service.audit.Audited;
import org.concord.service.mail.MailOutbox;
import org.concord.service.procedure.ProcedureView;
import org.concord.service.procedure.ProcedureViews;
import org.concord.service.procedure.Procedures;
import org.concord.service.reminder.ReminderPlanner;
import org.concord.service.time.DeadlineService;
import org.concord.service.webhook.WebhookOutbox;

/**
 * The Neutral's appointment the Rules way: staff see the candidates ranked on 8(b) with the conflicts the
 * check of R-9 found, and invite one; the candidate accepts only with the declaration of 9(b) and once no
 * conflict blocks it (staff override with a reason), or declines. A declined or lapsed invitation, and a replacement
 * move on to the best-ranked candidate Concord may invite on its own. The Neutral discloses new circumstances
 * at any time (9(c)). Every step is announced by e-mail without content (R-C1).
 */
@Stateless
public class AppointmentService {

    /** The actor of the audit trail for what Concord does on its own. */
    private static final String SYSTEM = "concord";

    /** The longest ranked list one call returns. */
    private static final int MAX_CANDIDATES = 1000;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private AuditTrail trail;

    @Inject
    private Procedures procedures;

    @Inject
    private Accounts accounts;

    @Inject
    private WebhookOutbox webhooks;

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private ReminderPlanner reminders;

    @Inject
    private ProcedureViews views;

    @Inject
    private CandidateFinder finder;

    @Inject
    private AppointmentSettings settings;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The Center's list of neutrals, to choose from. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public List<NeutralView> neutrals() {
        return accounts.withRole(Role.NEUTRAL).stream()
                .map(a -> new NeutralView(a.email(), a.displayName()))
                .toList();
    }

    /** staff invite a Neutral, who is told by e-mail. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("neutral invited")
    public ProcedureView invite(@AuditSubject UUID id, @NotNull @Valid InvitationForm form) {
        Procedure procedure = procedures.find(id).orElseThrow(NotFound::new);
        UserAccount candidate = accounts.findByEmail(form.getNeutral().strip())
                .orElseThrow(() -> new RuleViolation("R-8.1", "/neutral", "rule.neutral.notNeutral"));
        UserAccount staff = caller();
        invite(procedure, candidate, staff, false, form.getEarlyReason());
        return views.of(procedure, staff);
    }

    /**
     * the neutrals ranked for the Procedure on 8(b), each score explained per criterion, with the Center's
     * weights and the conflicts of R-9; the first {@code limit} of them. Each criterion says why by a message key and
     * its arguments; the web layer puts them in the reader's language ({@link CandidateListView#explained}).
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public CandidateListView candidates(UUID id, int limit) {
        Procedure procedure = procedures.find(id).orElseThrow(NotFound::new);
        List<RankedCandidate> ranked = finder.rank(procedure);
        AppointmentNeeds needs = finder.needs(procedure);
        RankingWeights weights = settings.weights();
        Map<Criterion, Integer> shown = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            shown.put(c, weights.of(c));
        }
        long withoutProfile = accounts.countWithRole(Role.NEUTRAL) - ranked.size();
        return new CandidateListView(
                needs.country(),
                needs.matter(),
                needs.areas(),
                needs.language(),
                needs.periodStart(),
                needs.periodEnd(),
                shown,
                ranked.size(),
                (int) Math.max(0, withoutProfile),
                ranked.stream()
                        .limit(Math.max(1, Math.min(limit, MAX_CANDIDATES)))
                        .map(CandidateView::of)
                        .toList());
    }

    /** staff let the invited candidate accept despite the conflicts found, saying why. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("conflict overridden")
    public ProcedureView overrideConflicts(@AuditSubject UUID id, @NotNull @Valid ReasonForm form) {
        Procedure procedure = procedures.find(id).orElseThrow(NotFound::new);
        UserAccount staff = caller();
        NeutralAppointment invitation = procedure.overrideConflicts(staff, form.getReason(), clock.instant());
        mailOutbox.enqueue(
                invitation.candidate(),
                "mail.conflictOverridden",
                procedure.reference().value(),
                Links.invitations());
        return views.of(procedure, staff);
    }

    /**
     * invites {@code candidate} with the conflicts the check finds; the invitation lapses after the
     * configured time. R-PLAT.3: {@code earlyReason} is staff's, for an invitation while the Answer is awaited; an
     * {@code automatic} one (after a declined or lapsed one, or a replacement) needs none.
     */
    private NeutralAppointment invite(
            Procedure procedure, UserAccount candidate, UserAccount staff, boolean automatic, String earlyReason) {
        Instant now = clock.instant();
        NeutralAppointment invitation = procedure.inviteNeutral(
                candidate,
                staff,
                finder.conflicts(procedure, candidate),
                automatic,
                earlyReason,
                deadlines.engine(),
                now,
                now.plus(settings.invitationTimeout()));
        mailOutbox.enqueue(candidate, "mail.invited", procedure.reference().value(), Links.invitations());
        return invitation;
    }

    /**
     * invites the best-ranked candidate Concord may invite on its own (no flag, not invited before) on
     * behalf of {@code staff}; if there is none, tells {@code staff} to choose.
     */
    void inviteNext(Procedure procedure, UserAccount staff) {
        Optional<RankedCandidate> next = finder.next(procedure);
        if (next.isPresent()) {
            invite(procedure, next.get().candidate().profile().account(), staff, true, null);
        } else {
            mailOutbox.enqueue(
                    staff, "mail.noCandidate", procedure.reference().value(), Links.procedure(procedure.id()));
        }
    }

    /** after a declined or lapsed {@code invitation}, the next candidate, on behalf of who invited. */
    private void inviteNextAfter(Procedure procedure, NeutralAppointment invitation) {
        accounts.findByEmail(invitation.invitedBy()).ifPresent(staff -> inviteNext(procedure, staff));
    }

    /**
     * a silent invitation lapses at its expiry and the next candidate is invited on behalf of the member of
     * staff who invited. Called by the sweep, one Procedure per transaction; false if nothing was due (or another
     * instance's sweep lapsed it first: the Procedure is locked, so each invitation lapses once across the cluster).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean lapse(UUID id) {
        // R-OPS.1: every instance sweeps; the lock makes the others wait and then find nothing left to lapse.
        Procedure procedure = procedures.findForUpdate(id).orElseThrow(NotFound::new);
        Optional<NeutralAppointment> lapsed = procedure.lapseInvitation(clock.instant());
        lapsed.ifPresent(invitation -> {
            trail.record(id, SYSTEM, "invitation lapsed");
            mailOutbox.enqueue(
                    invitation.candidate(),
                    "mail.invitationLapsed",
                    procedure.reference().value(),
                    Links.invitations());
            inviteNextAfter(procedure, invitation);
        });
        return lapsed.isPresent();
    }

    /** The Procedures whose invitation is unanswered at its expiry. */
    @PermitAll
    public List<UUID> lapsedInvitations() {
        return em.createNamedQuery("NeutralAppointment.lapsed", UUID.class)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /** The invitations waiting for the calling Neutral's answer. */
    @RolesAllowed("NEUTRAL")
    public List<InvitationView> myInvitations() {
        return em.createNamedQuery("NeutralAppointment.invitationsOf", NeutralAppointment.class)
                .setParameter("accountId", caller().id())
                .getResultStream()
                .map(InvitationView::of)
                .toList();
    }

    /**
     * the candidate accepts with the declaration and joins the circle; the Parties are told, reminders of the
     * Resolution are planned.
     */
    @RolesAllowed("NEUTRAL")
    @Audited("appointment accepted")
    public ProcedureView accept(@AuditSubject UUID id, @NotNull @Valid DeclarationForm form) {
        UserAccount candidate = caller();
        Procedure procedure = invited(id, candidate);
        procedure.acceptAppointment(
                candidate,
                form.isConfirmsImpartiality(),
                form.getDeclaration(),
                finder.conflicts(procedure, candidate),
                deadlines.engine(),
                clock.instant());
        reminders.withdraw(procedure);
        reminders.plan(procedure);
        tellParties(procedure, "mail.appointed");
        webhooks.toParties(procedure, WebhookEventType.NEUTRAL_APPOINTED);
        return views.of(procedure, candidate);
    }

    /**
     * The candidate declines with a reason; staff are shown it on the Procedure's page, and the next candidate is
     * invited on behalf of the member of staff who invited.
     */
    @RolesAllowed("NEUTRAL")
    @Audited("appointment declined")
    public void decline(@AuditSubject UUID id, @NotNull @Valid ReasonForm form) {
        UserAccount candidate = caller();
        Procedure procedure = invited(id, candidate);
        inviteNextAfter(procedure, procedure.declineAppointment(candidate, form.getReason(), clock.instant()));
    }

    /** 9(c): the Neutral discloses new circumstances; the Parties are told by e-mail, the Center sees them. */
    @RolesAllowed("NEUTRAL")
    @Audited("circumstances disclosed")
    public ProcedureView disclose(@AuditSubject UUID id, @NotNull @Valid DisclosureForm form) {
        UserAccount neutral = caller();
        Procedure procedure = procedures.visibleTo(id, neutral);
        procedure.disclose(neutral, form.getCircumstances(), clock.instant());
        tellParties(procedure, "mail.disclosure");
        procedure.appointments().all().stream()
                .filter(a -> a.status() == NeutralAppointment.Status.ACCEPTED && a.isOf(neutral))
                .map(NeutralAppointment::invitedBy)
                .distinct()
                .forEach(email -> accounts.findByEmail(email)
                        .ifPresent(staff -> mailOutbox.enqueue(
                                staff,
                                "mail.disclosure",
                                procedure.reference().value(),
                                Links.procedure(procedure.id()))));
        return views.of(procedure, neutral);
    }

    /**
     * staff replace the Neutral; suspended until a substitute accepts unless both Parties agreed. Ranking and
     * conflict check run again (10(a) applies Article 8 mutatis mutandis): the best-ranked candidate Concord may
     * invite on its own is invited.
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("neutral replaced")
    public ProcedureView replace(@AuditSubject UUID id, @NotNull @Valid ReasonForm form) {
        Procedure procedure = procedures.find(id).orElseThrow(NotFound::new);
        UserAccount former =
                procedure.circle().participant(ParticipantRole.NEUTRAL).orElse(null);
        UserAccount staff = caller();
        procedure.replaceNeutral(staff, form.getReason(), form.isPartiesAgreedToContinue(), clock.instant());
        reminders.withdraw(procedure);
        if (former != null) {
            mailOutbox.enqueue(former, "mail.replaced", procedure.reference().value(), Links.myProcedures());
        }
        tellParties(procedure, "mail.replacement");
        inviteNext(procedure, staff);
        return views.of(procedure, staff);
    }

    /** The Procedure for which {@code candidate} holds an open invitation; otherwise the one "not found". */
    private Procedure invited(UUID id, UserAccount candidate) {
        return procedures
                .find(id)
                .filter(p -> p.appointments()
                                .pending()
                                .filter(a -> a.candidate().id().equals(candidate.id()))
                                .isPresent()
                        || p.isVisibleTo(candidate))
                .orElseThrow(NotFound::new);
    }

    private void tellParties(Procedure procedure, String key) {
        procedure.circle().accountsExcept(ParticipantRole.NEUTRAL).stream()
                .forEach(party ->
                        mailOutbox.enqueue(party, key, procedure.reference().value(), Links.procedure(procedure.id())));
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
