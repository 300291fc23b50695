package org.concord.domain.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One calendar month (Geneva dates) of the staff's internal caseload figures (R-STAT.3): Requests received, Procedures
 * ended, those open at the month's end, and the time limits met or missed in the month. Unsuppressed
 * and never published (R-STAT.1 publishes only through the gate). Written by {@link CaseloadTally}, replaced as a
 * whole on each refresh.
 */
@Entity
@Table(name = "caseload_month")
@NamedQuery(name = "CaseloadMonth.since", query = """
        select m from CaseloadMonth m where m.monthStart >= :from order by m.monthStart""")
@NamedQuery(name = "CaseloadMonth.deleteAll", query = "delete from CaseloadMonth m")
public class CaseloadMonth {

    @Id
    @Column(name = "month_start")
    private LocalDate monthStart;

    @Column(nullable = false)
    private int received;

    @Column(nullable = false)
    private int ended;

    @Column(name = "open_at_end", nullable = false)
    private int openAtEnd;

    @Column(name = "appointments_met", nullable = false)
    private int appointmentsMet;

    @Column(name = "appointments_missed", nullable = false)
    private int appointmentsMissed;

    @Column(name = "resolutions_met", nullable = false)
    private int resolutionsMet;

    @Column(name = "resolutions_missed", nullable = false)
    private int resolutionsMissed;

    protected CaseloadMonth() {}

    CaseloadMonth(
            YearMonth month,
            int received,
            int ended,
            int openAtEnd,
            int appointmentsMet,
            int appointmentsMissed,
            int resolutionsMet,
            int resolutionsMissed) {
        this.monthStart = month.atDay(1);
        this.received = received;
        this.ended = ended;
        this.openAtEnd = openAtEnd;
        this.appointmentsMet = appointmentsMet;
        this.appointmentsMissed = appointmentsMissed;
        this.resolutionsMet = resolutionsMet;
        this.resolutionsMissed = resolutionsMissed;
    }

    public YearMonth month() {
        return YearMonth.from(monthStart);
    }

    public int received() {
        return received;
    }

    public int ended() {
        return ended;
    }

    public int openAtEnd() {
        return openAtEnd;
    }

    public int appointmentsMet() {
        return appointmentsMet;
    }

    public int appointmentsMissed() {
        return appointmentsMissed;
    }

    public int resolutionsMet() {
        return resolutionsMet;
    }

    public int resolutionsMissed() {
        return resolutionsMissed;
    }
}
