package org.concord.service.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.BiConsumer;
import org.concord.domain.statistics.CaseloadMonth;
import org.concord.domain.statistics.CaseloadRefresh;
import org.concord.domain.statistics.CaseloadTally;
import org.concord.domain.time.GenevaTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-STAT.3: the staff's internal picture of the caseload on the console's start page: received, ended and open
 * Procedures per month, and the time limits of met or missed. Grouping a million Procedures takes
 * longer than a start page may (docs/benchmarks.md), so the figures are recomputed in the background at an interval
 * ({@code concord.caseload.refresh.interval}) by whichever instance claims the refresh row, and the page reads the
 * few stored months. Never published: staff only, no suppression.
 */
@Stateless
public class CaseloadFigures {

    /** Hibernate's lock timeout value for SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "concord.caseload.refresh.interval", defaultValue = "300")
    private long intervalSeconds;

    @Inject
    @ConfigProperty(name = "concord.caseload.months", defaultValue = "24")
    private int months;

    /** The last {@code concord.caseload.months} months, the current one last, and when they were computed. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public CaseloadChart chart() {
        YearMonth current = YearMonth.from(GenevaTime.dateOf(clock.instant()));
        List<CaseloadChart.Month> rows = em
                .createNamedQuery("CaseloadMonth.since", CaseloadMonth.class)
                .setParameter(
                        "from", current.minusMonths(Math.max(1, months) - 1L).atDay(1))
                .getResultList()
                .stream()
                .map(CaseloadChart.Month::of)
                .toList();
        Instant refreshedAt = em.find(CaseloadRefresh.class, 1).refreshedAt().orElse(null);
        return new CaseloadChart(rows, refreshedAt);
    }

    /**
     * Recomputes every month's figures if they are older than the interval and no other instance is at it (the refresh
     * row is claimed with SKIP LOCKED); returns whether it did. In its own transaction: the periodic sweep calls it.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean refreshIfDue() {
        List<CaseloadRefresh> claimed = em.createNamedQuery("CaseloadRefresh.the", CaseloadRefresh.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
        Instant started = clock.instant();
        // Half the interval: an instance whose timer fires just after another's refresh leaves it be.
        if (claimed.isEmpty() || !claimed.get(0).isDue(started, Duration.ofSeconds(intervalSeconds / 2))) {
            return false;
        }
        long t0 = System.nanoTime();
        CaseloadTally tally = new CaseloadTally();
        grouped("Procedure.receivedByMonth", (m, r) -> tally.received(m, count(r[2])));
        grouped("Procedure.endedByMonth", (m, r) -> tally.ended(m, count(r[2])));
        grouped("Procedure.appointmentTargetsByMonth", (m, r) -> tally.appointments(m, count(r[2]), count(r[3])));
        grouped("Procedure.resolutionDueDatesByMonth", (m, r) -> tally.resolutions(m, count(r[2]), count(r[3])));
        em.createNamedQuery("CaseloadMonth.deleteAll").executeUpdate();
        tally.months(YearMonth.from(GenevaTime.dateOf(started))).forEach(em::persist);
        claimed.get(0).refreshed(started, Duration.ofNanos(System.nanoTime() - t0));
        return true;
    }

    private void grouped(String query, BiConsumer<YearMonth, Object[]> add) {
        for (Object[] row : em.createNamedQuery(query, Object[].class).getResultList()) {
            add.accept(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()), row);
        }
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
