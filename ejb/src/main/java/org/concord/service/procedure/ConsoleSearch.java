package org.concord.service.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.ProcedureDeadline;
import org.concord.domain.time.GenevaTime;

/**
 * Issue 24: the staff console's list of every Procedure, searched, filtered and ordered, a page at a time by keyset,
 * never counted, each part read by index at a million Procedures.
 *
 * <p>The search text is resolved first into <em>sources</em>, each one range of an index read in the list's order from
 * the cursor on: the Procedures whose reference begins with it ({@code procedure.reference}), whose platform reference
 * is it ({@code procedure.platform_reference}) or whose Statement of Reasons has it as PUID
 * ({@code statement_of_reasons.puid}), and, per account or organisation whose folded name begins with it (at most
 * {@value #MAX_PARTIES} of each, by name) or account whose e-mail address it is, the Procedures it takes part in
 * ({@code participant (party_id, received_at desc, procedure_id desc)}, V33). Without a search text, the Neutral's
 * participations are the one source when a Neutral is asked for; otherwise every Procedure (by
 * {@code procedure (received_at desc, id desc)} or the reference's unique index). A page merges the sources in the
 * list's order, each read only as far as the page needs ({@code size + 1} rows at a time), as {@link Caseload} does.
 *
 * <p>The filters are conditions of every source's query. "Overdue" is narrowed in the query by the states and the
 * calendar days no time limit can end before (each due date lies at least its number of days after its start:
 * holidays and suspensions only move it later), then decided by the domain ({@link Procedure#isOverdue}) on the rows
 * found, reading further as needed, as the portal's "Answer due" is. A filter that matches few of many walks its
 * source's index until it fills the page.
 */
@ApplicationScoped
public class ConsoleSearch {

    /** The most accounts, and the most organisations, whose names one search text reads the Procedures of. */
    static final int MAX_PARTIES = 50;

    private static final String STATE = "org.concord.domain.procedure.ProcedureState.";

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    /** One entry of a source: a Procedure's id, receipt instant and reference. */
    record Row(UUID id, Instant receivedAt, String reference) {}

    /**
     * A range of an index: Procedures ({@code byParticipant} false) or the participations of one party
     * ({@code byParticipant}: {@code pa} joined to its Procedure {@code p}) meeting {@code condition}.
     */
    record Source(boolean byParticipant, String condition, Map<String, Object> parameters) {}

    /** The Procedures of one page (one more than asked when another page follows), and whether names were cut. */
    public record Found(List<Procedure> procedures, boolean namesCut) {}

    /**
     * The {@code query.size() + 1} first Procedures in the query's order from its cursor on that match its search
     * and filters and pass {@code accepted} (the domain's part of a filter).
     */
    public Found page(ConsoleQuery query, Predicate<Procedure> accepted, LocalDate today, int implementationDays) {
        boolean[] cut = {false};
        List<Source> sources = sourcesOf(query, cut);
        int wanted = query.size() + 1;
        int batch = query.overdue() ? Math.max(wanted, 100) : wanted;
        Comparator<Row> order = order(query.sort());
        Filters filters = new Filters(query, today, implementationDays);
        PriorityQueue<Reader> heads = new PriorityQueue<>((a, b) -> order.compare(a.peek(), b.peek()));
        sources.stream()
                .map(s -> new Reader(s, query, filters, batch))
                .filter(r -> r.peek() != null)
                .forEach(heads::add);
        List<Procedure> found = new ArrayList<>(wanted);
        Set<UUID> seen = new HashSet<>();
        while (found.size() < wanted && !heads.isEmpty()) {
            List<UUID> candidates = new ArrayList<>();
            while (candidates.size() < batch && !heads.isEmpty()) {
                Reader reader = heads.poll();
                Row row = reader.next();
                if (reader.peek() != null) {
                    heads.add(reader);
                }
                if (seen.add(row.id())) {
                    candidates.add(row.id());
                }
            }
            Map<UUID, Procedure> loaded = load(candidates);
            for (UUID id : candidates) {
                Procedure p = loaded.get(id);
                if (p != null && accepted.test(p) && found.size() < wanted) {
                    found.add(p);
                }
            }
        }
        return new Found(found, cut[0]);
    }

    /** The list's order as the database gives it: UUIDs compare as their text does (unsigned bytes). */
    static Comparator<Row> order(ConsoleQuery.Sort sort) {
        Comparator<Row> received = Comparator.comparing(Row::receivedAt).thenComparing(r -> r.id().toString());
        return switch (sort) {
            case NEWEST -> received.reversed();
            case OLDEST -> received;
            case REFERENCE -> Comparator.comparing(Row::reference);
        };
    }

    private List<Source> sourcesOf(ConsoleQuery query, boolean[] cut) {
        List<Source> sources = new ArrayList<>();
        if (query.text().isEmpty()) {
            query.neutral()
                    .ifPresentOrElse(
                            n -> sources.add(party(n)), () -> sources.add(new Source(false, "1 = 1", Map.of())));
            return sources;
        }
        if (query.email().isPresent()) {
            em.createQuery("select a.id from UserAccount a where a.email = :email", UUID.class)
                    .setParameter("email", query.email().get())
                    .getResultList()
                    .forEach(id -> sources.add(party(id)));
            return sources;
        }
        String text = query.text().get();
        query.referencePrefix()
                .ifPresent(r -> sources.add(new Source(
                        false, "p.reference.value like :reference escape '!'", Map.of("reference", like(r)))));
        sources.add(new Source(false, "p.request.platformReference = :puid", Map.of("puid", text)));
        sources.add(new Source(
                false,
                "p.id in (select s.procedureId from StatementOfReasons s where s.puid = :puid)",
                Map.of("puid", text)));
        query.namePrefix().ifPresent(name -> {
            for (String entity : List.of("UserAccount", "Organisation")) {
                List<UUID> ids = em.createQuery(
                                "select x.id from " + entity + " x where x.searchName like :name escape '!'"
                                        + " order by x.searchName, x.id",
                                UUID.class)
                        .setParameter("name", like(name))
                        .setMaxResults(MAX_PARTIES + 1)
                        .getResultList();
                if (ids.size() > MAX_PARTIES) {
                    cut[0] = true;
                }
                ids.stream().limit(MAX_PARTIES).forEach(id -> sources.add(party(id)));
            }
        });
        return sources;
    }

    private static Source party(UUID id) {
        return new Source(true, "pa.partyId = :party", Map.of("party", id));
    }

    /** {@code text} as the beginning of a {@code like} pattern, its own wildcards escaped. */
    private static String like(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private Map<UUID, Procedure> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Procedure> byId = new LinkedHashMap<>();
        em.createQuery("select p from Procedure p where p.id in :ids", Procedure.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    /** The filters of a query as conditions on {@code p} with their parameters. */
    private static final class Filters {

        private final StringBuilder where = new StringBuilder();
        private final Map<String, Object> parameters = new HashMap<>();

        Filters(ConsoleQuery query, LocalDate today, int implementationDays) {
            query.state().ifPresent(s -> add(" and p.state = :state", "state", s));
            query.matter().ifPresent(m -> add(" and p.request.matter = :matter", "matter", m));
            query.language().ifPresent(l -> add(" and p.language.language = :language", "language", l));
            if (query.held()) {
                where.append(" and exists (select f.id from Filing f where f.procedure = p"
                        + " and f.kind = org.concord.domain.procedure.Filing.Kind.REQUEST and f.releasedAt is null)");
            }
            query.neutral()
                    .ifPresent(n -> add(
                            " and exists (select n.id from Participant n where n.procedure = p"
                                    + " and n.role = org.concord.domain.procedure.ParticipantRole.NEUTRAL"
                                    + " and n.account.id = :neutral)",
                            "neutral",
                            n));
            query.fromInstant().ifPresent(i -> add(" and p.receivedAt >= :from", "from", i));
            query.untilInstant().ifPresent(i -> add(" and p.receivedAt < :until", "until", i));
            if (query.overdue()) {
                // No due date lies earlier than its number of calendar days after its start (see the class).
                where.append(" and ((p.state = " + STATE + "COMMENCED and p.commencedAt < :appointmentLate)"
                        + " or (p.state = " + STATE + "NEUTRAL_APPOINTED"
                        + " and (p.appointedAt < :resolutionLate or p.commencedAt < :capLate))"
                        + " or (p.state = " + STATE + "RESOLVED and p.implementation.reportedAt is null"
                        + " and exists (select r.id from Resolution r where r = p.resolution"
                        + " and r.communicatedAt < :implementationLate)))");
                // runs 10 days after the Answer (which may come on the first day) or the Answer period.
                parameters.put("appointmentLate", before(today, ProcedureDeadline.Kind.APPOINTMENT_TARGET.days()));
                parameters.put("resolutionLate", before(today, ProcedureDeadline.Kind.RESOLUTION.days()));
                parameters.put("capLate", before(today, ProcedureDeadline.Kind.RESOLUTION_CAP.days()));
                parameters.put("implementationLate", before(today, implementationDays));
            }
        }

        /** The first instant of the Geneva day {@code days} before {@code today}: a start before it may be late. */
        private static Instant before(LocalDate today, int days) {
            return today.minusDays(days).atStartOfDay(GenevaTime.ZONE).toInstant();
        }

        private void add(String condition, String name, Object value) {
            where.append(condition);
            parameters.put(name, value);
        }
    }

    /** One source read in the list's order from the cursor on, {@code batch} rows at a time, as far as consumed. */
    private final class Reader {

        private final Source source;
        private final ConsoleQuery.Sort sort;
        private final Filters filters;
        private final int batch;
        private final Deque<Row> buffer = new ArrayDeque<>();
        private Row lastRead;
        private boolean exhausted;

        Reader(Source source, ConsoleQuery query, Filters filters, int batch) {
            this.source = source;
            this.sort = query.sort();
            this.filters = filters;
            this.batch = batch;
            ConsoleQuery.Cursor after = query.after();
            this.lastRead = after == null ? null : new Row(after.id(), after.receivedAt(), after.reference());
        }

        Row peek() {
            if (buffer.isEmpty() && !exhausted) {
                read();
            }
            return buffer.peekFirst();
        }

        Row next() {
            peek();
            return buffer.pollFirst();
        }

        private void read() {
            // Read by the participant's copy of the receipt and Procedure id where the source is a party's, so that
            // its index gives the order.
            String at = source.byParticipant() ? "pa.receivedAt" : "p.receivedAt";
            String id = source.byParticipant() ? "pa.procedure.id" : "p.id";
            StringBuilder jpql = new StringBuilder("select " + id + ", " + at + ", p.reference.value from ");
            jpql.append(source.byParticipant() ? "Participant pa join pa.procedure p" : "Procedure p");
            jpql.append(" where (").append(source.condition()).append(')').append(filters.where);
            if (lastRead != null) {
                jpql.append(
                        switch (sort) {
                            case NEWEST ->
                                " and " + at + " <= :lastAt and (" + at + " < :lastAt or " + id + " < :lastId)";
                            case OLDEST ->
                                " and " + at + " >= :lastAt and (" + at + " > :lastAt or " + id + " > :lastId)";
                            case REFERENCE -> " and p.reference.value > :lastReference";
                        });
            }
            jpql.append(
                    switch (sort) {
                        case NEWEST -> " order by " + at + " desc, " + id + " desc";
                        case OLDEST -> " order by " + at + ", " + id;
                        case REFERENCE -> " order by p.reference.value";
                    });
            TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
            source.parameters().forEach(q::setParameter);
            filters.parameters.forEach(q::setParameter);
            if (lastRead != null) {
                if (sort == ConsoleQuery.Sort.REFERENCE) {
                    q.setParameter("lastReference", lastRead.reference());
                } else {
                    q.setParameter("lastAt", lastRead.receivedAt()).setParameter("lastId", lastRead.id());
                }
            }
            List<Object[]> rows = q.setMaxResults(batch).getResultList();
            for (Object[] r : rows) {
                Row row = new Row((UUID) r[0], (Instant) r[1], (String) r[2]);
                buffer.addLast(row);
                lastRead = row;
            }
            exhausted = rows.size() < batch;
        }
    }
}
