package org.concord.service.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.mediation.Mediation;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.retention.DataClass;
import org.concord.domain.retention.ErasureRecord;
import org.concord.domain.retention.RetentionPeriods;
import org.concord.service.Page;
import org.concord.service.account.Accounts;
import org.concord.service.audit.AuditSubject;
import org.concord.service.audit.Audited;

/**
 * R-OPS.3: staff place and lift legal holds (audited in the subject's trail, R-13.4); administrators see what is due
 * for erasure next, per data class, and the record of what was erased, a page at a time.
 */
@Stateless
public class RetentionService {

    /** Records per page of the erasure record. */
    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Clock clock;

    @Inject
    private RetentionSettings settings;

    @Resource
    private SessionContext context;

    /** R-OPS.3: a Procedure's legal hold, as staff see it. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public LegalHoldView procedureHold(UUID id) {
        return LegalHoldView.of(procedure(id), caller());
    }

    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("legal hold placed")
    public LegalHoldView placeProcedureHold(@AuditSubject UUID id, @NotNull @Valid LegalHoldForm form) {
        UserAccount caller = caller();
        Procedure procedure = procedure(id);
        procedure.placeLegalHold(caller, form.getReason(), clock.instant());
        return LegalHoldView.of(procedure, caller);
    }

    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("legal hold lifted")
    public LegalHoldView liftProcedureHold(@AuditSubject UUID id, @NotNull @Valid LegalHoldForm form) {
        UserAccount caller = caller();
        Procedure procedure = procedure(id);
        procedure.liftLegalHold(caller, form.getReason(), clock.instant());
        return LegalHoldView.of(procedure, caller);
    }

    /** R-OPS.3: a mediation's legal hold, as staff see it. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public LegalHoldView mediationHold(UUID id) {
        return LegalHoldView.of(mediation(id), caller());
    }

    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("legal hold placed")
    public LegalHoldView placeMediationHold(@AuditSubject UUID id, @NotNull @Valid LegalHoldForm form) {
        UserAccount caller = caller();
        Mediation mediation = mediation(id);
        mediation.placeLegalHold(caller, form.getReason(), clock.instant());
        return LegalHoldView.of(mediation, caller);
    }

    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("legal hold lifted")
    public LegalHoldView liftMediationHold(@AuditSubject UUID id, @NotNull @Valid LegalHoldForm form) {
        UserAccount caller = caller();
        Mediation mediation = mediation(id);
        mediation.liftLegalHold(caller, form.getReason(), clock.instant());
        return LegalHoldView.of(mediation, caller);
    }

    /**
     * R-OPS.3: per data class, its period, how many items are past it now, and when the earliest item still kept
     * falls due. Held files are not counted: they are not due while held.
     */
    @RolesAllowed("CENTER_ADMIN")
    public List<DueView> due() {
        Instant now = clock.instant();
        RetentionPeriods periods = settings.periods();
        List<DueView> due = new ArrayList<>();
        for (DataClass dataClass : DataClass.values()) {
            Object[] row = (Object[]) em.createNativeQuery("select count(case when s <= :cutoff then 1 end), min(s)"
                            + " from (" + startsOf(dataClass) + ") w")
                    .setParameter("cutoff", periods.cutoff(dataClass, now))
                    .getSingleResult();
            Instant earliest = instant(row[1]);
            due.add(new DueView(
                    dataClass,
                    periods.of(dataClass).toString(),
                    ((Number) row[0]).longValue(),
                    earliest == null ? null : periods.dueAt(dataClass, earliest)));
        }
        return due;
    }

    /** R-OPS.3: the record of what was erased, newest first, {@value #PAGE_SIZE} a page (pages from 1). */
    @RolesAllowed("CENTER_ADMIN")
    public Page<ErasureView> erasures(int page) {
        if (page < 1) {
            throw new RuleViolation("R-OPS.3", "/page", "retention.page.invalid");
        }
        List<ErasureRecord> rows = em.createQuery(
                        "select r from ErasureRecord r order by r.erasedAt desc, r.id desc", ErasureRecord.class)
                .setFirstResult((page - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE + 1)
                .getResultList();
        return Page.numbered(
                rows.stream().limit(PAGE_SIZE).map(ErasureView::of).toList(), page, rows.size() > PAGE_SIZE);
    }

    /** The start of each kept item's period (one column {@code s}), as the erasure job counts it. */
    private static String startsOf(DataClass dataClass) {
        return switch (dataClass) {
            case PROCEDURE_FILE ->
                "select ended_at as s from procedure where erased_at is null and ended_at is not null"
                        + " and (legal_hold_at is null or legal_hold_lifted_at is not null)";
            case MEDIATION_FILE ->
                "select ended_at as s from mediation where erased_at is null and ended_at is not null"
                        + " and (legal_hold_at is null or legal_hold_lifted_at is not null)";
            case INACTIVE_ACCOUNT ->
                "select coalesce(a.last_active_at, a.created_at) as s from user_account a where "
                        + Erasure.ACCOUNT_KEPT_FOR_NOTHING_ELSE;
            case SECURITY_LOG -> "select occurred_at as s from security_event";
            case SENT_MAIL -> "select sent_at as s from outbound_mail where erased_at is null and sent_at is not null";
            case EXPIRED_INVITATION ->
                "select expires_at as s from invitation where erased_at is null and accepted_at is null";
            case WEBHOOK_DELIVERY ->
                "select coalesce(delivered_at, given_up_at) as s from webhook_delivery"
                        + " where delivered_at is not null or given_up_at is not null";
        };
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not an instant: " + value.getClass());
    }

    private Procedure procedure(UUID id) {
        return java.util.Optional.ofNullable(id == null ? null : em.find(Procedure.class, id))
                .orElseThrow(NotFound::new);
    }

    private Mediation mediation(UUID id) {
        return java.util.Optional.ofNullable(id == null ? null : em.find(Mediation.class, id))
                .orElseThrow(NotFound::new);
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
