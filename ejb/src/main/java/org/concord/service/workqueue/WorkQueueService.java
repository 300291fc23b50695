package org.concord.service.workqueue;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.concord.domain.NotFound;
import org.concord.domain.account.UserAccount;
import org.concord.domain.fee.BankCredit;
import org.concord.domain.procedure.Communication;
import org.concord.domain.procedure.NeutralAppointment;
import org.concord.domain.procedure.NextAction;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.ProcedureState;
import org.concord.domain.procedure.WorkQueue;
import org.concord.domain.procedure.WorkQueue.Kind;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.GenevaTime;
import org.concord.service.account.Accounts;
import org.concord.service.procedure.Caseload;
import org.concord.service.procedure.CaseloadQuery;
import org.concord.service.reminder.ImplementationPeriod;
import org.concord.service.time.DeadlineService;

/**
 * Issue 24: the caller's work queue, per role it holds. Each section reads by index a bounded number of rows, however
 * many Procedures the Center holds: the first {@value #SHOWN} items, most urgent first, and a count up to
 * {@value #COUNT_LIMIT} where the query alone decides; where the domain decides on each row ({@link WorkQueue}: a due
 * date depends on the domiciles' holidays and suspensions), the query narrows the candidates by a bound that never
 * leaves one out, and at most {@value #SCAN_LIMIT} are examined.
 *
 * <p>Staff: Requests to check, credits to review, Neutrals to appoint, Resolutions due,
 * translations due, implementation reports overdue (R-PLAT.4). A Neutral: invitations, Resolutions to
 * deliver. A Party, a platform's member or a representative: fees to pay, Answers due,
 * implementation reports due (R-PLAT.4), from its caseload (R-PLAT.1, R-ACC.2, R-ACC.3) and its next actions. Concord
 * keeps no read state of messages, so the queue has no "unread messages" section.
 */
@Stateless
public class WorkQueueService {

    /** Items shown per section. */
    public static final int SHOWN = 5;

    /** A section counts its items up to this many ("100 or more"), never the whole table. */
    public static final int COUNT_LIMIT = 100;

    /** At most this many candidates examined by the domain per section. */
    public static final int SCAN_LIMIT = 60;

    private static final List<ProcedureState> RUNNING =
            List.of(ProcedureState.COMMENCED, ProcedureState.NEUTRAL_APPOINTED);

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Caseload caseload;

    @Inject
    private Accounts accounts;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private ImplementationPeriod implementation;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** The caller's queue: the sections of each of its roles (staff; Neutral; Party), as of today in Geneva. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN", "NEUTRAL", "PARTY"})
    public WorkQueueView mine() {
        UserAccount caller = accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
        LocalDate today = GenevaTime.dateOf(clock.instant());
        DeadlineEngine engine = deadlines.engine();
        List<WorkSection> sections = new ArrayList<>();
        if (context.isCallerInRole("CENTER_STAFF") || context.isCallerInRole("CENTER_ADMIN")) {
            sections.add(requestsToCheck());
            sections.add(creditsToReview());
            sections.add(appointmentsDue(engine, today));
            sections.add(resolutionsDue(engine, today));
            sections.add(translationsDue(today));
            sections.add(implementationOverdue(today));
        }
        if (context.isCallerInRole("NEUTRAL")) {
            sections.add(invitations(caller));
            sections.add(fromCaseload(
                    caller, Kind.DELIVER_RESOLUTION, engine, today, List.of(query(ProcedureState.NEUTRAL_APPOINTED))));
        }
        if (context.isCallerInRole("PARTY")) {
            sections.add(fromCaseload(
                    caller,
                    Kind.PAY_FEES,
                    engine,
                    today,
                    List.of(
                            query(ProcedureState.REQUEST_FILED),
                            query(ProcedureState.COMMENCED),
                            query(ProcedureState.NEUTRAL_APPOINTED))));
            sections.add(fromCaseload(caller, Kind.FILE_ANSWER, engine, today, List.of(flagged(true, false))));
            sections.add(
                    fromCaseload(caller, Kind.REPORT_IMPLEMENTATION, engine, today, List.of(flagged(false, true))));
        }
        return new WorkQueueView(today, sections);
    }

    /** received, not yet commenced, the longest waiting first. */
    private WorkSection requestsToCheck() {
        List<Procedure> rows = em.createQuery(
                        "select p from Procedure p where p.state = :state order by p.receivedAt, p.id", Procedure.class)
                .setParameter("state", ProcedureState.REQUEST_FILED)
                .setMaxResults(SHOWN)
                .getResultList();
        List<WorkItem> items = rows.stream()
                .filter(WorkQueue::awaitsCheck)
                .map(p -> new WorkItem(
                        Kind.CHECK_REQUEST,
                        p.id(),
                        p.reference().value(),
                        p.request().platformName(),
                        p.receivedDate(),
                        null,
                        null,
                        false,
                        p.circle().requestFiling().isHeld(),
                        null,
                        null))
                .toList();
        int count = em.createQuery("select p.id from Procedure p where p.state = :state", UUID.class)
                .setParameter("state", ProcedureState.REQUEST_FILED)
                .setMaxResults(COUNT_LIMIT + 1)
                .getResultList()
                .size();
        return counted(Kind.CHECK_REQUEST, items, count);
    }

    /** bank credits that matched no fee exactly, the oldest booking first. */
    private WorkSection creditsToReview() {
        List<WorkItem> items = em.createNamedQuery("BankCredit.openReview", BankCredit.class)
                .setMaxResults(SHOWN)
                .getResultStream()
                .map(c -> new WorkItem(
                        Kind.REVIEW_PAYMENT,
                        c.fee().map(f -> f.procedure().id()).orElse(null),
                        c.fee().map(f -> f.procedure().reference().value()).orElse(null),
                        c.debtorName().orElse(null),
                        c.bookingDate(),
                        null,
                        null,
                        false,
                        false,
                        c.amount(),
                        c.currency()))
                .toList();
        int count = em.createQuery(
                        "select c.id from BankCredit c where c.review = org.concord.domain.fee.BankCredit.Review.OPEN",
                        UUID.class)
                .setMaxResults(COUNT_LIMIT + 1)
                .getResultList()
                .size();
        return counted(Kind.REVIEW_PAYMENT, items, count);
    }

    /** waiting for a Neutral, the target near or passed; the longest commenced first. */
    private WorkSection appointmentsDue(DeadlineEngine engine, LocalDate today) {
        List<Procedure> candidates = em.createQuery(
                        "select p from Procedure p where p.state = :state and p.commencedAt < :before"
                                + " order by p.commencedAt, p.id",
                        Procedure.class)
                .setParameter("state", ProcedureState.COMMENCED)
                .setParameter("before", WorkQueue.appointmentCandidatesCommencedBefore(today))
                .setMaxResults(SCAN_LIMIT)
                .getResultList();
        return scanned(Kind.APPOINT_NEUTRAL, candidates, p -> WorkQueue.appointmentDue(p, engine, today), today);
    }

    /** the Neutral at work, the Resolution due soon or late; the longest appointed first. */
    private WorkSection resolutionsDue(DeadlineEngine engine, LocalDate today) {
        Instant[] before = WorkQueue.resolutionCandidatesBefore(today);
        List<Procedure> candidates = em.createQuery(
                        "select p from Procedure p where p.state = :state"
                                + " and (p.appointedAt < :appointedBefore or p.commencedAt < :commencedBefore)"
                                + " order by p.appointedAt, p.id",
                        Procedure.class)
                .setParameter("state", ProcedureState.NEUTRAL_APPOINTED)
                .setParameter("appointedBefore", before[0])
                .setParameter("commencedBefore", before[1])
                .setMaxResults(SCAN_LIMIT)
                .getResultList();
        return scanned(Kind.RESOLUTION_DUE, candidates, p -> WorkQueue.resolutionDue(p, engine, today), today);
    }

    /** translation orders of running Procedures, not yet answered, due within the week or passed. */
    private WorkSection translationsDue(LocalDate today) {
        String from = " from Communication c join c.procedure p"
                + " where c.kind = org.concord.domain.procedure.Communication.Kind.TRANSLATION_ORDER"
                + " and c.dueOn <= :horizon and p.state in :running"
                + " and not exists (select r.id from Communication r where r.inReplyTo = c.id)";
        // One more than shown says whether there are more: counting them here would join every running Procedure.
        List<Object[]> rows = em.createQuery("select c, p" + from + " order by c.dueOn, c.id", Object[].class)
                .setParameter("horizon", WorkQueue.translationHorizon(today))
                .setParameter("running", RUNNING)
                .setMaxResults(SHOWN + 1)
                .getResultList();
        List<WorkItem> items = new ArrayList<>();
        for (Object[] row : rows) {
            Communication order = (Communication) row[0];
            Procedure p = (Procedure) row[1];
            if (WorkQueue.isTranslationDue(p, order, false, today)) {
                items.add(WorkItem.of(
                        Kind.TRANSLATION_DUE,
                        p.id(),
                        p.reference().value(),
                        p.request().platformName(),
                        GenevaTime.dateOf(order.sentAt()),
                        order.dueOn().orElseThrow(),
                        today));
            }
        }
        boolean more = items.size() > SHOWN;
        return new WorkSection(
                Kind.TRANSLATION_DUE, items.subList(0, Math.min(SHOWN, items.size())), items.size(), more);
    }

    /** R-PLAT.4: implementation reports overdue, the longest communicated first (see console's full list). */
    private WorkSection implementationOverdue(LocalDate today) {
        int days = implementation.days();
        String from = " from Procedure p join p.resolution r where r.communicatedAt < :cutoff"
                + " and p.implementation.outcome is null";
        Instant cutoff = WorkQueue.implementationCandidatesCommunicatedBefore(days, today);
        List<Procedure> rows = em.createQuery("select p" + from + " order by r.communicatedAt, p.id", Procedure.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(SHOWN)
                .getResultList();
        List<WorkItem> items = new ArrayList<>();
        for (Procedure p : rows) {
            WorkQueue.implementationOverdue(p, days, today)
                    .ifPresent(due -> items.add(WorkItem.of(
                            Kind.IMPLEMENTATION_OVERDUE,
                            p.id(),
                            p.reference().value(),
                            p.request().platformName(),
                            p.implementation().communicatedOn().orElseThrow(),
                            due,
                            today)));
        }
        // Ordered as the list: PostgreSQL then walks the communication dates' index instead of every Procedure.
        int count = em.createQuery("select p.id" + from + " order by r.communicatedAt", UUID.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(COUNT_LIMIT + 1)
                .getResultList()
                .size();
        return counted(Kind.IMPLEMENTATION_OVERDUE, items, count);
    }

    /** the invitations waiting for the Neutral's answer, the oldest first, each with its expiry. */
    private WorkSection invitations(UserAccount neutral) {
        List<NeutralAppointment> pending = em.createNamedQuery(
                        "NeutralAppointment.invitationsOf", NeutralAppointment.class)
                .setParameter("accountId", neutral.id())
                .setMaxResults(COUNT_LIMIT + 1)
                .getResultList();
        List<WorkItem> items = pending.stream()
                .limit(SHOWN)
                .map(a -> new WorkItem(
                        Kind.ANSWER_INVITATION,
                        a.procedure().id(),
                        a.procedure().reference().value(),
                        a.procedure().request().platformName(),
                        GenevaTime.dateOf(a.invitedAt()),
                        null,
                        a.expiresAt(),
                        false,
                        false,
                        null,
                        null))
                .toList();
        return counted(Kind.ANSWER_INVITATION, items, pending.size());
    }

    /**
     * R-PLAT.1: the caller's Procedures (its own, its organisations', those it represents) whose next action for it is
     * of {@code kind}, read newest first through each query, at most {@value #SCAN_LIMIT} examined per query.
     */
    private WorkSection fromCaseload(
            UserAccount caller, Kind kind, DeadlineEngine engine, LocalDate today, List<CaseloadQuery> queries) {
        int days = implementation.days();
        Map<UUID, NextAction> next = new HashMap<>();
        List<WorkItem> items = new ArrayList<>();
        for (CaseloadQuery query : queries) {
            List<Procedure> found = caseload.page(
                    caller,
                    query,
                    p -> WorkQueue.forReader(
                                    next.computeIfAbsent(p.id(), id -> p.nextActionFor(caller, engine, today, days)))
                            .filter(kind::equals)
                            .isPresent(),
                    SCAN_LIMIT);
            for (Procedure p : found) {
                NextAction action = next.get(p.id());
                items.add(WorkItem.of(
                        kind,
                        p.id(),
                        p.reference().value(),
                        p.request().platformName(),
                        p.receivedDate(),
                        action.due().orElse(null),
                        today));
            }
        }
        items.sort(java.util.Comparator.comparing(
                WorkItem::due, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        boolean more = items.size() > SHOWN;
        List<WorkItem> shown = items.subList(0, Math.min(SHOWN, items.size()));
        return new WorkSection(kind, shown, Math.min(items.size(), SHOWN + 1), more);
    }

    private static CaseloadQuery query(ProcedureState state) {
        return new CaseloadQuery(null, SHOWN, Optional.of(state), false, false, Optional.empty(), Optional.empty());
    }

    private static CaseloadQuery flagged(boolean answerDue, boolean toImplement) {
        return new CaseloadQuery(
                null, SHOWN, Optional.empty(), answerDue, toImplement, Optional.empty(), Optional.empty());
    }

    /** A section whose query alone decides: counted up to {@value #COUNT_LIMIT}. */
    private static WorkSection counted(Kind kind, List<WorkItem> items, int count) {
        return new WorkSection(kind, items, Math.min(count, COUNT_LIMIT), count > COUNT_LIMIT);
    }

    /**
     * A section whose items the domain decides on the candidates, read in the order of urgency the query gives; when
     * every candidate allowed was read, there may be more.
     */
    private static WorkSection scanned(
            Kind kind, List<Procedure> candidates, Function<Procedure, Optional<LocalDate>> due, LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        for (Procedure p : candidates) {
            Optional<LocalDate> date = due.apply(p);
            if (date.isPresent()) {
                items.add(WorkItem.of(
                        kind,
                        p.id(),
                        p.reference().value(),
                        p.request().platformName(),
                        kind == Kind.APPOINT_NEUTRAL
                                ? p.commencedAt().map(GenevaTime::dateOf).orElse(null)
                                : p.appointedAt().map(GenevaTime::dateOf).orElse(null),
                        date.get(),
                        today));
                if (items.size() > SHOWN) {
                    break;
                }
            }
        }
        boolean more = items.size() > SHOWN || candidates.size() == SCAN_LIMIT;
        items.sort(java.util.Comparator.comparing(WorkItem::due));
        return new WorkSection(kind, items.subList(0, Math.min(SHOWN, items.size())), items.size(), more);
    }
}
