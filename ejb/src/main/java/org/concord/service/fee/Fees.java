package org.concord.service.fee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.fee.Fee;
import org.concord.domain.fee.FeeSchedule;
import org.concord.domain.fee.Invoice;
import org.concord.domain.fee.InvoiceCounter;
import org.concord.domain.fee.PaymentReference;
import org.concord.domain.fee.RefundProposal;
import org.concord.domain.procedure.ParticipantRole;

/** Repository of fees, their schedules and refund proposals; joins the caller's transaction. */
@ApplicationScoped
public class Fees {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    /** 17(a): the schedule in force on a Geneva date. */
    public FeeSchedule scheduleInForceOn(LocalDate date) {
        return em.createNamedQuery("FeeSchedule.inForceOn", FeeSchedule.class)
                .setParameter("date", date)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No fee schedule in force on " + date));
    }

    public List<FeeSchedule> schedules() {
        return em.createNamedQuery("FeeSchedule.all", FeeSchedule.class).getResultList();
    }

    public Optional<FeeSchedule> schedule(UUID id) {
        return Optional.ofNullable(em.find(FeeSchedule.class, id));
    }

    /** Persists a new fee, schedule or refund proposal. */
    public void add(Object entity) {
        em.persist(entity);
    }

    public void remove(FeeSchedule schedule) {
        em.remove(schedule);
    }

    public List<Fee> ofProcedure(UUID procedureId) {
        return em.createNamedQuery("Fee.ofProcedure", Fee.class)
                .setParameter("procedureId", procedureId)
                .getResultList();
    }

    /**
     * The fee, locked until the transaction ends: two staff members recording the same payment at once are served
     * one after the other, and the second sees the first's entry (one ledger entry, R-17.5).
     */
    public Optional<Fee> lock(UUID feeId) {
        return Optional.ofNullable(em.find(Fee.class, feeId, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Fee> lockByReference(PaymentReference reference) {
        return em.createNamedQuery("Fee.byReference", Fee.class)
                .setParameter("reference", reference.value())
                .getResultStream()
                .findFirst()
                .flatMap(f -> lock(f.id()));
    }

    public List<RefundProposal> proposalsOf(UUID procedureId) {
        return em.createNamedQuery("RefundProposal.ofProcedure", RefundProposal.class)
                .setParameter("procedureId", procedureId)
                .getResultList();
    }

    public Optional<RefundProposal> proposal(UUID id) {
        return Optional.ofNullable(em.find(RefundProposal.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** {@code payer}'s invoice of the Procedure's fees, if issued. */
    public Optional<Invoice> invoiceOf(UUID procedureId, ParticipantRole payer) {
        return em.createNamedQuery("Invoice.of", Invoice.class)
                .setParameter("procedureId", procedureId)
                .setParameter("payer", payer)
                .getResultStream()
                .findFirst();
    }

    public List<Invoice> invoicesOf(UUID procedureId) {
        return em.createNamedQuery("Invoice.ofProcedure", Invoice.class)
                .setParameter("procedureId", procedureId)
                .getResultList();
    }

    /** The invoice counter, locked until the transaction ends: each number is given once. */
    public InvoiceCounter lockInvoiceCounter() {
        return em.find(InvoiceCounter.class, InvoiceCounter.THE, LockModeType.PESSIMISTIC_WRITE);
    }

    public void flush() {
        em.flush();
    }
}
