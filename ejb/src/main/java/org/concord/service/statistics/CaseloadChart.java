package org.concord.service.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.concord.domain.statistics.CaseloadMonth;

/**
 * R-STAT.3: the staff's caseload figures per month, the current month last, and when they were computed
 * ({@code null}: not yet).
 */
public record CaseloadChart(List<Month> months, Instant refreshedAt) {

    /** One month: received, ended, open at its end; appointments and Resolutions in time or late. */
    public record Month(
            YearMonth month,
            int received,
            int ended,
            int openAtEnd,
            int appointmentsMet,
            int appointmentsMissed,
            int resolutionsMet,
            int resolutionsMissed) {

        static Month of(CaseloadMonth m) {
            return new Month(
                    m.month(),
                    m.received(),
                    m.ended(),
                    m.openAtEnd(),
                    m.appointmentsMet(),
                    m.appointmentsMissed(),
                    m.resolutionsMet(),
                    m.resolutionsMissed());
        }
    }
}
