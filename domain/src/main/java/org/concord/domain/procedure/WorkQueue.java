package org.concord.domain.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.GenevaTime;

/**
 * Issue 24: what is on a person's work queue, the first page after sign-in, and by when. The rules deciding whether
 * one item is due for its reader live here; the service only reads the candidates (by index, a bounded number) and
 * asks these rules about each, and the pages and the API only show what they decided.
 *
 * <p>For the Center: Requests received and not yet commenced, bank credits waiting for review, Neutrals
 * to appoint whose target is {@linkplain #isDueOrLate due or passed}, Resolutions due or late,
 * translation orders due and implementation reports overdue (R-PLAT.4). For a Neutral: invitations waiting
 * for an answer and its Resolutions to deliver. For a Party, a platform's member or a representative:
 * fees to pay, Answers due and implementation reports due (R-PLAT.4), the "must do" kinds of its
 * {@link NextAction} (R-PLAT.1).
 *
 * <p>A date is "due" on the queue from {@value #SOON_DAYS} days before it, and "late" the day after it (the end of the
 * due day counts, R-3.5).
 */
public final class WorkQueue {

    /** An item with a due date joins the queue this many days before it. */
    public static final int SOON_DAYS = 7;

    private WorkQueue() {}

    /** What an item asks its reader to do. */
    public enum Kind {
        /** staff check a Request received and not yet commenced. */
        CHECK_REQUEST,
        /** staff review a bank credit that did not match a fee exactly. */
        REVIEW_PAYMENT,
        /** staff appoint the Neutral; the target date is near or passed. */
        APPOINT_NEUTRAL,
        /** the Resolution is due soon or late (staff watch it). */
        RESOLUTION_DUE,
        /** a translation the Neutral ordered is due soon or late and has not come. */
        TRANSLATION_DUE,
        /** R-PLAT.4: the platform's implementation report is overdue. */
        IMPLEMENTATION_OVERDUE,
        /** the Neutral answers an invitation before it lapses. */
        ANSWER_INVITATION,
        /** the Neutral delivers the Resolution. */
        DELIVER_RESOLUTION,
        /** the reader's filing is held until its fees are paid. */
        PAY_FEES,
        /** the Responding Party may answer until the due date. */
        FILE_ANSWER,
        /** R-PLAT.4: the Responding Party reports whether it implemented the Resolution. */
        REPORT_IMPLEMENTATION
    }

    /** Whether a due date puts an item on the queue on {@code today}: it is at most {@value #SOON_DAYS} days away. */
    public static boolean isDueOrLate(LocalDate due, LocalDate today) {
        return !due.isAfter(today.plusDays(SOON_DAYS));
    }

    /** Late: the due day has ended (R-3.5: the whole due day counts). */
    public static boolean isLate(LocalDate due, LocalDate today) {
        return today.isAfter(due);
    }

    /** received and not yet commenced, whether or not its filing fee is paid. */
    public static boolean awaitsCheck(Procedure p) {
        return p.state() == ProcedureState.REQUEST_FILED;
    }

    /**
     * the target date for appointing the Neutral, while the Procedure waits for one and the target is due or
     * passed on {@code today}; empty otherwise (also while a Party's domicile is unknown: no time limit runs).
     */
    public static Optional<LocalDate> appointmentDue(Procedure p, DeadlineEngine engine, LocalDate today) {
        return appointmentTarget(p, engine).filter(d -> isDueOrLate(d, today));
    }

    /**
     * the target date for appointing the Neutral while the Procedure waits for one, due or not (the Procedure's
     * overview says it, {@link NextStep}); empty otherwise or while a Party's domicile is unknown.
     */
    public static Optional<LocalDate> appointmentTarget(Procedure p, DeadlineEngine engine) {
        if (p.state() != ProcedureState.COMMENCED) {
            return Optional.empty();
        }
        return dueOf(p, engine, ProcedureDeadline.Kind.APPOINTMENT_TARGET);
    }

    /**
     * The instant before which a Procedure must have commenced for its target to be due on {@code today}: the
     * target is never earlier than {@value #APPOINTMENT_DAYS} days after the Geneva date of commencement (the Answer
     * comes on or after it, and a deadline only moves later, R-3.4, R-10). Lets a query narrow its candidates.
     */
    public static Instant appointmentCandidatesCommencedBefore(LocalDate today) {
        return dayAfter(today.plusDays(SOON_DAYS - APPOINTMENT_DAYS));
    }

    private static final int APPOINTMENT_DAYS = 10;

    /**
     * the Resolution's due date (never after the 90-day cap), while the Neutral works on it and the date is due
     * or passed on {@code today}; empty otherwise.
     */
    public static Optional<LocalDate> resolutionDue(Procedure p, DeadlineEngine engine, LocalDate today) {
        return resolutionDate(p, engine).filter(d -> isDueOrLate(d, today));
    }

    /**
     * the Resolution's due date (never after the 90-day cap) while the Neutral works on it, due or not (the
     * Procedure's overview says it, {@link NextStep}); empty otherwise.
     */
    public static Optional<LocalDate> resolutionDate(Procedure p, DeadlineEngine engine) {
        if (p.state() != ProcedureState.NEUTRAL_APPOINTED) {
            return Optional.empty();
        }
        Optional<LocalDate> resolution = dueOf(p, engine, ProcedureDeadline.Kind.RESOLUTION);
        Optional<LocalDate> cap = dueOf(p, engine, ProcedureDeadline.Kind.RESOLUTION_CAP);
        return resolution.isPresent() && cap.isPresent()
                ? Optional.of(resolution.get().isBefore(cap.get()) ? resolution.get() : cap.get())
                : resolution.or(() -> cap);
    }

    /**
     * The instants before which a Procedure must have been appointed its Neutral, or have commenced, for its
     * Resolution to be due on {@code today}: the Resolution is due at the earliest 30 days after appointment or 90
     * after commencement (the Center only extends, R-14.2). {@code [appointedBefore, commencedBefore]}.
     */
    public static Instant[] resolutionCandidatesBefore(LocalDate today) {
        return new Instant[] {
            dayAfter(today.plusDays(SOON_DAYS - ProcedureDeadline.Kind.RESOLUTION.days())),
            dayAfter(today.plusDays(SOON_DAYS - ProcedureDeadline.Kind.RESOLUTION_CAP.days()))
        };
    }

    /**
     * a translation order of {@code procedure} is on the queue while its translation has not come ({@code answered}: a
     * communication replies to it), the Procedure runs, and its due date is due or passed.
     */
    public static boolean isTranslationDue(
            Procedure procedure, Communication order, boolean answered, LocalDate today) {
        return order.kind() == Communication.Kind.TRANSLATION_ORDER
                && !answered
                && !procedure.hasEnded()
                && order.dueOn().map(d -> isDueOrLate(d, today)).orElse(false);
    }

    /** The last due date of a translation order on the queue on {@code today}. */
    public static LocalDate translationHorizon(LocalDate today) {
        return today.plusDays(SOON_DAYS);
    }

    /** R-PLAT.4: the implementation report is overdue (staff follow it up); its due date, if so. */
    public static Optional<LocalDate> implementationOverdue(Procedure p, int days, LocalDate today) {
        return p.implementation().isOverdue(days, today) ? p.implementation().due(days) : Optional.empty();
    }

    /** The instant before which the Resolution must have been communicated for its report to be overdue on today. */
    public static Instant implementationCandidatesCommunicatedBefore(int days, LocalDate today) {
        return today.minusDays(days).atStartOfDay(GenevaTime.ZONE).toInstant();
    }

    /**
     * R-PLAT.1: the item a participant's next action puts on its queue: only what the reader itself must do (paying
     * its fees, answering, delivering the Resolution, reporting on its implementation); nothing while it waits for
     * someone else.
     */
    public static Optional<Kind> forReader(NextAction next) {
        return switch (next.kind()) {
            case PAY_FEES -> Optional.of(Kind.PAY_FEES);
            case FILE_ANSWER -> Optional.of(Kind.FILE_ANSWER);
            case DELIVER_RESOLUTION -> Optional.of(Kind.DELIVER_RESOLUTION);
            case REPORT_IMPLEMENTATION -> Optional.of(Kind.REPORT_IMPLEMENTATION);
            default -> Optional.empty();
        };
    }

    private static Optional<LocalDate> dueOf(Procedure p, DeadlineEngine engine, ProcedureDeadline.Kind kind) {
        return p.timeLimits().deadlines(engine).stream()
                .filter(d -> d.kind() == kind)
                .map(d -> d.deadline().due())
                .findFirst();
    }

    private static Instant dayAfter(LocalDate date) {
        return date.plusDays(1).atStartOfDay(GenevaTime.ZONE).toInstant();
    }
}
