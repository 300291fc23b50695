package org.concord.service.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.function.Predicate;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.Procedure;

/**
 * R-PLAT.1, R-13.1, R-ACC.2, R-ACC.3: the Procedures an account takes part in, newest first, by keyset, read by index
 * however many there are.
 *
 * <p>The circle is the one of the former single query {@code Procedure.visibleToParticipant}, split by whom the
 * account acts for, each a <em>source</em>: the account itself (its own participations), each organisation it is an
 * active member of (every participation of the organisation), and each Party it represents under an active
 * authorisation that is not a mediation's (the Party's active Requesting or Responding participations, or only the
 * one Procedure the authorisation names). Each source is one range of the index (party_id, received_at desc,
 * procedure_id desc) on {@code participant}: {@code party_id} is whom the participant stands for (its organisation,
 * else its account) and {@code received_at} the Procedure's receipt, both copied there at creation (neither changes).
 * {@code party_id = organisation} is {@code organisation_id = organisation}; {@code party_id = account and
 * organisation_id is null} is the former "own participation" (ids are random UUIDs: an account's never is an
 * organisation's). A page merges the sources newest first, each read only as far
 * as the page needs ({@code size + 1} rows at a time, from the cursor on), so that the first page of a platform holding
 * a million Procedures reads a page of index entries: no count, no sort of the whole set. A Procedure reached through
 * several sources is shown once.
 *
 * <p>The state and the receipt dates filter in the query (the dates are a range of the same index). "Answer due" is
 * narrowed in the query (commenced, not ended, no Answer filed) and decided by the domain on the rows found (the due
 * date depends on the domiciles' holidays, R-3.4), reading further as needed. A filter that matches few of a large
 * caseload walks the source's index until it fills the page; the unfiltered list and the date ranges never do.
 */
@ApplicationScoped
public class Caseload {

    /** Newest first as the database orders them: receipt instant, then the id's bytes (UUID order, unsigned). */
    static final Comparator<Row> NEWEST_FIRST = Comparator.comparing(Row::receivedAt)
            .thenComparing(r -> r.id().toString())
            .reversed();

    private static final String PARTY_ROLES = "(org.concord.domain.procedure.ParticipantRole.REQUESTING_PARTY,"
            + " org.concord.domain.procedure.ParticipantRole.RESPONDING_PARTY)";

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    /** One entry of a source: a Procedure's receipt instant and id. */
    record Row(Instant receivedAt, UUID id) {}

    /** Whom the account acts for: a condition on {@code pa} and its parameters. */
    record Source(String condition, Map<String, Object> parameters) {}

    /**
     * The {@code query.size() + 1} newest Procedures of {@code account} from the query's cursor on that pass the
     * query's filters and {@code accepted} (the domain's part of a filter); one more than the page shows tells whether
     * another page follows.
     */
    public List<Procedure> page(UserAccount account, CaseloadQuery query, Predicate<Procedure> accepted) {
        return page(account, query, accepted, Integer.MAX_VALUE);
    }

    /**
     * As {@link #page(UserAccount, CaseloadQuery, Predicate)}, but examining at most {@code maxExamined} Procedures
     * (issue 24: a work queue's section reads a bounded number of rows, whatever the caseload holds; fewer than asked
     * then says "perhaps more", not "no more").
     */
    public List<Procedure> page(
            UserAccount account, CaseloadQuery query, Predicate<Procedure> accepted, int maxExamined) {
        int wanted = query.size() + 1;
        int examined = 0;
        List<SourceReader> readers = sourcesOf(account).stream()
                .map(s -> new SourceReader(s, query, wanted))
                .toList();
        PriorityQueue<SourceReader> heads = new PriorityQueue<>((a, b) -> NEWEST_FIRST.compare(a.peek(), b.peek()));
        readers.stream().filter(r -> r.peek() != null).forEach(heads::add);
        List<Procedure> found = new ArrayList<>(wanted);
        UUID last = null;
        while (found.size() < wanted && !heads.isEmpty() && examined < maxExamined) {
            List<UUID> candidates = new ArrayList<>();
            while (candidates.size() < Math.min(wanted - found.size(), maxExamined - examined) && !heads.isEmpty()) {
                SourceReader reader = heads.poll();
                Row row = reader.next();
                if (reader.peek() != null) {
                    heads.add(reader);
                }
                if (!row.id().equals(last)) {
                    candidates.add(row.id());
                    last = row.id();
                }
            }
            examined += candidates.size();
            Map<UUID, Procedure> loaded = load(candidates);
            for (UUID id : candidates) {
                Procedure p = loaded.get(id);
                if (p != null && accepted.test(p) && found.size() < wanted) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    /** R-ACC.2, R-ACC.3: whom {@code account} acts for now, as {@code Procedure.visibleToParticipant} did. */
    List<Source> sourcesOf(UserAccount account) {
        List<Source> sources = new ArrayList<>();
        sources.add(
                new Source("pa.partyId = :principal and pa.organisation is null", Map.of("principal", account.id())));
        em.createQuery(
                        "select distinct m.organisation.id from Membership m where m.account.id = :accountId"
                                + " and m.leftAt is null",
                        UUID.class)
                .setParameter("accountId", account.id())
                .getResultList()
                .forEach(org -> sources.add(new Source("pa.partyId = :principal", Map.of("principal", org))));
        List<Object[]> representations = em.createQuery(
                        "select o.id, pr.id, r.procedureId from Representation r left join r.organisation o"
                                + " left join r.principal pr where r.representative.id = :accountId"
                                + " and r.state = org.concord.domain.account.Representation.State.ACTIVE"
                                + " and r.mediationId is null",
                        Object[].class)
                .setParameter("accountId", account.id())
                .getResultList();
        for (Object[] r : representations) {
            UUID organisation = (UUID) r[0];
            UUID principal = (UUID) r[1];
            UUID procedure = (UUID) r[2];
            if (organisation == null && principal == null) {
                continue;
            }
            Map<String, Object> parameters = new HashMap<>();
            String condition = "pa.leftAt is null and pa.role in " + PARTY_ROLES + " and ";
            if (organisation != null) {
                condition += "pa.partyId = :principal";
                parameters.put("principal", organisation);
            } else {
                condition += "pa.partyId = :principal and pa.organisation is null";
                parameters.put("principal", principal);
            }
            if (procedure != null) {
                condition += " and pa.procedure.id = :onlyProcedure";
                parameters.put("onlyProcedure", procedure);
            }
            sources.add(new Source(condition, parameters));
        }
        return sources.stream().distinct().toList();
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

    /** One source read newest first from the cursor on, {@code batch} rows at a time, as far as it is consumed. */
    private final class SourceReader {

        private final Source source;
        private final CaseloadQuery query;
        private final int batch;
        private final Deque<Row> buffer = new ArrayDeque<>();
        private Row lastRead;
        private boolean exhausted;

        SourceReader(Source source, CaseloadQuery query, int batch) {
            this.source = source;
            this.query = query;
            this.batch = batch;
            this.lastRead = query.after() == null
                    ? null
                    : new Row(query.after().receivedAt(), query.after().id());
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
            StringBuilder jpql = new StringBuilder("select pa.receivedAt, pa.procedure.id from Participant pa");
            boolean byProcedure = query.state().isPresent() || query.answerDue() || query.toImplement();
            if (byProcedure) {
                jpql.append(" join pa.procedure p");
            }
            jpql.append(" where (").append(source.condition()).append(')');
            if (lastRead != null) {
                jpql.append(" and pa.receivedAt <= :lastAt and (pa.receivedAt < :lastAt or pa.procedure.id < :lastId)");
            }
            query.fromInstant().ifPresent(i -> jpql.append(" and pa.receivedAt >= :from"));
            query.untilInstant().ifPresent(i -> jpql.append(" and pa.receivedAt < :until"));
            query.state().ifPresent(s -> jpql.append(" and p.state = :state"));
            if (query.answerDue()) {
                jpql.append(" and p.state in (org.concord.domain.procedure.ProcedureState.COMMENCED,"
                        + " org.concord.domain.procedure.ProcedureState.NEUTRAL_APPOINTED)"
                        + " and p.commencedAt is not null and not exists (select f from Filing f where f.procedure = p"
                        + " and f.kind = org.concord.domain.procedure.Filing.Kind.ANSWER)");
            }
            if (query.toImplement()) {
                // R-PLAT.4: communicated (the Procedure resolved), no report made; the domain decides on the rows.
                jpql.append(" and p.state = org.concord.domain.procedure.ProcedureState.RESOLVED"
                        + " and p.implementation.outcome is null");
            }
            jpql.append(" order by pa.receivedAt desc, pa.procedure.id desc");
            TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
            source.parameters().forEach(q::setParameter);
            if (lastRead != null) {
                q.setParameter("lastAt", lastRead.receivedAt()).setParameter("lastId", lastRead.id());
            }
            query.fromInstant().ifPresent(i -> q.setParameter("from", i));
            query.untilInstant().ifPresent(i -> q.setParameter("until", i));
            query.state().ifPresent(s -> q.setParameter("state", s));
            List<Object[]> rows = q.setMaxResults(batch).getResultList();
            for (Object[] r : rows) {
                Row row = new Row((Instant) r[0], (UUID) r[1]);
                buffer.addLast(row);
                lastRead = row;
            }
            exhausted = rows.size() < batch;
        }
    }
}
