package org.concord.domain.procedure;

import java.time.LocalDate;
import java.util.Optional;
import org.concord.domain.account.UserAccount;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.GenevaTime;

/**
 * Issue 24: the "next step" at the top of a Procedure's page, for one viewer, and its date. Decided by what already
 * decides the work queues: a participant's {@link NextAction} (R-PLAT.1, from its side), and for the Center the
 * predicates of {@link WorkQueue} and of the Procedure (R-6, R-8.1, R-14.2, R-14.3, R-PLAT.4) without their "due
 * within the week" filter: the page always says what comes next. Once the Procedure has ended and nobody has anything
 * left to do, the step says when it ended and on which ground.
 *
 * @param date the due date ({@link Kind#isEnd()}: the Geneva date it ended), empty when none runs
 * @param ground R-15: the ground of a termination, else empty
 * @param late: the due date passed before today and the step is still to be done (the page says it was due
 *     then, not "by" a day gone); never for an end, nor for {@link Kind#IMPLEMENTATION_OVERDUE}, late by its kind
 */
public record NextStep(Kind kind, Optional<LocalDate> date, Optional<TerminationGround> ground, boolean late) {

    /** What comes next, each worded for the viewer it is decided for. */
    public enum Kind {
        /** the Requesting Party pays the filing fee; the Request is held until then. */
        PAY_FILING_FEE,
        /** the Responding Party pays its fee; the Answer is held until then. */
        PAY_ANSWER_FEE,
        /** a Party waits while the Center checks the Request. */
        AWAIT_COMMENCEMENT,
        /** the Responding Party files the Answer by the due date. */
        FILE_ANSWER,
        /** the Requesting Party waits for the Answer. */
        AWAIT_ANSWER,
        /** a Party waits for the Center to appoint the Neutral (a target date). */
        AWAIT_NEUTRAL,
        /** the Neutral drafts, signs and delivers the Resolution by the due date. */
        DELIVER_RESOLUTION,
        /** a Party, or the Center, waits for the Resolution. */
        AWAIT_RESOLUTION,
        /** R-PLAT.4: the Responding Party reports whether it implemented the Resolution. */
        REPORT_IMPLEMENTATION,
        /** staff check the Request and commence the Procedure (its filing fee is paid). */
        CHECK_REQUEST,
        /** staff wait for the filing fee before they may commence. */
        AWAIT_FILING_FEE,
        /** staff appoint the Neutral by the target date. */
        APPOINT_NEUTRAL,
        /** staff wait for the invited candidate's answer, until the invitation lapses. */
        AWAIT_ACCEPTANCE,
        /** R-14.3 (14(c)): staff communicate the signed Resolution to the Parties. */
        COMMUNICATE_RESOLUTION,
        /** R-PLAT.4: staff follow up the implementation report, overdue since its due date. */
        IMPLEMENTATION_OVERDUE,
        /** ended with the Resolution communicated. */
        RESOLVED,
        /** terminated on a ground. */
        TERMINATED,
        /** The viewer has no part to play now. */
        NONE;

        /** Whether the step says when the Procedure ended (its date is the end's, not a due date). */
        public boolean isEnd() {
            return this == RESOLVED || this == TERMINATED;
        }
    }

    public NextStep {
        date = date == null ? Optional.empty() : date;
        ground = ground == null ? Optional.empty() : ground;
    }

    private static NextStep of(Kind kind, Optional<LocalDate> date) {
        return new NextStep(kind, date, Optional.empty(), false);
    }

    /** The same step, {@link #late()} when its due date is before {@code today} (Geneva). */
    private NextStep on(LocalDate today) {
        boolean passed = !kind.isEnd()
                && kind != Kind.IMPLEMENTATION_OVERDUE
                && date.filter(today::isAfter).isPresent();
        return new NextStep(kind, date, ground, passed);
    }

    /**
     * The next step in {@code p} for {@code viewer} on {@code today} (Geneva): the Center's when it acts for the
     * Center, else its side's; once ended and nothing is left for the viewer, the end.
     */
    public static NextStep of(
            Procedure p, UserAccount viewer, DeadlineEngine engine, LocalDate today, int implementationDays) {
        return forViewer(p, viewer, engine, today, implementationDays).on(today);
    }

    private static NextStep forViewer(
            Procedure p, UserAccount viewer, DeadlineEngine engine, LocalDate today, int implementationDays) {
        if (viewer.actsForCenter()) {
            return forCenter(p, viewer, engine, today, implementationDays);
        }
        NextAction next = p.nextActionFor(viewer, engine, today, implementationDays);
        ParticipantRole side =
                p.circle().participationOf(viewer).map(Participant::role).orElse(null);
        return switch (next.kind()) {
            case PAY_FEES ->
                of(side == ParticipantRole.REQUESTING_PARTY ? Kind.PAY_FILING_FEE : Kind.PAY_ANSWER_FEE, next.due());
            case AWAIT_COMMENCEMENT -> of(Kind.AWAIT_COMMENCEMENT, next.due());
            case FILE_ANSWER -> of(Kind.FILE_ANSWER, next.due());
            case AWAIT_ANSWER -> of(Kind.AWAIT_ANSWER, next.due());
            case AWAIT_NEUTRAL -> of(Kind.AWAIT_NEUTRAL, next.due());
            case DELIVER_RESOLUTION -> of(Kind.DELIVER_RESOLUTION, next.due());
            case AWAIT_RESOLUTION -> of(Kind.AWAIT_RESOLUTION, next.due());
            case REPORT_IMPLEMENTATION -> of(Kind.REPORT_IMPLEMENTATION, next.due());
            case NONE -> p.hasEnded() ? end(p) : of(Kind.NONE, Optional.empty());
        };
    }

    /** The Center: what its work queue would hold for {@code p}, whether or not it is due this week. */
    private static NextStep forCenter(
            Procedure p, UserAccount viewer, DeadlineEngine engine, LocalDate today, int implementationDays) {
        return switch (p.state()) {
            case REQUEST_FILED ->
                WorkQueue.awaitsCheck(p) && p.mayCommence(viewer)
                        ? of(Kind.CHECK_REQUEST, Optional.empty())
                        : of(Kind.AWAIT_FILING_FEE, Optional.empty());
            case COMMENCED ->
                p.appointments()
                        .pending()
                        .map(a -> of(Kind.AWAIT_ACCEPTANCE, Optional.of(GenevaTime.dateOf(a.expiresAt()))))
                        .orElseGet(() -> of(Kind.APPOINT_NEUTRAL, WorkQueue.appointmentTarget(p, engine)));
            case NEUTRAL_APPOINTED ->
                p.mayCommunicateResolution(viewer)
                        ? of(Kind.COMMUNICATE_RESOLUTION, Optional.empty())
                        : of(Kind.AWAIT_RESOLUTION, WorkQueue.resolutionDate(p, engine));
            case RESOLVED ->
                WorkQueue.implementationOverdue(p, implementationDays, today)
                        .map(due -> of(Kind.IMPLEMENTATION_OVERDUE, Optional.of(due)))
                        .orElseGet(() -> end(p));
            case TERMINATED -> end(p);
        };
    }

    /** when it ended and, if terminated, on which ground. */
    private static NextStep end(Procedure p) {
        return new NextStep(
                p.state() == ProcedureState.RESOLVED ? Kind.RESOLVED : Kind.TERMINATED,
                p.termination().endedDate(),
                p.termination().ground(),
                false);
    }
}
