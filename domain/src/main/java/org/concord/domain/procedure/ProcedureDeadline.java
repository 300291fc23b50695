package org.concord.domain.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concord.domain.time.Deadline;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.Suspension;

/** One time limit of a Procedure, with the rule that sets it and its explanation. */
public record ProcedureDeadline(Kind kind, Deadline deadline) {

    /** The time limits the Rules set once a Procedure has commenced. */
    public enum Kind {
        /** the Responding Party may answer within 20 days of commencement. */
        ANSWER(20, "R-7"),
        /** the Center should appoint the Neutral within 10 days after the end of the Answer period (target). */
        APPOINTMENT_TARGET(10, "R-8.1"),
        /** the Resolution is due 30 days after the Neutral's appointment (the Center may extend it). */
        RESOLUTION(30, "R-14.2"),
        /** R-14.2 / E4: the Resolution never later than 90 days from commencement. */
        RESOLUTION_CAP(90, "R-14.2"),
        /**
         * R-PLAT.4: the Responding Party reports on implementing the Resolution, by default 14 days after it was
         * communicated (configurable: {@code concord.implementation.report-days}); not a time limit of the Rules, so
         * it runs after the end and is not among {@link #running}.
         */
        IMPLEMENTATION_REPORT(14, "R-PLAT.4");

        private final int days;
        private final String ruleId;

        Kind(int days, String ruleId) {
            this.days = days;
            this.ruleId = ruleId;
        }

        public int days() {
            return days;
        }

        public String ruleId() {
            return ruleId;
        }
    }

    /**
     * Issue 24: what became of a time limit once the Procedure ended, so that an ended Procedure shows final dates, not
     * countdowns. Met on the day it was done, done late on that day, missed (nothing done by the due date, which
     * {@code on} repeats), or not reached: the Procedure ended on {@code on}, before the due date and before it was done.
     */
    public record Ending(Outcome outcome, LocalDate on) implements java.io.Serializable {

        public enum Outcome {
            MET,
            LATE,
            MISSED,
            NOT_REACHED
        }

        /**
         * the whole due day counts. {@code doneOn}: the Geneva date on which what the time limit asks was done
         * (the Answer filed, the Neutral appointed, the Resolution signed), if it was; {@code endedOn}: the Geneva date
         * the Procedure ended.
         */
        public static Ending of(LocalDate due, Optional<LocalDate> doneOn, LocalDate endedOn) {
            if (doneOn.isPresent()) {
                return new Ending(doneOn.get().isAfter(due) ? Outcome.LATE : Outcome.MET, doneOn.get());
            }
            return endedOn.isAfter(due) ? new Ending(Outcome.MISSED, due) : new Ending(Outcome.NOT_REACHED, endedOn);
        }
    }

    /**
     * The time limits running since commencement and appointment, at both Parties'
     * domiciles {@code a} and {@code b}, the suspended days not counting. runs 10 days after the
     * Answer or the end of the Answer period, whichever comes first.
     *
     * @param appointedAt {@code null} before the first appointment
     * @param answeredOn the Geneva date of the Answer, if any
     */
    static List<ProcedureDeadline> running(
            DeadlineEngine engine,
            Instant commencedAt,
            Instant appointedAt,
            int resolutionDays,
            Domicile a,
            Domicile b,
            Optional<LocalDate> answeredOn,
            List<Suspension> suspended) {
        Deadline answer = engine.compute(commencedAt, Kind.ANSWER.days(), a, b, suspended);
        LocalDate answeredOrDue =
                answeredOn.filter(d -> d.isBefore(answer.due())).orElse(answer.due());
        Deadline appointment = engine.computeFrom(answeredOrDue, Kind.APPOINTMENT_TARGET.days(), a, b, suspended);
        Deadline cap = engine.compute(commencedAt, Kind.RESOLUTION_CAP.days(), a, b, suspended);
        List<ProcedureDeadline> running = new ArrayList<>(4);
        running.add(new ProcedureDeadline(Kind.ANSWER, answer));
        running.add(new ProcedureDeadline(Kind.APPOINTMENT_TARGET, appointment));
        if (appointedAt != null) {
            running.add(new ProcedureDeadline(
                    Kind.RESOLUTION, engine.compute(appointedAt, resolutionDays, a, b, suspended)));
        }
        running.add(new ProcedureDeadline(Kind.RESOLUTION_CAP, cap));
        return List.copyOf(running);
    }
}
