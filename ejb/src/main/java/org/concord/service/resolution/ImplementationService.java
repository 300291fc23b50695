package org.concord.service.resolution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.concord.domain.procedure.ImplementationOutcome;
import org.concord.domain.procedure.ImplementationReport;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.time.GenevaTime;
import org.concord.service.reminder.ImplementationPeriod;

/**
 * R-PLAT.4: the staff list of implementation reports that need attention: overdue ones (the Resolution communicated
 * more than the configured days ago, no report) and those reporting the Resolution partly or not implemented. The
 * report itself is made through {@code ProcedureService#reportImplementation}, beside the other filings of a Party.
 */
@Stateless
public class ImplementationService {

    /** At most this many rows: the list is a work queue, oldest communication first. */
    static final int MAX_ROWS = 500;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private ImplementationPeriod period;

    @Inject
    private Clock clock;

    /** R-PLAT.4: overdue and refused (partly or not implemented) reports, the longest communicated first. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public List<ImplementationAttention> needingAttention() {
        LocalDate today = GenevaTime.dateOf(clock.instant());
        // Overdue: the Geneva date of communication is before today minus the period.
        var cutoff =
                today.minusDays(period.days()).atStartOfDay(GenevaTime.ZONE).toInstant();
        List<Procedure> found = em.createQuery(
                        "select p from Procedure p join p.resolution r where r.communicatedAt is not null"
                                + " and ((p.implementation.outcome is null and r.communicatedAt < :cutoff)"
                                + " or p.implementation.outcome in :refused) order by r.communicatedAt, p.id",
                        Procedure.class)
                .setParameter("cutoff", cutoff)
                .setParameter("refused", List.of(ImplementationOutcome.PARTLY, ImplementationOutcome.NOT_IMPLEMENTED))
                .setMaxResults(MAX_ROWS)
                .getResultList();
        return found.stream().map(p -> row(p, today)).toList();
    }

    private ImplementationAttention row(Procedure p, LocalDate today) {
        LocalDate due = p.implementation().due(period.days()).orElseThrow();
        var report = p.implementationReport();
        return new ImplementationAttention(
                p.id(),
                p.reference().value(),
                p.request().platformName(),
                p.implementation().communicatedOn().orElseThrow(),
                due,
                report.isPresent() ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, today)),
                report.map(ImplementationReport::outcome).orElse(null),
                report.map(ImplementationReport::date).orElse(null),
                report.flatMap(ImplementationReport::reason).orElse(null));
    }
}
