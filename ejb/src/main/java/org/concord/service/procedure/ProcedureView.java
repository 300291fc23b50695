package org.concord.service.procedure;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.Document;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.procedure.AnswerStatus;
import org.concord.domain.procedure.Filing;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.NeutralAppointment;
import org.concord.domain.procedure.NextStep;
import org.concord.domain.procedure.Participant;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.ProcedureDeadline;
import org.concord.domain.procedure.ProcedurePermissions;
import org.concord.domain.procedure.ProcedureState;
import org.concord.domain.procedure.RequestContent;
import org.concord.domain.procedure.RequesterCapacity;
import org.concord.domain.procedure.Resolution;
import org.concord.domain.procedure.ResolutionOutcome;
import org.concord.domain.procedure.Restriction;
import org.concord.domain.procedure.TerminationGround;
import org.concord.domain.time.Deadline;
import org.concord.domain.time.DeadlineEngine;

/**
 * A Procedure as the members of its circle see it, with what this viewer may do now ({@code may}, asked of
 * the domain's {@code may…} predicates; pages read its flags, never state or role). Built inside the transaction.
 *
 * @param terminationGrounds the same as {@code may.terminationGrounds()}, kept for the readers of old
 */
public record ProcedureView(
        UUID id,
        String reference,
        Matter matter,
        String platformName,
        String description,
        ProcedureState state,
        Instant receivedAt,
        LocalDate receivedDate,
        Instant commencedAt,
        List<ParticipantView> participants,
        List<DeadlineView> deadlines,
        List<FilingView> filings,
        TerminationGround terminationGround,
        Instant endedAt,
        RequestView request,
        LanguageView language,
        AnswerStatus answerStatus,
        AnswerView answer,
        String complianceCheckedBy,
        ParticipantRole viewerRole,
        List<AppointmentView> appointments,
        List<DisclosureView> disclosures,
        boolean suspended,
        List<SuspensionView> suspensions,
        ResolutionView resolution,
        int resolutionDays,
        String resolutionExtensionReason,
        String terminationNote,
        String terminatedBy,
        boolean exParteAllowed,
        List<TerminationGround> terminationGrounds,
        ProcedurePermissions may,
        List<RepresentativeView> representatives,
        boolean mayAuthoriseRepresentatives,
        boolean resolutionWaitsForAnswer,
        ImplementationView implementation,
        NextStepView nextStep)
        implements Serializable {

    /**
     * Issue 24: the overview's next step for this viewer ({@link NextStep}): what, by when (or, once ended, on which
     * date: {@code end}) and, for a termination, on which ground.
     */
    public record NextStepView(NextStep.Kind kind, LocalDate date, TerminationGround ground, boolean end, boolean late)
            implements Serializable {

        static NextStepView of(NextStep step) {
            return new NextStepView(
                    step.kind(),
                    step.date().orElse(null),
                    step.ground().orElse(null),
                    step.kind().isEnd(),
                    step.late());
        }
    }

    /**
     * R-PLAT.4: the platform's report on implementing the communicated Resolution, as the circle and staff see it:
     * when it is due and whether it is overdue, and once made its outcome, date and reason, when it was made and, for
     * staff only, by whom. Present once the Resolution is communicated.
     */
    public record ImplementationView(
            LocalDate due,
            boolean overdue,
            org.concord.domain.procedure.ImplementationOutcome outcome,
            LocalDate date,
            String reason,
            Instant reportedAt,
            String reportedBy)
            implements Serializable {

        static ImplementationView of(Procedure p, int days, LocalDate today, boolean staff) {
            return p.implementation()
                    .due(days)
                    .map(due -> {
                        var report = p.implementationReport();
                        return new ImplementationView(
                                due,
                                p.implementation().isOverdue(days, today),
                                report.map(r -> r.outcome()).orElse(null),
                                report.map(r -> r.date()).orElse(null),
                                report.flatMap(r -> r.reason()).orElse(null),
                                report.map(r -> r.reportedAt()).orElse(null),
                                staff ? report.map(r -> r.reportedBy()).orElse(null) : null);
                    })
                    .orElse(null);
        }
    }

    /**
     * R-ACC.3: an authorisation in force, as staff and both sides see it: who for whom, since when, for this Procedure
     * only or for all of the Party's, on what basis; the power of attorney itself ({@code document}: download it at
     * {@code /document?representation=<id>}) only for staff and the Party it is for.
     */
    public record RepresentativeView(
            UUID id,
            ParticipantRole partyRole,
            String party,
            String representative,
            String representativeEmail,
            java.time.Instant since,
            boolean allProcedures,
            String basis,
            boolean document)
            implements Serializable {

        static RepresentativeView of(
                org.concord.domain.account.Representation r, ParticipantRole role, UserAccount viewer) {
            return new RepresentativeView(
                    r.id(),
                    role,
                    r.partyName().orElse(null),
                    r.representative().map(UserAccount::displayName).orElse(r.representativeEmail()),
                    r.representativeEmail(),
                    r.authorisedAt().orElse(null),
                    r.procedureId().isEmpty(),
                    r.basis().name(),
                    r.mayReadDocument(viewer));
        }
    }

    /**
     * the Resolution as the viewer may see it: the Neutral and the Center see the draft and the signature; the
     * Parties see it once the Center communicated it (14(c)).
     */
    public record ResolutionView(
            String description,
            String recommendation,
            String reasons,
            ResolutionOutcome outcome,
            Instant draftedAt,
            String signedByName,
            String signedBy,
            Instant signedAt,
            String sha256,
            UUID documentId,
            Instant communicatedAt)
            implements Serializable {

        static ResolutionView of(Resolution r) {
            return new ResolutionView(
                    r.description().orElse(null),
                    r.recommendation().orElse(null),
                    r.reasons().orElse(null),
                    r.outcome().orElse(null),
                    r.draftedAt(),
                    r.signedByName().orElse(null),
                    r.signedBy().orElse(null),
                    r.signedAt().orElse(null),
                    r.sha256().orElse(null),
                    r.documentId().orElse(null),
                    r.communicatedAt().orElse(null));
        }
    }

    /**
     * a candidate's invitation and its outcome. The Parties see accepted and replaced Neutrals with
     * their declarations (9(b) is made "to the Parties and the Center"); staff also see pending and declined ones.
     */
    public record AppointmentView(
            String neutral,
            String neutralEmail,
            NeutralAppointment.Status status,
            Instant invitedAt,
            Instant expiresAt,
            boolean automatic,
            String declaration,
            boolean declaredInTheRulesWords,
            Instant decidedAt,
            String reason,
            List<ConflictView> conflicts,
            boolean blocked,
            String overrideBy,
            String overrideReason,
            String earlyReason)
            implements Serializable {

        static AppointmentView of(NeutralAppointment a) {
            return new AppointmentView(
                    a.candidate().displayName(),
                    a.candidate().email(),
                    a.status(),
                    a.invitedAt(),
                    a.expiresAt(),
                    a.isAutomatic(),
                    a.declaration().orElse(null),
                    a.declaredInTheRulesWords(),
                    a.decidedAt().orElse(null),
                    a.reason().orElse(null),
                    a.conflicts().stream().map(ConflictView::of).toList(),
                    a.isBlocked(),
                    a.overrideBy().orElse(null),
                    a.overrideReason().orElse(null),
                    a.earlyReason().orElse(null));
        }
    }

    /** 9(c): what the Neutral disclosed, and when. */
    public record DisclosureView(String neutral, String circumstances, Instant disclosedAt) implements Serializable {}

    /** from and to (empty while open) and why. */
    public record SuspensionView(LocalDate from, LocalDate to, String reason) implements Serializable {}

    /** the language, who determined it (empty: Concord's proposal) and why. */
    public record LanguageView(String code, String decidedBy, String reason) implements Serializable {}

    /** the Answer's items, when its filing is before the viewer, and whether it came late. */
    public record AnswerView(
            boolean throughRepresentative,
            String representative,
            String contactEmail,
            String domicile,
            String reply,
            String termsAndConditions,
            String otherProceedings,
            boolean late,
            Instant filedAt)
            implements Serializable {}

    /**
     * The items of Article 5(b) beside the description, the scope flag of R-SOR.3 and, for staff only,
     * the possible duplicate of R-SOR.4.
     */
    public record RequestView(
            RequesterCapacity capacity,
            String representative,
            String platformReference,
            String platformCorrespondenceEmail,
            Set<Restriction> restrictions,
            String remedy,
            String domicile,
            boolean submitsToJurisdiction,
            String otherProceedings,
            boolean noIchsDecision,
            UUID statementOfReasons,
            String scopeFlag,
            UUID possibleDuplicateOf)
            implements Serializable {

        static RequestView of(Procedure p, boolean staff) {
            RequestContent r = p.request();
            return new RequestView(
                    r.capacity().orElse(null),
                    r.representative().orElse(null),
                    r.platformReference().orElse(null),
                    r.platformCorrespondenceEmail().orElse(null),
                    p.restrictions(),
                    r.remedy().orElse(null),
                    r.requesterDomicile().orElse(null),
                    r.submitsToJurisdiction(),
                    r.otherProceedings().orElse(null),
                    r.noIchsDecision(),
                    r.statementId().orElse(null),
                    r.scopeFlag().orElse(null),
                    staff ? p.possibleDuplicateOf().orElse(null) : null);
        }
    }

    /**
     * A stored document (R-C2) as a link, its hash and its detected type; once retention erased its content (R-OPS.3),
     * the instant of that erasure, the page and the API saying so instead of offering it (the hash and size stay the
     * original's, as the audit trail names them).
     */
    public record DocumentView(
            UUID id,
            DocumentKind kind,
            String filename,
            String mediaType,
            long size,
            String sha256,
            Instant uploadedAt,
            Instant erasedAt)
            implements Serializable {

        public static DocumentView of(Document d) {
            return new DocumentView(
                    d.id(),
                    d.kind(),
                    d.filename(),
                    d.mediaType(),
                    d.size(),
                    d.sha256(),
                    d.uploadedAt(),
                    d.erasedAt().orElse(null));
        }
    }

    /**
     * A filing and whether it is held because its Party's fees are unpaid. A held filing is shown only to
     * the Party that filed it and to the Center.
     */
    public record FilingView(
            UUID id,
            Filing.Kind kind,
            ParticipantRole filedBy,
            Instant filedAt,
            boolean held,
            Instant releasedAt,
            boolean late,
            List<DocumentView> documents)
            implements Serializable {

        static FilingView of(Filing f) {
            return new FilingView(
                    f.id(),
                    f.kind(),
                    f.filedBy(),
                    f.filedAt(),
                    f.isHeld(),
                    f.releasedAt().orElse(null),
                    f.isLate(),
                    f.documents().stream().map(DocumentView::of).toList());
        }
    }

    public record ParticipantView(ParticipantRole role, String displayName) implements Serializable {}

    /**
     * A time limit: which, the rule, the due date, the days left from today (Geneva; negative once passed) and the full
     * explanation; once the Procedure ended, what became of it ({@code ending}, else {@code null}: the page
     * then shows that final date instead of a countdown, issue 24).
     */
    public record DeadlineView(
            ProcedureDeadline.Kind kind,
            String rule,
            LocalDate due,
            long daysLeft,
            Deadline explanation,
            ProcedureDeadline.Ending ending)
            implements Serializable {}

    static ProcedureView of(
            Procedure p, DeadlineEngine engine, LocalDate today, UserAccount viewer, int implementationDays) {
        ProcedurePermissions may = p.permissionsFor(viewer);
        List<Filing> visible = p.circle().filingsVisibleTo(viewer);
        AnswerView answer = p.circle()
                .answerFiling()
                .filter(visible::contains)
                .flatMap(f -> p.answer()
                        .map(a -> new AnswerView(
                                a.throughRepresentative(),
                                a.representative(),
                                a.contactEmail(),
                                a.domicile().toString(),
                                a.reply(),
                                a.termsAndConditions(),
                                a.otherProceedings(),
                                f.isLate(),
                                f.filedAt())))
                .orElse(null);
        return new ProcedureView(
                p.id(),
                p.reference().value(),
                p.request().matter(),
                p.request().platformName(),
                p.request().description(),
                p.state(),
                p.receivedAt(),
                p.receivedDate(),
                p.commencedAt().orElse(null),
                p.circle().participants().stream()
                        .map(pa -> new ParticipantView(pa.role(), pa.displayName()))
                        .toList(),
                p.timeLimits().deadlines(engine, today).stream()
                        .map(d -> new DeadlineView(
                                d.kind(),
                                d.kind().ruleId(),
                                d.deadline().due(),
                                ChronoUnit.DAYS.between(today, d.deadline().due()),
                                d.deadline(),
                                p.timeLimits().ending(d).orElse(null)))
                        .toList(),
                visible.stream().map(FilingView::of).toList(),
                p.termination().ground().orElse(null),
                p.termination().endedAt().orElse(null),
                RequestView.of(p, viewer.actsForCenter()),
                new LanguageView(
                        p.languageDecision().language().orElse(null),
                        p.languageDecision().decidedBy().orElse(null),
                        p.languageDecision().reason().orElse(null)),
                p.timeLimits().answerStatus(engine, today),
                answer,
                viewer.actsForCenter() ? p.complianceCheckedBy().orElse(null) : null,
                p.circle().participationOf(viewer).map(Participant::role).orElse(null),
                p.appointments().visibleTo(viewer).stream()
                        .map(AppointmentView::of)
                        .toList(),
                p.appointments().disclosures().stream()
                        .map(d -> new DisclosureView(d.neutral(), d.circumstances(), d.disclosedAt()))
                        .toList(),
                p.appointments().isSuspended(),
                p.appointments().suspensions().stream()
                        .map(x -> new SuspensionView(x.from(), x.to().orElse(null), x.reason()))
                        .toList(),
                p.resolution()
                        .filter(r -> viewer.actsForCenter()
                                || r.isCommunicated()
                                || p.circle()
                                                .participationOf(viewer)
                                                .map(Participant::role)
                                                .orElse(null)
                                        == ParticipantRole.NEUTRAL)
                        .map(ResolutionView::of)
                        .orElse(null),
                p.resolving().days(),
                p.resolving().extensionReason().orElse(null),
                p.termination().note().orElse(null),
                p.termination().terminatedBy().orElse(null),
                p.conduct().exParteAllowed(),
                may.terminationGrounds(),
                may,
                p.circle().representations().stream()
                        .map(r -> RepresentativeView.of(
                                r, p.circle().partyOf(r).map(Participant::role).orElse(null), viewer))
                        .toList(),
                p.mayAuthoriseRepresentatives(viewer),
                p.resolutionWaitsForAnswer(engine, today),
                ImplementationView.of(p, implementationDays, today, viewer.actsForCenter()),
                NextStepView.of(NextStep.of(p, viewer, engine, today, implementationDays)));
    }
}
