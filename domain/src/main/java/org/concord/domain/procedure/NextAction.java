package org.concord.domain.procedure;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * R-PLAT.1: what must happen next in a Procedure, seen from one participant's side, and by when (a Geneva date, the
 * end of the day counting, R-3.5). Derived only from what the Procedure already knows: its state (R-6 … R-15), the
 * time limits running (R-7, R-8.1, R-14.2, {@link TimeLimits}) and whether a Party's filing is held for its fees
 * . "Must do" kinds ask the participant to act ({@link Kind#isForTheReader()}); "await" kinds say whose turn
 * it is instead.
 *
 * <p>Extension point: a later rule adds its kind and one case to {@link #of(Situation)} (as R-PLAT.4's implementation
 * report did in the {@code RESOLVED} case, for the Responding Party), and, if it needs more facts, a component to
 * {@link Situation}; the lists, the API and the pages show any kind by its name.
 */
public record NextAction(Kind kind, Optional<LocalDate> due) {

    public enum Kind {
        /** the reader's own filing (the Request, or the Answer) is held until its fees are paid. */
        PAY_FEES(true),
        /** the Center checks the Request and notifies the Responding Party. */
        AWAIT_COMMENCEMENT(false),
        /** the Responding Party may answer until the due date. */
        FILE_ANSWER(true),
        /** the other side, while the Responding Party's Answer period runs. */
        AWAIT_ANSWER(false),
        /** the Center appoints the Neutral (a target date). */
        AWAIT_NEUTRAL(false),
        /** the Neutral delivers the Resolution by the due date. */
        DELIVER_RESOLUTION(true),
        /** the Parties, while the Neutral works on the Resolution. */
        AWAIT_RESOLUTION(false),
        /** R-PLAT.4: the Responding Party reports whether it implemented the communicated Resolution, by the due date. */
        REPORT_IMPLEMENTATION(true),
        /** The Procedure has ended, or the reader has no part to play now. */
        NONE(false);

        private final boolean forTheReader;

        Kind(boolean forTheReader) {
            this.forTheReader = forTheReader;
        }

        /** Whether the reader itself must act (rather than wait for someone else). */
        public boolean isForTheReader() {
            return forTheReader;
        }
    }

    public static final NextAction NONE = new NextAction(Kind.NONE, Optional.empty());

    public NextAction {
        due = due == null ? Optional.empty() : due;
    }

    /**
     * What one participant knows of a Procedure, as the next action needs it.
     *
     * @param side the reader's role in the Procedure, {@code null} when it has none (staff, an outsider)
     * @param answerStatus: {@link AnswerStatus#AWAITED} while the Answer period runs and no Answer came
     * @param due the due date of each time limit running (empty before commencement or while a domicile is unknown)
     * @param implementationDue R-PLAT.4: the due date of the implementation report while it is awaited (a Resolution
     *     communicated, no report made)
     */
    public record Situation(
            ProcedureState state,
            ParticipantRole side,
            boolean requestHeld,
            boolean answerHeld,
            AnswerStatus answerStatus,
            Map<ProcedureDeadline.Kind, LocalDate> due,
            Optional<LocalDate> implementationDue) {

        public Situation {
            due = Map.copyOf(due);
        }

        Optional<LocalDate> dueOf(ProcedureDeadline.Kind kind) {
            return Optional.ofNullable(due.get(kind));
        }

        /** the Resolution's due date, never later than the 90-day cap. */
        Optional<LocalDate> resolutionDue() {
            Optional<LocalDate> resolution = dueOf(ProcedureDeadline.Kind.RESOLUTION);
            Optional<LocalDate> cap = dueOf(ProcedureDeadline.Kind.RESOLUTION_CAP);
            if (resolution.isPresent() && cap.isPresent()) {
                return Optional.of(resolution.get().isBefore(cap.get()) ? resolution.get() : cap.get());
            }
            return resolution.or(() -> cap);
        }
    }

    /** The next action for the reader of {@code situation}; {@link #NONE} for someone without a part. */
    public static NextAction of(Situation s) {
        if (s.side() == null) {
            return NONE;
        }
        boolean requesting = s.side() == ParticipantRole.REQUESTING_PARTY;
        boolean responding = s.side() == ParticipantRole.RESPONDING_PARTY;
        boolean answerAwaited = s.answerStatus() == AnswerStatus.AWAITED;
        return switch (s.state()) {
            case REQUEST_FILED ->
                requesting && s.requestHeld()
                        ? new NextAction(Kind.PAY_FEES, Optional.empty())
                        : new NextAction(Kind.AWAIT_COMMENCEMENT, Optional.empty());
            case COMMENCED -> {
                if (responding && s.answerHeld()) {
                    yield new NextAction(Kind.PAY_FEES, Optional.empty());
                }
                if (answerAwaited && s.side() != ParticipantRole.NEUTRAL) {
                    yield new NextAction(
                            responding ? Kind.FILE_ANSWER : Kind.AWAIT_ANSWER, s.dueOf(ProcedureDeadline.Kind.ANSWER));
                }
                yield s.side() == ParticipantRole.NEUTRAL
                        ? NONE
                        : new NextAction(Kind.AWAIT_NEUTRAL, s.dueOf(ProcedureDeadline.Kind.APPOINTMENT_TARGET));
            }
            case NEUTRAL_APPOINTED -> {
                if (s.side() == ParticipantRole.NEUTRAL) {
                    yield new NextAction(Kind.DELIVER_RESOLUTION, s.resolutionDue());
                }
                if (responding && s.answerHeld()) {
                    yield new NextAction(Kind.PAY_FEES, Optional.empty());
                }
                // R-PLAT.3: a Neutral appointed early; the Responding Party may still answer.
                if (responding && answerAwaited) {
                    yield new NextAction(Kind.FILE_ANSWER, s.dueOf(ProcedureDeadline.Kind.ANSWER));
                }
                yield new NextAction(Kind.AWAIT_RESOLUTION, s.resolutionDue());
            }
            case RESOLVED ->
                responding && s.implementationDue().isPresent()
                        ? new NextAction(Kind.REPORT_IMPLEMENTATION, s.implementationDue())
                        : NONE;
            case TERMINATED -> NONE;
        };
    }
}
