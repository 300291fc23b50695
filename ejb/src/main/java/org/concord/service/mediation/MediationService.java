package org.concord.service.mediation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Invitation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.Document;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.fee.Conclusion;
import org.concord.domain.mediation.FeedbackAnswer;
import org.concord.domain.mediation.FeedbackReceipt;
import org.concord.domain.mediation.Mediation;
import org.concord.domain.mediation.MediationMessage;
import org.concord.domain.mediation.MediationParticipant;
import org.concord.domain.mediation.MediationRole;
import org.concord.domain.mediation.SettlementAgreement;
import org.concord.domain.mediation.Side;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.TerminationGround;
import org.concord.domain.webhook.WebhookEventType;
import org.concord.service.Links;
import org.concord.service.account.Accounts;
import org.concord.service.appointment.ReasonForm;
import org.concord.service.audit.AuditSubject;
import org.concord.service.audit.AuditTrail;
import org.concord.service.audit.Audited;
import org.concord.service.document.DocumentDownload;
import org.concord.service.document.DocumentIntake;
import org.concord.service.invitation.Invitations;
import org.concord.service.mail.MailOutbox;
import org.concord.service.operations.BusinessMetrics;
import org.concord.service.procedure.ProcedureConcluded;
import org.concord.service.procedure.Procedures;
import org.concord.service.reminder.ReminderPlanner;
import org.concord.service.webhook.WebhookOutbox;

/**
 * Mediation use cases (R-M1–R-M4), one transaction each. Whoever is outside a mediation's circle gets {@link NotFound},
 * exactly as for an id that does not exist (R-M2, R-13.1); every successful read and change is in the mediation's
 * audit trail. Every step is announced by e-mail to those who may see it, without content (R-C1).
 */
@Stateless
public class MediationService {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    private Mediations mediations;

    @Inject
    private Procedures procedures;

    @Inject
    private Accounts accounts;

    @Inject
    private Directory directory;

    @Inject
    private DocumentIntake documents;

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private WebhookOutbox webhooks;

    @Inject
    private Invitations invitations;

    @Inject
    private AuditTrail trail;

    @Inject
    private ReminderPlanner reminders;

    @Inject
    private Event<ProcedureConcluded> concluded;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessMetrics metrics;

    /**
     * R-M1: a Party asks another to mediate, named by e-mail, or, under 15(a), the other Party of a DCTI Procedure it
     * is a Party of. The invited Party is told by e-mail, whether or not it has an account yet; the mail carries an
     * invitation link (R-ACC.1) that lets an address without an account create one bound to it.
     */
    @RolesAllowed("PARTY")
    @Audited("mediation requested")
    @AuditSubject
    public MediationView request(@NotNull @Valid MediationRequestForm form) {
        UserAccount caller = caller();
        Instant now = clock.instant();
        Mediation mediation;
        if (form.getProcedureId() != null) {
            Procedure procedure = procedures.visibleTo(form.getProcedureId(), caller);
            mediation = Mediation.requestFrom(procedure, caller, form.getSummary(), form.getLanguage(), now);
            trail.record(procedure.id(), caller.email(), "mediation requested (15(a))");
        } else {
            mediation = Mediation.request(caller, form.getOtherParty(), form.getSummary(), form.getLanguage(), now);
        }
        mediations.add(mediation);
        String invited = mediation.party(Side.RESPONDING).email();
        // R-ACC.1: the mail always carries an invitation link, whether or not the address has an account, so that
        // the requester learns nothing; without an account, the link creates one bound to this address.
        String link =
                invitations.keep(Invitation.toMediation(mediation.id(), mediation.reference(), invited, caller, now));
        mailOutbox.enqueue(
                invited,
                localeOf(invited, mediation),
                "mail.mediationRequested",
                mediation.reference(),
                path(mediation),
                link);
        webhooks.toAddresses(List.of(invited), WebhookEventType.MEDIATION_INVITATION, mediation, caller);
        metrics.filed(BusinessMetrics.FilingKind.MEDIATION_REQUEST);
        return view(mediation, caller);
    }

    /** R-M2: the mediation as the caller may see it. */
    @RolesAllowed({"PARTY", "NEUTRAL", "CENTER_STAFF", "CENTER_ADMIN"})
    @Audited(value = "read mediation", read = true)
    public MediationView mediation(@AuditSubject UUID id) {
        UserAccount caller = caller();
        return view(mediations.visibleTo(id, caller), caller);
    }

    /** The caller's mediations (a Party, representative or mediator), or one page of all for the Center. */
    @RolesAllowed({"PARTY", "NEUTRAL", "CENTER_STAFF", "CENTER_ADMIN"})
    public List<MediationSummary> list(int page, int size) {
        UserAccount caller = caller();
        int n = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        List<Mediation> found = caller.actsForCenter()
                ? mediations.newestFirst(Math.max(0, page) * n, n)
                : mediations.ofParticipant(caller);
        return found.stream()
                .map(m -> new MediationSummary(
                        m.id(),
                        m.reference(),
                        m.state(),
                        m.requestedAt(),
                        m.roleOf(caller).orElse(null),
                        m.procedureId().isPresent()))
                .toList();
    }

    /** The mediations whose Parties chose the calling mediator, waiting for its answer. */
    @RolesAllowed("NEUTRAL")
    public List<MediationView> mandates() {
        UserAccount caller = caller();
        return mediations.invitingMediator(caller).stream()
                .map(m -> view(m, caller))
                .toList();
    }

    /** R-M4: the directory's mediators ranked for this mediation, for the Parties to rank in turn. */
    @RolesAllowed({"PARTY", "CENTER_STAFF", "CENTER_ADMIN"})
    public List<MediatorCard> proposals(UUID id) {
        Mediation mediation = mediations.visibleTo(id, caller());
        return directory.proposals(mediation.language(), mediation.summary());
    }

    @RolesAllowed("PARTY")
    @Audited("agreed to mediate")
    public MediationView agree(@AuditSubject UUID id) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        mediation.agree(caller, clock.instant());
        announce(mediation, mediation.party(Side.REQUESTING).email());
        return view(mediation, caller);
    }

    @RolesAllowed("PARTY")
    @Audited("declined to mediate")
    public MediationView decline(@AuditSubject UUID id, @NotNull @Valid WithdrawalForm form) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        mediation.decline(caller, form.getReason(), clock.instant());
        ended(mediation);
        return view(mediation, caller);
    }

    @RolesAllowed("PARTY")
    @Audited("representative named")
    public MediationView addRepresentative(@AuditSubject UUID id, @NotNull @Valid RepresentativeForm form) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        mediation.addRepresentative(caller, form.getEmail(), clock.instant());
        announce(mediation, UserAccount.normaliseEmail(form.getEmail()));
        return view(mediation, caller);
    }

    /** R-M4: a side ranks mediators from the directory; once both did, the common choice is asked to accept. */
    @RolesAllowed("PARTY")
    @Audited("mediators ranked")
    public MediationView rank(@AuditSubject UUID id, @NotNull @Valid RankingForm form) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        Map<UUID, String> listed = directory.listedAddresses();
        // An id not in the directory goes to the domain as it is, which refuses it with R-M4.
        List<String> ranked = form.getMediators().stream()
                .map(mediator -> listed.getOrDefault(mediator, mediator.toString()))
                .toList();
        boolean bothRanked = !mediation
                .preferencesOf(mediation.sideOf(caller).orElse(Side.REQUESTING).other())
                .isEmpty();
        Optional<String> chosen = mediation.rankMediators(caller, ranked, listed.values(), clock.instant());
        chosen.ifPresent(mediator -> inviteMediator(mediation, mediator));
        if (chosen.isEmpty() && bothRanked) {
            announceToParties(mediation);
        }
        return view(mediation, caller);
    }

    /** The chosen mediator accepts the mandate with its declaration (R-M4). */
    @RolesAllowed("NEUTRAL")
    @Audited("mandate accepted")
    public MediationView acceptMandate(@AuditSubject UUID id, @NotNull @Valid MandateForm form) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        mediation.acceptMandate(caller, form.isConfirmsImpartiality(), clock.instant());
        announceToParties(mediation);
        return view(mediation, caller);
    }

    /** The chosen mediator declines; the next common choice is invited, or the Parties rank again. */
    @RolesAllowed("NEUTRAL")
    @Audited("mandate declined")
    public void declineMandate(@AuditSubject UUID id) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        Optional<String> next = mediation.declineMandate(caller, clock.instant());
        next.ifPresentOrElse(mediator -> inviteMediator(mediation, mediator), () -> announceToParties(mediation));
    }

    @RolesAllowed("NEUTRAL")
    @Audited("session scheduled")
    public MediationView scheduleSession(@AuditSubject UUID id, @NotNull @Valid SessionForm form) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        mediation.scheduleSession(caller, form.getStartsAt(), form.getPlace(), clock.instant());
        announceToCircle(mediation, caller);
        return view(mediation, caller);
    }

    /** R-M1: the mediator records a session held; the first one is the first meeting. */
    @RolesAllowed("NEUTRAL")
    @Audited("session held")
    public MediationView sessionHeld(@AuditSubject UUID id, UUID sessionId) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        mediation.recordSessionHeld(caller, sessionId, clock.instant());
        return view(mediation, caller);
    }

    /** R-M2: a joint message to the circle, or a caucus message for one side and the mediator only. */
    @RolesAllowed({"PARTY", "NEUTRAL", "CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("mediation message sent")
    public MediationView send(@AuditSubject UUID id, @NotNull @Valid MessageForm form) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        MediationMessage message =
                mediation.send(caller, form.getChannel(), form.getSide(), form.getText(), clock.instant());
        if (message.isOpenToCircle()) {
            announceToCircle(mediation, caller);
            webhooks.toAddresses(
                    circle(mediation).stream().map(MediationParticipant::email).toList(),
                    WebhookEventType.MESSAGE_RECEIVED,
                    mediation,
                    caller);
        } else {
            Side side = message.caucusSide().orElseThrow();
            List<String> to = new ArrayList<>(sideMembers(mediation, side));
            mediation.mediator().ifPresent(to::add);
            to.remove(caller.email());
            to.forEach(email -> announce(mediation, email));
            webhooks.toAddresses(to, WebhookEventType.MESSAGE_RECEIVED, mediation, caller);
        }
        return view(mediation, caller);
    }

    /** R-M2: a side releases one of its caucus messages to the whole circle. */
    @RolesAllowed("PARTY")
    @Audited("caucus message released")
    public MediationView release(@AuditSubject UUID id, UUID messageId) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        mediation.release(caller, messageId, clock.instant());
        announceToCircle(mediation, caller);
        return view(mediation, caller);
    }

    /** R-M3: a (new version of the) settlement agreement, checked on its content (R-C2). */
    @RolesAllowed({"PARTY", "NEUTRAL"})
    @Audited("settlement agreement proposed")
    public MediationView proposeSettlement(@AuditSubject UUID id, @NotNull @Valid SettlementForm form) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        Document document = new Document(
                documents.accept(
                        DocumentKind.SETTLEMENT_AGREEMENT,
                        form.getFilename() == null || form.getFilename().isBlank()
                                ? "settlement-agreement"
                                : form.getFilename().strip(),
                        form.getContent(),
                        "/content"),
                caller.email(),
                clock.instant());
        mediation.proposeSettlement(caller, document, clock.instant());
        announceToParties(mediation);
        return view(mediation, caller);
    }

    /**
     * R-M3: a Party accepts the current agreement by its SHA-256. When both did, the mediation is settled, and a linked
     * DCTI Procedure ends as settled (15(b) or 15(c)) with its refunds proposed, in the same transaction.
     */
    @RolesAllowed("PARTY")
    @Audited("settlement agreement accepted")
    public MediationView acceptSettlement(@AuditSubject UUID id, @NotNull @Valid AcceptanceForm form) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        Instant now = clock.instant();
        if (mediation.acceptSettlement(caller, form.getSha256(), now)) {
            mediation
                    .procedureId()
                    .flatMap(procedures::find)
                    .ifPresent(procedure -> endProcedure(
                            procedure, mediation.settlement().orElseThrow().sha256(), caller, now));
            ended(mediation);
        } else {
            announceToParties(mediation);
        }
        return view(mediation, caller);
    }

    private void endProcedure(Procedure procedure, String sha256, UserAccount caller, Instant now) {
        TerminationGround ground = procedure.endBySettlement(sha256, now);
        reminders.withdraw(procedure);
        concluded.fire(new ProcedureConcluded(
                procedure.id(), Conclusion.of(ground, procedure.appointedAt().isPresent())));
        trail.record(
                procedure.id(), caller.email(), "ended by settlement agreement in mediation (" + ground.code() + ")");
        for (UserAccount member : procedure.circle().accounts()) {
            mailOutbox.enqueue(
                    member, "mail.terminated", procedure.reference().value(), Links.procedure(procedure.id()));
        }
    }

    /** R-M1: a Party withdraws after the first meeting, which ends the mediation. */
    @RolesAllowed("PARTY")
    @Audited("withdrew from mediation")
    public MediationView withdraw(@AuditSubject UUID id, @NotNull @Valid WithdrawalForm form) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        mediation.withdraw(caller, form.getReason(), clock.instant());
        ended(mediation);
        return view(mediation, caller);
    }

    /** The Center closes a mediation that cannot go on, with its reason. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("mediation closed")
    public MediationView close(@AuditSubject UUID id, @NotNull @Valid ReasonForm form) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        mediation.close(caller, form.getReason(), clock.instant());
        ended(mediation);
        return view(mediation, caller);
    }

    /** R-M4: a Party's feedback on the mediator, once per side; it reaches the digest in sealed batches only. */
    @RolesAllowed("PARTY")
    @Audited("feedback given")
    public void giveFeedback(@AuditSubject UUID id, @NotNull @Valid FeedbackForm form) {
        UserAccount caller = caller();
        Mediation mediation = mediations.visibleTo(id, caller);
        Side side = mediation
                .feedbackSideOf(caller)
                .orElseThrow(() -> new RuleViolation("R-M4", null, "rule.feedback.notYours"));
        if (directory.feedbackGiven(mediation.id(), side)) {
            throw new RuleViolation("R-M4", null, "rule.feedback.once");
        }
        UUID mediatorId = accounts.findByEmail(mediation.mediator().orElseThrow())
                .orElseThrow()
                .id();
        FeedbackAnswer answer = new FeedbackAnswer(mediatorId, form.ratings());
        directory.addFeedback(new FeedbackReceipt(mediation.id(), side, mediatorId), answer);
    }

    /** R-C2, R-M2: a version of the settlement agreement, for the circle. */
    @RolesAllowed({"PARTY", "NEUTRAL", "CENTER_STAFF", "CENTER_ADMIN"})
    @Audited(value = "settlement agreement read", read = true)
    public DocumentDownload agreement(@AuditSubject UUID id, int version) {
        Mediation mediation = mediations.visibleTo(id, caller());
        SettlementAgreement agreement = mediation.agreements().stream()
                .filter(a -> a.version() == version)
                .findFirst()
                .orElseThrow(NotFound::new);
        return DocumentDownload.of(agreement.document());
    }

    private void inviteMediator(Mediation mediation, String mediator) {
        accounts.findByEmail(mediator)
                .ifPresent(account ->
                        mailOutbox.enqueue(account, "mail.mediationMandate", mediation.reference(), path(mediation)));
    }

    private void ended(Mediation mediation) {
        for (MediationParticipant p : circle(mediation)) {
            mailOutbox.enqueue(
                    p.email(),
                    localeOf(p.email(), mediation),
                    "mail.mediationEnded",
                    mediation.reference(),
                    path(mediation));
        }
    }

    private void announceToParties(Mediation mediation) {
        circle(mediation).stream()
                .filter(p -> p.role() != MediationRole.MEDIATOR)
                .forEach(p -> announce(mediation, p.email()));
    }

    private void announceToCircle(Mediation mediation, UserAccount except) {
        circle(mediation).stream()
                .map(MediationParticipant::email)
                .filter(email -> !email.equals(except.email()))
                .forEach(email -> announce(mediation, email));
    }

    private void announce(Mediation mediation, String email) {
        mailOutbox.enqueue(
                email, localeOf(email, mediation), "mail.mediationNews", mediation.reference(), path(mediation));
    }

    private List<String> sideMembers(Mediation mediation, Side side) {
        return circle(mediation).stream()
                .filter(p -> p.side().orElse(null) == side)
                .map(MediationParticipant::email)
                .toList();
    }

    /**
     * R-M2, R-ACC.3: the circle as stored (by address), and the representatives each Party authorised that are in
     * force now, once per address: who sees the mediation and is told of it.
     */
    private List<MediationParticipant> circle(Mediation mediation) {
        List<MediationParticipant> circle = new ArrayList<>(mediation.participants());
        mediation.participants().stream()
                .filter(p -> p.role() == MediationRole.PARTY)
                .map(p -> accounts.findByEmail(p.email()))
                .flatMap(Optional::stream)
                .flatMap(party -> mediation.authorisedRepresentativesOf(party).stream())
                .filter(r -> circle.stream().noneMatch(p -> p.email().equals(r.email())))
                .forEach(circle::add);
        return circle;
    }

    private Locale localeOf(String email, Mediation mediation) {
        return accounts.findByEmail(email).map(UserAccount::locale).orElse(localeOf(mediation));
    }

    private static Locale localeOf(Mediation mediation) {
        return Set.of("fr", "de").contains(mediation.language())
                ? Locale.forLanguageTag(mediation.language())
                : Locale.ENGLISH;
    }

    private static String path(Mediation mediation) {
        return Links.mediation(mediation.id());
    }

    private MediationView view(Mediation m, UserAccount viewer) {
        MediationRole role = m.roleOf(viewer).orElse(null);
        Side side = m.sideOf(viewer).orElse(null);
        List<String> ranking = side == null ? List.of() : m.preferencesOf(side);
        Set<String> shown = new HashSet<>(ranking);
        m.invitedMediator().ifPresent(shown::add);
        m.mediator().ifPresent(shown::add);
        Map<String, String> names = accounts.displayNames(shown);
        List<MediationView.MessageView> messages = m.messagesVisibleTo(viewer).stream()
                .map(x -> new MediationView.MessageView(
                        x.id(),
                        x.channel(),
                        x.caucusSide().orElse(null),
                        x.authorEmail(),
                        x.authorRole().orElse(null),
                        x.authorSide().orElse(null),
                        x.text(),
                        x.sentAt(),
                        x.releasedBy().orElse(null),
                        x.releasedAt().orElse(null),
                        m.mayRelease(viewer, x)))
                .toList();
        Optional<SettlementAgreement> current = m.currentAgreement();
        List<MediationView.AgreementView> agreements = m.agreements().stream()
                .map(a -> new MediationView.AgreementView(
                        a.version(),
                        a.document().filename(),
                        a.document().size(),
                        a.sha256(),
                        a.proposedBy(),
                        a.proposedAt(),
                        a.acceptedBy(Side.REQUESTING).orElse(null),
                        a.acceptedBy(Side.RESPONDING).orElse(null),
                        current.map(c -> c == a).orElse(false),
                        a.document().erasedAt().orElse(null)))
                .toList();
        boolean feedbackDue = m.feedbackSideOf(viewer)
                .map(s -> !directory.feedbackGiven(m.id(), s))
                .orElse(false);
        return new MediationView(
                m.id(),
                m.reference(),
                m.state(),
                m.summary(),
                m.language(),
                m.procedureId().orElse(null),
                role,
                side,
                m.requestedAt(),
                m.agreedAt().orElse(null),
                m.invitedMediator().map(e -> names.getOrDefault(e, e)).orElse(null),
                m.mediator().map(e -> names.getOrDefault(e, e)).orElse(null),
                m.mandateAcceptedAt().orElse(null),
                m.firstMeetingAt().orElse(null),
                m.endedAt().orElse(null),
                m.endedBy().orElse(null),
                m.endReason().orElse(null),
                circle(m).stream()
                        .map(p -> new MediationView.ParticipantView(
                                p.email(), p.role(), p.side().orElse(null)))
                        .toList(),
                ranking.stream().map(e -> names.getOrDefault(e, e)).toList(),
                m.sessions().stream()
                        .map(s -> new MediationView.SessionView(
                                s.id(), s.startsAt(), s.place(), s.heldAt().orElse(null)))
                        .toList(),
                messages,
                agreements,
                m.mayAnswerRequest(viewer),
                m.mayRank(viewer),
                m.mayAnswerMandate(viewer),
                m.mayConduct(viewer),
                m.mayWithdraw(viewer),
                m.mayClose(viewer),
                feedbackDue,
                m.mayAuthoriseRepresentatives(viewer));
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
