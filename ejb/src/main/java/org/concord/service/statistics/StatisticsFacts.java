package org.concord.service.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.concord.domain.procedure.ImplementationOutcome;
import org.concord.domain.procedure.ProcedureState;
import org.concord.domain.procedure.ResolutionOutcome;
import org.concord.domain.procedure.TerminationGround;
import org.concord.domain.statistics.Dimension;
import org.concord.domain.statistics.Facts;
import org.concord.domain.statistics.Stratum;

/**
 * The fact snapshot of a year (statistics.md) read as one aggregate query: Procedures grouped by quarter of receipt,
 * the cut-off by which they were known and by which they ended, the dimensions the year's tables use, and — for the
 * insider audit — their Requesting Party when it filed more than once that year. No entity is loaded, no name, e-mail,
 * reference or free text is read. The categories come from the domain ({@link Dimension}); this class only
 * writes them as SQL.
 */
@ApplicationScoped
public class StatisticsFacts {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    /** The year's facts against {@code cutoffs} (every cut-off of the year's ledger and the candidate's). */
    public Facts of(int year, Collection<LocalDate> cutoffs, Set<Dimension> dimensions) {
        List<LocalDate> sorted = new ArrayList<>(new TreeSet<>(cutoffs));
        Facts facts = Facts.empty(year, sorted, dimensions);
        List<Dimension> used = List.copyOf(new TreeSet<>(dimensions));
        String values = used.stream()
                .map(d -> expression(d) + " as " + d.name().toLowerCase())
                .collect(Collectors.joining(", "));
        String groups = used.stream().map(d -> d.name().toLowerCase()).collect(Collectors.joining(", "));
        // A party's number of Requests in the year is a window over the same rows, not a second aggregate joined
        // back: one pass over the year's Procedures and their Requesting Parties (docs/benchmarks.md).
        // R-PLAT.4, R-PLAT.5: the implementation is reported after the end: by which cut-off (a second change point).
        boolean implemented = used.contains(Dimension.IMPLEMENTED);
        String sql = "select q, known, ended, reported,"
                + " case when n > 1 then cast(account_id as varchar(36)) end as filer"
                + (used.isEmpty() ? "" : ", " + groups) + ", count(*) from ("
                + "select " + quarter("p.received_date", year) + " as q, " + bucket("p.received_date", sorted)
                + " as known, " + bucket("p.ended_date", sorted) + " as ended, "
                + (implemented ? bucket("p.implementation_reported_date", sorted) : "0") + " as reported,"
                + " pa.account_id,"
                + " count(pa.account_id) over (partition by pa.account_id) as n"
                + (used.isEmpty() ? "" : ", " + values)
                + " from procedure p"
                + " left join participant pa on pa.procedure_id = p.id and pa.role = 'REQUESTING_PARTY'"
                + (used.contains(Dimension.OUTCOME) || used.contains(Dimension.PLATFORM_DECISION)
                        ? " left join resolution res on res.id = p.resolution_id"
                        : "")
                + (used.contains(Dimension.RESTRICTION)
                        ? " left join (select procedure_id, count(*) as n,"
                                + " min(restriction) as one from procedure_restriction group by procedure_id) pr"
                                + " on pr.procedure_id = p.id"
                        : "")
                + " where p.received_date between ?1 and ?2) s"
                + " group by q, known, ended, reported, filer" + (used.isEmpty() ? "" : ", " + groups);
        Query query = em.createNativeQuery(sql)
                .setParameter(1, LocalDate.of(year, 1, 1))
                .setParameter(2, lastReceived(year, sorted.get(sorted.size() - 1)));
        for (Object o : query.getResultList()) {
            Object[] row = (Object[]) o;
            int ended = ((Number) row[2]).intValue();
            int reported = implemented ? Math.max(ended, ((Number) row[3]).intValue()) : ended;
            Map<Dimension, String> valuesOf = new EnumMap<>(Dimension.class);
            for (int i = 0; i < used.size(); i++) {
                Dimension dimension = used.get(i);
                String value = (String) row[5 + i];
                if (dimension.changesOverTime() && ended == sorted.size()) {
                    value = dimension.pendingValue();
                } else if (dimension == Dimension.IMPLEMENTED
                        && reported == sorted.size()
                        && Dimension.Implemented.isReported(value)) {
                    value = Dimension.Implemented.UNKNOWN; // reported after the last cut-off: unknown at all of them
                }
                valuesOf.put(dimension, value);
            }
            Stratum stratum =
                    new Stratum(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), ended, reported, valuesOf);
            long count = ((Number) row[row.length - 1]).longValue();
            String filer = (String) row[4];
            facts.add(stratum, count, filer == null ? count : 0);
            if (filer != null) {
                facts.addRepeatFiler(filer, stratum, count);
            }
        }
        return facts;
    }

    /** R-STAT.2: how many of the year's Procedures known by {@code cutoff} had ended by then, and their total days. */
    public long[] endedAndDays(int year, LocalDate cutoff) {
        // received in the year and known by the cut-off; ended by the cut-off, which may be in the next year
        Object[] exact = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(p.duration_days), 0)"
                        + " from procedure p where p.received_date between ?1 and ?2 and p.ended_date <= ?3")
                .setParameter(1, LocalDate.of(year, 1, 1))
                .setParameter(2, lastReceived(year, cutoff))
                .setParameter(3, cutoff)
                .getSingleResult();
        return new long[] {((Number) exact[0]).longValue(), ((Number) exact[1]).longValue()};
    }

    /**
     * R-PLAT.5: the durations of the same Procedures as {@link #endedAndDays}, as days → how many (the median is read
     * from it; no Procedure is named).
     */
    public Map<Integer, Long> durations(int year, LocalDate cutoff) {
        Map<Integer, Long> histogram = new java.util.TreeMap<>();
        for (Object o : em.createNativeQuery("select p.duration_days, count(*) from procedure p"
                        + " where p.received_date between ?1 and ?2 and p.ended_date <= ?3 group by p.duration_days")
                .setParameter(1, LocalDate.of(year, 1, 1))
                .setParameter(2, lastReceived(year, cutoff))
                .setParameter(3, cutoff)
                .getResultList()) {
            Object[] row = (Object[]) o;
            histogram.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return histogram;
    }

    /** The last day of receipt a year's facts count at a cut-off: the cut-off, or the year's last day before it. */
    private static LocalDate lastReceived(int year, LocalDate cutoff) {
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        return cutoff.isBefore(lastDay) ? cutoff : lastDay;
    }

    /** The quarter of a date of {@code year} as plain comparisons (cheaper than extracting it, on every database). */
    private static String quarter(String column, int year) {
        return "case when " + column + " < date '" + LocalDate.of(year, 4, 1) + "' then 1 when " + column + " < date '"
                + LocalDate.of(year, 7, 1) + "' then 2 when " + column + " < date '" + LocalDate.of(year, 10, 1)
                + "' then 3 else 4 end";
    }

    /** The index of the first cut-off on or after a date (the number of cut-offs: none, or no date). */
    private static String bucket(String column, List<LocalDate> cutoffs) {
        StringBuilder sql = new StringBuilder("case");
        for (int i = 0; i < cutoffs.size(); i++) {
            sql.append(" when ")
                    .append(column)
                    .append(" <= date '")
                    .append(cutoffs.get(i))
                    .append("' then ")
                    .append(i);
        }
        return sql.append(" else ").append(cutoffs.size()).append(" end").toString();
    }

    private static String expression(Dimension dimension) {
        return switch (dimension) {
            case MATTER -> "p.matter";
            case RESTRICTION ->
                "case when pr.n is null then '" + Dimension.NONE + "' when pr.n = 1 then pr.one else '"
                        + Dimension.SEVERAL + "' end";
            case LANGUAGE -> "coalesce(lower(p.language), '" + Dimension.UNKNOWN_LANGUAGE + "')";
            case COUNTRY ->
                "coalesce(upper(substring(p.requester_domicile, 1, 2)), '" + Dimension.UNKNOWN_COUNTRY + "')";
            case OUTCOME -> outcome();
            case DURATION -> duration();
            case PLATFORM_DECISION -> platformDecision();
            case IMPLEMENTED -> implemented();
        };
    }

    /** R-PLAT.5: the categories of the Commission's template, from the domain's mapping (Dimension.PlatformDecision). */
    private static String platformDecision() {
        return byEnd(
                Dimension.PlatformDecision::of, Dimension.PlatformDecision::of, Dimension.PlatformDecision.PENDING);
    }

    /**
     * R-PLAT.4, R-PLAT.5: as the platform reported (Dimension.Implemented), unknown for a Resolution not reported on,
     * not applicable for an end without a Resolution; from which cut-off a report counts is the stratum's.
     */
    private static String implemented() {
        StringBuilder sql = new StringBuilder("case");
        for (ImplementationOutcome outcome : ImplementationOutcome.values()) {
            sql.append(" when p.state = '")
                    .append(ProcedureState.RESOLVED)
                    .append("' and p.implementation_outcome = '")
                    .append(outcome)
                    .append("' then '")
                    .append(Dimension.Implemented.of(outcome))
                    .append('\'');
        }
        return sql.append(" when p.state = '")
                .append(ProcedureState.RESOLVED)
                .append("' then '")
                .append(Dimension.Implemented.UNKNOWN)
                .append("' when p.state = '")
                .append(ProcedureState.TERMINATED)
                .append("' then '")
                .append(Dimension.Implemented.NOT_APPLICABLE)
                .append("' else '")
                .append(Dimension.Implemented.PENDING)
                .append("' end")
                .toString();
    }

    private static String outcome() {
        return byEnd(Dimension.Outcome::of, Dimension.Outcome::of, Dimension.Outcome.PENDING);
    }

    /**
     * A SQL {@code case} over how the Procedure ended: each Resolution outcome and each termination ground as the
     * domain maps it, {@code pending} while it runs.
     */
    private static String byEnd(
            java.util.function.Function<ResolutionOutcome, ?> resolved,
            java.util.function.Function<TerminationGround, ?> terminated,
            Object pending) {
        StringBuilder sql = new StringBuilder("case");
        for (ResolutionOutcome outcome : ResolutionOutcome.values()) {
            sql.append(" when p.state = '")
                    .append(ProcedureState.RESOLVED)
                    .append("' and res.outcome = '")
                    .append(outcome)
                    .append("' then '")
                    .append(resolved.apply(outcome))
                    .append('\'');
        }
        for (TerminationGround ground : TerminationGround.values()) {
            sql.append(" when p.state = '")
                    .append(ProcedureState.TERMINATED)
                    .append("' and p.termination_ground = '")
                    .append(ground)
                    .append("' then '")
                    .append(terminated.apply(ground))
                    .append('\'');
        }
        return sql.append(" else '").append(pending).append("' end").toString();
    }

    private static String duration() {
        StringBuilder sql = new StringBuilder("case when p.duration_days is null then '")
                .append(Dimension.Duration.ONGOING)
                .append('\'');
        Dimension.Duration.BANDS_UP_TO.forEach((days, band) -> sql.append(" when p.duration_days <= ")
                .append(days)
                .append(" then '")
                .append(band)
                .append('\''));
        return sql.append(" else '")
                .append(Dimension.Duration.OVER_90_DAYS)
                .append("' end")
                .toString();
    }
}
