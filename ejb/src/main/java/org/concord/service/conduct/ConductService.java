package org.concord.service.conduct;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.Upload;
import org.concord.domain.procedure.Communication;
import org.concord.domain.procedure.Filing;
import org.concord.domain.procedure.NeutralAppointment;
import org.concord.domain.procedure.Participant;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.time.GenevaTime;
import org.concord.service.Links;
import org.concord.service.account.Accounts;
import org.concord.service.audit.AuditSubject;
import org.concord.service.audit.Audited;
import org.concord.service.document.DocumentIntake;
import org.concord.service.fee.FeePayments;
import org.concord.service.mail.MailOutbox;
import org.concord.service.operations.BusinessMetrics;
import org.concord.service.procedure.AnnexForm;
import org.concord.service.procedure.ProcedureView;
import org.concord.service.procedure.Procedures;
import org.concord.service.time.DeadlineService;

/**
 * The conduct of a Procedure (Article 11): messages that reach both Parties and the Neutral unless the Neutral
 * allowed otherwise, objections, reports of bad faith to the Center (11(f)), translation
 * orders, suggestions to settle (15(a)), and the procedure file that shows each member of the circle what it
 * may see. Every recipient who may see a communication is told by e-mail, without its content (R-C1).
 */
@Stateless
public class ConductService {

    @Inject
    private Procedures procedures;

    @Inject
    private Accounts accounts;

    @Inject
    private DocumentIntake documents;

    @Inject
    private FeePayments feePayments;

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private org.concord.service.webhook.WebhookOutbox webhooks;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessMetrics metrics;

    /** a message, to everyone or, once allowed, to one side alone. */
    @RolesAllowed({"PARTY", "NEUTRAL", "CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("message sent")
    public UUID message(@AuditSubject UUID id, @NotNull @Valid CommunicationForm form) {
        UserAccount caller = caller();
        Procedure procedure = procedures.visibleTo(id, caller);
        Communication sent = procedure.sendMessage(
                caller,
                form.getText(),
                form.getAddressedTo(),
                form.getInReplyTo(),
                accept(form.getAnnexes()),
                paid(procedure, caller),
                clock.instant());
        announce(procedure, sent);
        metrics.filed(BusinessMetrics.FilingKind.COMMUNICATION);
        return sent.id();
    }

    /** a Party's objection, with the date it knew of the non-compliance. */
    @RolesAllowed("PARTY")
    @Audited("objection recorded")
    public UUID object(@AuditSubject UUID id, @NotNull @Valid CommunicationForm form) {
        UserAccount caller = caller();
        Procedure procedure = procedures.visibleTo(id, caller);
        Communication sent =
                procedure.object(caller, form.getText(), form.getKnewOn(), paid(procedure, caller), clock.instant());
        announce(procedure, sent);
        return sent.id();
    }

    /** 11(f): the Neutral reports a Party's bad faith to the Center, with evidence. */
    @RolesAllowed("NEUTRAL")
    @Audited("bad faith reported")
    public UUID reportBadFaith(@AuditSubject UUID id, @NotNull @Valid CommunicationForm form) {
        UserAccount caller = caller();
        Procedure procedure = procedures.visibleTo(id, caller);
        return procedure
                .reportBadFaith(caller, form.getParty(), form.getText(), accept(form.getAnnexes()), clock.instant())
                .id();
    }

    /** the Neutral orders a translation; the ordered Party is told by e-mail. */
    @RolesAllowed("NEUTRAL")
    @Audited("translation ordered")
    public UUID orderTranslation(@AuditSubject UUID id, @NotNull @Valid CommunicationForm form) {
        UserAccount caller = caller();
        Procedure procedure = procedures.visibleTo(id, caller);
        Communication order = procedure.orderTranslation(
                caller, form.getParty(), form.getLanguage(), form.getDueOn(), form.getText(), clock.instant());
        announce(procedure, order);
        return order.id();
    }

    /** 11(c): the Neutral allows communication with one side alone. */
    @RolesAllowed("NEUTRAL")
    @Audited("ex parte allowed")
    public UUID allowExParte(@AuditSubject UUID id, @NotNull @Valid CommunicationForm form) {
        UserAccount caller = caller();
        Procedure procedure = procedures.visibleTo(id, caller);
        Communication determination = procedure.allowExParte(caller, form.getText(), clock.instant());
        announce(procedure, determination);
        return determination.id();
    }

    /** 15(a): the Neutral suggests that the Parties explore settlement, including mediation. */
    @RolesAllowed("NEUTRAL")
    @Audited("settlement suggested")
    public UUID suggestSettlement(@AuditSubject UUID id, @NotNull @Valid CommunicationForm form) {
        UserAccount caller = caller();
        Procedure procedure = procedures.visibleTo(id, caller);
        Communication suggestion = procedure.suggestSettlement(caller, form.getText(), clock.instant());
        announce(procedure, suggestion);
        return suggestion.id();
    }

    /** a member of the circle or the Center records a disclosure outside it, with its ground. */
    @PermitAll
    @Audited("external disclosure recorded")
    public void recordExternalDisclosure(@AuditSubject UUID id, @NotNull @Valid ExternalDisclosureForm form) {
        UserAccount caller = caller();
        procedures
                .visibleTo(id, caller)
                .recordExternalDisclosure(
                        caller, form.getGround(), form.getRecipient(), form.getWhat(), clock.instant());
    }

    /**
     * The procedure file: every filing, communication, appointment step, disclosure, suspension, the outcome
     * and the time limits still to come, oldest first, as the caller may see them.
     */
    @PermitAll
    @Audited(value = "read file", read = true)
    public List<FileEntry> file(@AuditSubject UUID id) {
        UserAccount caller = caller();
        Procedure procedure = procedures.visibleTo(id, caller);
        List<FileEntry> entries = new ArrayList<>();
        for (Filing f : procedure.circle().filingsVisibleTo(caller)) {
            entries.add(new FileEntry(
                    f.id(),
                    f.filedAt(),
                    GenevaTime.dateOf(f.filedAt()),
                    f.kind().name(),
                    f.filedBy().name(),
                    null,
                    f.isLate() ? "late" : f.isHeld() ? "held" : null,
                    f.documents().stream().map(ProcedureView.DocumentView::of).toList()));
        }
        procedure
                .commencedAt()
                .ifPresent(at -> entries.add(
                        new FileEntry(null, at, GenevaTime.dateOf(at), "COMMENCED", "CENTER", null, null, List.of())));
        for (NeutralAppointment a : procedure.appointments().visibleTo(caller)) {
            a.decidedAt()
                    .ifPresent(at -> entries.add(new FileEntry(
                            a.id(),
                            at,
                            GenevaTime.dateOf(at),
                            "APPOINTMENT_" + a.status(),
                            a.candidate().displayName(),
                            a.declaration().orElse(a.reason().orElse(null)),
                            null,
                            List.of())));
            a.endedAt()
                    .filter(x -> a.status() == NeutralAppointment.Status.REPLACED)
                    .ifPresent(at -> entries.add(new FileEntry(
                            a.id(),
                            at,
                            GenevaTime.dateOf(at),
                            "NEUTRAL_REPLACED",
                            "CENTER",
                            a.reason().orElse(null),
                            null,
                            List.of())));
        }
        procedure
                .appointments()
                .disclosures()
                .forEach(d -> entries.add(new FileEntry(
                        null,
                        d.disclosedAt(),
                        GenevaTime.dateOf(d.disclosedAt()),
                        "DISCLOSURE",
                        "NEUTRAL",
                        d.circumstances(),
                        null,
                        List.of())));
        procedure
                .circle()
                .externalDisclosures()
                .forEach(d -> entries.add(new FileEntry(
                        null,
                        d.recordedAt(),
                        GenevaTime.dateOf(d.recordedAt()),
                        "EXTERNAL_DISCLOSURE",
                        d.recordedBy(),
                        d.recipient() + ": " + d.what(),
                        d.ground().name(),
                        List.of())));
        for (Communication c : procedure.conduct().visibleTo(caller)) {
            String flag = c.isHeld()
                    ? "held"
                    : c.addressedTo().isPresent()
                            ? "exParte"
                            : c.knewOn()
                                    .map(k -> "knewOn " + k)
                                    .orElse(c.dueOn().map(d -> "due " + d).orElse(null));
            entries.add(new FileEntry(
                    c.id(),
                    c.sentAt(),
                    GenevaTime.dateOf(c.sentAt()),
                    c.kind().name(),
                    c.author().name(),
                    c.text(),
                    flag,
                    c.documents().stream().map(ProcedureView.DocumentView::of).toList()));
        }
        procedure
                .termination()
                .endedAt()
                .ifPresent(at -> entries.add(new FileEntry(
                        null,
                        at,
                        GenevaTime.dateOf(at),
                        procedure.state().name(),
                        "CENTER",
                        procedure.termination().ground().map(g -> g.code()).orElse(null),
                        null,
                        List.of())));
        LocalDate today = GenevaTime.dateOf(clock.instant());
        if (procedure.termination().endedAt().isEmpty()) {
            procedure
                    .timeLimits()
                    .deadlines(deadlines.engine(), today)
                    .forEach(d -> entries.add(new FileEntry(
                            null,
                            null,
                            d.deadline().due(),
                            "DEADLINE_" + d.kind().name(),
                            null,
                            d.kind().ruleId(),
                            d.deadline().due().isBefore(today) ? "passed" : "due",
                            List.of())));
        }
        entries.sort(Comparator.comparing(FileEntry::date).thenComparing(e -> e.at() == null ? Instant.MAX : e.at()));
        return entries;
    }

    private List<Upload> accept(List<AnnexForm> forms) {
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            AnnexForm annex = forms.get(i);
            uploads.add(documents.accept(annex.getKind(), annex.getFilename(), annex.getContent(), "/annexes/" + i));
        }
        return uploads;
    }

    /** whether the caller, if a Party, has paid its fees in full (the Neutral and the Center pay none). */
    private boolean paid(Procedure procedure, UserAccount caller) {
        return procedure
                .circle()
                .participationOf(caller)
                .map(Participant::role)
                .filter(r -> r == ParticipantRole.REQUESTING_PARTY || r == ParticipantRole.RESPONDING_PARTY)
                .map(r -> feePayments.paidInFull(procedure, r))
                .orElse(true);
    }

    /**
     * R-C1: each member of the circle who may see it, except its author, gets a reference and a link; R-PLAT.2: each
     * Party organisation that may see it is told by webhook.
     */
    private void announce(Procedure procedure, Communication sent) {
        if (sent.isHeld()) {
            return;
        }
        webhooks.messageSent(procedure, sent);
        List<UserAccount> circle = procedure.circle().accounts();
        for (UserAccount member : circle) {
            boolean author = member.email().equals(sent.authorEmail());
            if (!author && procedure.conduct().visibleTo(member).contains(sent)) {
                mailOutbox.enqueue(
                        member, "mail.filingReceived", procedure.reference().value(), Links.procedure(procedure.id()));
            }
        }
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
