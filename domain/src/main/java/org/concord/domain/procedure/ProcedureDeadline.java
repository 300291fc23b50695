package org.concord.domain.procedure;

import org.concord.domain.time.Deadline;

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
        RESOLUTION_CAP(90, "R-14.2");

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
}
