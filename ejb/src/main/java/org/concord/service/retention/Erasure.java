package org.concord.service.retention;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.concord.domain.account.Role;
import org.concord.domain.mediation.Mediation;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.retention.DataClass;
import org.concord.domain.retention.ErasureRecord;
import org.concord.domain.retention.RetentionLease;
import org.concord.domain.retention.RetentionPeriods;

/**
 * R-OPS.3: the erasure job's unit of work: one batch of one data class, in one transaction. The class's
 * {@link RetentionLease} row is claimed first ({@code FOR UPDATE SKIP LOCKED}): another instance running the same
 * class at the same moment passes over it, so that each due item is erased once and recorded once
 * ({@link ErasureRecord}: ids and counts, no content). What erasure does to each class is said on {@link DataClass};
 * the columns the statistics and the annual report read (states, dates, durations, matter, language, country,
 * outcome, restrictions, the Requesting Party's id) are never touched, and an erased audit entry keeps its time, hash
 * and place.
 */
@Stateless
public class Erasure {

    private static final Logger LOG = Logger.getLogger(Erasure.class.getName());
    /** The most items of one class erased in one transaction (and named in one record). */
    public static final int BATCH = 100;
    /** Hibernate's lock timeout value for SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    /**
     * An account ({@code a}) not yet erased, acting for no one at the Center, in no Procedure or mediation whose file
     * is kept: the accounts whose inactivity alone decides (shared with the administrators' count).
     */
    static final String ACCOUNT_KEPT_FOR_NOTHING_ELSE = "a.erased_at is null"
            + " and not exists (select 1 from account_role r where r.account_id = a.id"
            + " and r.role in ('" + Role.CENTER_ADMIN + "', '" + Role.CENTER_STAFF + "'))"
            + " and not exists (select 1 from participant pa, procedure p where pa.account_id = a.id"
            + " and p.id = pa.procedure_id and p.erased_at is null)"
            + " and not exists (select 1 from neutral_appointment na, procedure p"
            + " where na.candidate_id = a.id and p.id = na.procedure_id and p.erased_at is null)"
            + " and not exists (select 1 from mediation_participant mp, mediation m"
            + " where mp.email = a.email and m.id = mp.mediation_id and m.erased_at is null)";

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private RetentionSettings settings;

    /**
     * Erases up to {@link #BATCH} items of {@code dataClass} that are past their period at the application's clock;
     * nothing when another instance holds the class's lease.
     *
     * @return how many were erased (a full batch: there may be more)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int eraseDue(DataClass dataClass) {
        Optional<RetentionLease> lease = em.createQuery(
                        "select l from RetentionLease l where l.dataClass = :dataClass", RetentionLease.class)
                .setParameter("dataClass", dataClass)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultStream()
                .findFirst();
        if (lease.isEmpty()) {
            return 0; // another instance is erasing this class now
        }
        Instant now = clock.instant();
        RetentionPeriods periods = settings.periods();
        Instant cutoff = periods.cutoff(dataClass, now);
        List<UUID> erased = switch (dataClass) {
            case PROCEDURE_FILE -> eraseProcedures(periods, cutoff, now);
            case MEDIATION_FILE -> eraseMediations(periods, cutoff, now);
            case INACTIVE_ACCOUNT -> pseudonymiseAccounts(cutoff, now);
            case SECURITY_LOG -> deleteSecurityEvents(cutoff);
            case SENT_MAIL -> eraseSentMail(cutoff, now);
            case EXPIRED_INVITATION -> eraseExpiredInvitations(cutoff, now);
            case WEBHOOK_DELIVERY -> deleteWebhookDeliveries(cutoff);
        };
        lease.get().ran(now);
        if (!erased.isEmpty()) {
            em.persist(new ErasureRecord(dataClass, erased, now));
            LOG.info(() -> "Retention: erased " + erased.size() + " of " + dataClass);
        }
        return erased.size();
    }

    private List<UUID> eraseProcedures(RetentionPeriods periods, Instant cutoff, Instant now) {
        List<Procedure> due = em
                .createQuery(
                        "select p from Procedure p where p.erasedAt is null and p.termination.endedAt <= :cutoff"
                                + " and (p.legalHold.placedAt is null or p.legalHold.liftedAt is not null)"
                                + " order by p.termination.endedAt, p.id",
                        Procedure.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH)
                .getResultList()
                .stream()
                .filter(p -> p.isDueForErasure(periods, now))
                .toList();
        List<UUID> ids = due.stream().map(Procedure::id).toList();
        // The erasure is SQL: nothing loaded may be written back over it at the commit.
        due.forEach(em::detach);
        for (UUID id : ids) {
            eraseProcedure(id, now);
        }
        return ids;
    }

    private void eraseProcedure(UUID id, Instant now) {
        String documents = "select d.id from document d where d.filing_id in (select f.id from filing f"
                + " where f.procedure_id = :id) or d.communication_id in (select c.id from communication c"
                + " where c.procedure_id = :id) or d.id in (select r.document_id from resolution r, procedure p"
                + " where p.resolution_id = r.id and p.id = :id)";
        eraseDocuments(documents, id, now);
        update(
                "update procedure set description = '', platform_name = '', "
                        + blank(
                                "remedy",
                                "other_proceedings",
                                "representative",
                                "representative_key",
                                "answer_representative_key",
                                "platform_reference",
                                "platform_correspondence_email",
                                "termination_note",
                                "terminated_by",
                                "implementation_reason",
                                "implementation_reported_by",
                                "language_decided_by",
                                "language_reason",
                                "compliance_checked_by",
                                "resolution_extension_reason",
                                "answer_representative",
                                "answer_contact_email",
                                "answer_reply",
                                "answer_terms",
                                "answer_other_proceedings")
                        + ", erased_at = :now where id = :id",
                id,
                now);
        update("update communication set text = '', author_email = '' where procedure_id = :id", id, null);
        update(
                "update resolution set "
                        + blank(
                                "description",
                                "recommendation",
                                "reasons",
                                "signed_by",
                                "signed_by_name",
                                "communicated_by")
                        + " where id in (select p.resolution_id from procedure p where p.id = :id)",
                id,
                null);
        update("update disclosure set neutral = '', circumstances = '' where procedure_id = :id", id, null);
        update(
                "update external_disclosure set recipient = '', what = '', recorded_by = '' where procedure_id = :id",
                id,
                null);
        update(
                "update appointment_conflict set subject = '', side_name = '' where appointment_id in"
                        + " (select a.id from neutral_appointment a where a.procedure_id = :id)",
                id,
                null);
        update(
                "update neutral_appointment set invited_by = '', " + blank("declaration", "reason")
                        + " where procedure_id = :id",
                id,
                null);
        update(
                "update statement_of_reasons set document = '', puid = '', keywords = '' where procedure_id = :id",
                id,
                null);
        eraseTrail(id);
    }

    private List<UUID> eraseMediations(RetentionPeriods periods, Instant cutoff, Instant now) {
        List<Mediation> due = em
                .createQuery(
                        "select m from Mediation m where m.erasedAt is null and m.endedAt <= :cutoff"
                                + " and (m.legalHold.placedAt is null or m.legalHold.liftedAt is not null)"
                                + " order by m.endedAt, m.id",
                        Mediation.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH)
                .getResultList()
                .stream()
                .filter(m -> m.isDueForErasure(periods, now))
                .toList();
        List<UUID> ids = due.stream().map(Mediation::id).toList();
        due.forEach(em::detach);
        for (UUID id : ids) {
            eraseDocuments("select s.document_id from settlement_agreement s where s.mediation_id = :id", id, now);
            update(
                    "update mediation set summary = '', " + blank("ended_by", "end_reason")
                            + ", erased_at = :now where id = :id",
                    id,
                    now);
            update(
                    "update mediation_message set text = '', author_email = '', " + blank("released_by")
                            + " where mediation_id = :id",
                    id,
                    null);
            update(
                    "update mediation_participant set email = 'erased-' || cast(id as varchar(36))"
                            + " where mediation_id = :id",
                    id,
                    null);
            update("update mediation_session set place = '' where mediation_id = :id", id, null);
            update(
                    "update settlement_agreement set proposed_by = '', "
                            + blank("requesting_accepted_by", "responding_accepted_by") + " where mediation_id = :id",
                    id,
                    null);
            update(
                    "update invitation set email = '', erased_at = coalesce(erased_at, :now) where mediation_id = :id",
                    id,
                    now);
            eraseTrail(id);
        }
        return ids;
    }

    /**
     * An account not signed in for the period, acting for no one at the Center, and in no Procedure or mediation whose
     * file is kept: its id stays (statistics count a Requesting Party's filings by it), all else that names it goes.
     */
    private List<UUID> pseudonymiseAccounts(Instant cutoff, Instant now) {
        List<UUID> ids = ids(em.createNativeQuery("select a.id from user_account a where "
                        + ACCOUNT_KEPT_FOR_NOTHING_ELSE
                        + " and coalesce(a.last_active_at, a.created_at) <= :cutoff order by a.id")
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH)
                .getResultList());
        if (ids.isEmpty()) {
            return ids;
        }
        for (String table : List.of(
                "api_token",
                "account_session",
                "totp_factor",
                "recovery_code",
                "passkey",
                "account_link",
                // issue 24: the in-app copies of the mail sent to it, which name people and Procedures
                "inbox_entry")) {
            em.createNativeQuery("delete from " + table + " where account_id in (:ids)")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        em.createNativeQuery("update user_account set email = 'erased-' || cast(id as varchar(36)) ||"
                        + " '@erased.invalid', display_name = '', " + blank("sort_name", "search_name")
                        + ", password_hash = '!', domicile = null, time_zone = null, disabled_at = coalesce(disabled_at, :now),"
                        + " erased_at = :now where id in (:ids)")
                .setParameter("now", now)
                .setParameter("ids", ids)
                .executeUpdate();
        return ids;
    }

    private List<UUID> deleteSecurityEvents(Instant cutoff) {
        List<UUID> ids = ids(em.createNativeQuery(
                        "select id from security_event where occurred_at <= :cutoff order by occurred_at, id")
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH)
                .getResultList());
        if (!ids.isEmpty()) {
            em.createNativeQuery("delete from security_event where id in (:ids)")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return ids;
    }

    private List<UUID> eraseSentMail(Instant cutoff, Instant now) {
        List<UUID> ids = ids(em.createNativeQuery("select id from outbound_mail where erased_at is null"
                        + " and sent_at <= :cutoff order by sent_at, id")
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH)
                .getResultList());
        if (!ids.isEmpty()) {
            em.createNativeQuery("update outbound_mail set recipient = '', body = '', erased_at = :now"
                            + " where id in (:ids)")
                    .setParameter("now", now)
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return ids;
    }

    private List<UUID> eraseExpiredInvitations(Instant cutoff, Instant now) {
        List<UUID> ids = ids(em.createNativeQuery("select id from invitation where erased_at is null"
                        + " and accepted_at is null and expires_at <= :cutoff order by expires_at, id")
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH)
                .getResultList());
        if (!ids.isEmpty()) {
            em.createNativeQuery("update invitation set email = '', erased_at = :now where id in (:ids)")
                    .setParameter("now", now)
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return ids;
    }

    private List<UUID> deleteWebhookDeliveries(Instant cutoff) {
        List<UUID> ids = ids(em.createNativeQuery("select id from webhook_delivery"
                        + " where coalesce(delivered_at, given_up_at) <= :cutoff order by created_at, id")
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH)
                .getResultList());
        if (!ids.isEmpty()) {
            em.createNativeQuery("delete from webhook_attempt where delivery_id in (:ids)")
                    .setParameter("ids", ids)
                    .executeUpdate();
            em.createNativeQuery("delete from webhook_delivery where id in (:ids)")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return ids;
    }

    /** R-OPS.3: who and what of every entry are gone; time, hash and place stay, and the chain verifies. */
    private void eraseTrail(UUID subject) {
        update("update audit_entry set actor = '', what = '', erased = true where procedure_id = :id", subject, null);
    }

    /**
     * The contents of the documents {@code select} names (by {@code :id}) are emptied and the documents marked erased
     * at {@code now} (the pages and the API say so, a download answers 410); size and SHA-256 stay.
     */
    private void eraseDocuments(String select, UUID id, Instant now) {
        em.createNativeQuery("update document_content set bytes = :nothing where id in"
                        + " (select e.content_id from document e where e.id in (" + select + "))")
                .setParameter("nothing", new byte[0])
                .setParameter("id", id)
                .executeUpdate();
        em.createNativeQuery("update document set filename = 'erased', uploaded_by = '',"
                        + " erased_at = coalesce(erased_at, :now) where id in (" + select + ")")
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate();
    }

    private void update(String sql, UUID id, Instant now) {
        var query = em.createNativeQuery(sql).setParameter("id", id);
        if (now != null) {
            query.setParameter("now", now);
        }
        query.executeUpdate();
    }

    /** Each column emptied where it had a value, left empty where it had none (so "was it set?" stays true). */
    private static String blank(String... columns) {
        return String.join(
                ", ",
                java.util.Arrays.stream(columns)
                        .map(c -> c + " = case when " + c + " is null then null else '' end")
                        .toList());
    }

    /** Native ids as the driver answers them: a UUID (PostgreSQL), 16 bytes (H2), or text. */
    private static List<UUID> ids(List<?> rows) {
        return rows.stream().map(Erasure::uuid).toList();
    }

    private static UUID uuid(Object value) {
        if (value instanceof UUID uuid) {
            return uuid;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }
}
