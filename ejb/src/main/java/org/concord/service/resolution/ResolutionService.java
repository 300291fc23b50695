package org.concord.service.resolution;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.NotFound;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.fee.Conclusion;
import org.concord.domain.procedure.Participant;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.Resolution;
import org.concord.domain.time.GenevaTime;
import org.concord.reports.Certificate;
import org.concord.reports.ResolutionDocument;
import org.concord.service.Links;
import org.concord.service.account.Accounts;
import org.concord.service.audit.AuditSubject;
import org.concord.service.audit.Audited;
import org.concord.service.fee.CenterBankAccount;
import org.concord.service.mail.MailOutbox;
import org.concord.service.procedure.ProcedureConcluded;
import org.concord.service.procedure.ProcedureView;
import org.concord.service.procedure.ProcedureViews;
import org.concord.service.procedure.Procedures;
import org.concord.service.reminder.ReminderPlanner;
import org.concord.service.time.DeadlineService;

/**
 * The Resolution (Article 14): the Neutral drafts and signs it (the PDF rendered by the reports module, its SHA-256
 * recorded), the Center communicates it to the Parties, from when it is effective and the Neutral's access read-only;
 * the fees follow. The Center may extend the period within the 90-day cap. The certificate of
 * Article 20 for every member of the circle.
 */
@Stateless
public class ResolutionService {

    @Inject
    private Procedures procedures;

    @Inject
    private Accounts accounts;

    @Inject
    private ProcedureViews views;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private CenterBankAccount center;

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private ReminderPlanner reminders;

    @Inject
    private Event<ProcedureConcluded> concluded;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** the Neutral saves the draft; it may be incomplete until signing. */
    @RolesAllowed("NEUTRAL")
    @Audited("resolution drafted")
    public ProcedureView draft(@AuditSubject UUID id, @NotNull @Valid ResolutionForm form) {
        UserAccount neutral = caller();
        Procedure procedure = procedures.visibleTo(id, neutral);
        procedure.draftResolution(
                neutral,
                form.getDescription(),
                form.getRecommendation(),
                form.getReasons(),
                form.getOutcome(),
                clock.instant());
        return views.of(procedure, neutral);
    }

    /**
     * R-14.1 (vi), 14(b)(vii): the Neutral signs the complete draft: the PDF is rendered now, with the signing time
     * in it, kept as a document with its SHA-256 and forwarded to the Center, which is told by e-mail.
     */
    @RolesAllowed("NEUTRAL")
    @Audited("resolution signed")
    public ProcedureView sign(@AuditSubject UUID id) {
        UserAccount neutral = caller();
        Procedure procedure = procedures.visibleTo(id, neutral);
        Instant at = clock.instant();
        Resolution draft = procedure.resolution().orElse(null);
        // R-PLAT.3: nothing is rendered while the Resolution waits for the Answer (signResolution says until when).
        boolean renderable = draft != null
                && draft.missing().isEmpty()
                && !procedure.resolutionWaitsForAnswer(deadlines.engine(), GenevaTime.dateOf(at));
        byte[] pdf = renderable ? render(procedure, draft, neutral, at) : new byte[0];
        procedure.signResolution(
                neutral,
                new Upload(
                        DocumentKind.RESOLUTION,
                        "resolution-" + procedure.reference().value() + ".pdf",
                        "application/pdf",
                        pdf),
                deadlines.engine(),
                at);
        return views.of(procedure, neutral);
    }

    /**
     * the Center communicates the signed Resolution; every member of the circle is told by e-mail, reminders
     * are withdrawn and the refunds of are proposed.
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("resolution communicated")
    public ProcedureView communicate(@AuditSubject UUID id) {
        Procedure procedure = procedures.find(id).orElseThrow(NotFound::new);
        UserAccount staff = caller();
        procedure.communicateResolution(staff, clock.instant());
        reminders.withdraw(procedure);
        // R-PLAT.4: the platform now reports on implementing it, and is reminded of that.
        reminders.planImplementationReport(procedure);
        concluded.fire(new ProcedureConcluded(
                procedure.id(),
                Conclusion.of(procedure.resolution().orElseThrow().outcome().orElseThrow())));
        for (UserAccount member : procedure.circle().accounts()) {
            mailOutbox.enqueue(
                    member, "mail.resolution", procedure.reference().value(), Links.procedure(procedure.id()));
        }
        return views.of(procedure, staff);
    }

    /** the Center extends the Resolution period for a highly complex dispute, within the cap. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("resolution period extended")
    public ProcedureView extend(@AuditSubject UUID id, @NotNull @Valid ExtensionForm form) {
        Procedure procedure = procedures.find(id).orElseThrow(NotFound::new);
        UserAccount staff = caller();
        procedure.extendResolutionPeriod(staff, form.getDays(), form.getReason(), deadlines.engine());
        reminders.withdraw(procedure);
        reminders.plan(procedure);
        return views.of(procedure, staff);
    }

    /**
     * the certificate of commencement and completion or termination, in the caller's language, for the circle
     * of once the Procedure has commenced; otherwise the one "not found".
     */
    @PermitAll
    @Audited(value = "read certificate", read = true)
    public byte[] certificate(@AuditSubject UUID id) {
        UserAccount caller = caller();
        // R-SEC.6: one query by id and the caller's circle, as for every other read of a Procedure.
        Procedure procedure = java.util.Optional.of(procedures.visibleTo(id, caller))
                .filter(p -> p.commencedAt().isPresent())
                .orElseThrow(NotFound::new);
        Certificate.Ending ending = switch (procedure.state()) {
            case RESOLVED -> Certificate.Ending.COMPLETED;
            case TERMINATED -> Certificate.Ending.TERMINATED;
            default -> Certificate.Ending.PENDING;
        };
        String parties = procedure.circle().participants().stream()
                .filter(p -> p.role() != ParticipantRole.NEUTRAL)
                .map(Participant::displayName)
                .collect(Collectors.joining(", "));
        return Certificate.pdf(
                center.details().centerName(),
                procedure.reference().value(),
                procedure.request().matter().name(),
                parties,
                GenevaTime.dateOf(procedure.commencedAt().orElseThrow()),
                ending,
                procedure.termination().endedAt().map(GenevaTime::dateOf).orElse(null),
                GenevaTime.dateOf(clock.instant()),
                caller.locale());
    }

    private byte[] render(Procedure procedure, Resolution draft, UserAccount neutral, Instant at) {
        Locale locale = procedure
                .languageDecision()
                .language()
                .map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH);
        return ResolutionDocument.pdf(
                new ResolutionDocument.Content(
                        center.details().centerName(),
                        procedure.reference().value(),
                        procedure.request().matter().name(),
                        procedure.circle().requestingParty().displayName(),
                        procedure
                                .circle()
                                .participant(ParticipantRole.RESPONDING_PARTY)
                                .map(UserAccount::displayName)
                                .orElse(""),
                        neutral.displayName(),
                        neutral.email(),
                        at,
                        draft.description().orElseThrow(),
                        draft.recommendation().orElseThrow(),
                        draft.reasons().orElseThrow(),
                        draft.outcome().orElseThrow().name()),
                locale);
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
