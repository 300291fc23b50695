package org.concord.domain.fee;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;

/**
 * One amount a Party owes the Center in one Procedure, fixed from the schedule in force on the date the
 * Request was received (17(a)), with its payment reference and its ledger. Balances are derived from the
 * ledger; nothing here is ever edited, only added to.
 */
@Entity
@Table(name = "fee")
@NamedQuery(name = "Fee.ofProcedure", query = "select f from Fee f where f.procedure.id = :procedureId order by f.kind")
@NamedQuery(name = "Fee.byReference", query = "select f from Fee f where f.reference = :reference")
public class Fee {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id", nullable = false, updatable = false)
    private Procedure procedure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private FeeKind kind;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    /** ISO 11649 creditor reference, unique across all fees. */
    @Column(nullable = false, unique = true, length = 25, updatable = false)
    private String reference;

    @Column(name = "schedule_id", nullable = false, updatable = false)
    private UUID scheduleId;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    private Instant assessedAt;

    @OneToMany(mappedBy = "fee", cascade = CascadeType.PERSIST)
    @OrderBy("recordedAt, id")
    private List<LedgerEntry> entries = new ArrayList<>();

    protected Fee() {}

    private Fee(Procedure procedure, FeeKind kind, FeeSchedule schedule, Instant assessedAt) {
        this.id = UUID.randomUUID();
        this.procedure = procedure;
        this.kind = kind;
        this.amount = schedule.amountOf(kind);
        this.currency = schedule.currency();
        this.reference = PaymentReference.random().value();
        this.scheduleId = schedule.id();
        this.assessedAt = assessedAt;
    }

    /**
     * The fees a Party owes in a Procedure, from {@code schedule}, which must be the one in force on the date the
     * Request was received (17(a)).
     */
    public static List<Fee> assess(Procedure procedure, ParticipantRole payer, FeeSchedule schedule, Instant at) {
        Objects.requireNonNull(procedure, "procedure");
        if (schedule.validFrom().isAfter(procedure.receivedDate())) {
            throw new IllegalArgumentException("17(a): the schedule must be the one in force on the date of receipt");
        }
        List<Fee> fees = new ArrayList<>();
        for (FeeKind kind : FeeKind.owedBy(payer)) {
            fees.add(new Fee(procedure, kind, schedule, at));
        }
        return fees;
    }

    /**
     * Money received for this fee. Refused, with the ledger unchanged, when the amount is not positive whole cents,
     * the currency differs, the fee is already paid in full, or the amount exceeds what is outstanding.
     */
    public LedgerEntry recordPayment(
            BigDecimal paid, String paidCurrency, LocalDate valueDate, LedgerEntry.Recorded recorded) {
        requirePositiveCents(paid);
        if (!currency.equals(paidCurrency)) {
            throw new RuleViolation("R-17.1", "/currency", "rule.payment.currency", currency, paidCurrency);
        }
        Objects.requireNonNull(valueDate, "valueDate");
        FeeBalance balance = balance();
        if (balance.paidInFull()) {
            throw new RuleViolation("R-17.5", null, "rule.payment.alreadyPaid");
        }
        if (paid.compareTo(balance.outstanding()) > 0) {
            throw new RuleViolation(
                    "R-17.5", "/amount", "rule.payment.exceedsOutstanding", balance.outstanding(), currency);
        }
        return add(new LedgerEntry(this, LedgerEntry.Type.PAYMENT, paid, valueDate, "R-17.1", recorded));
    }

    /** A refund under {@code ruleId}: once per fee, never more than the Center holds of it. */
    public LedgerEntry refund(BigDecimal refunded, String ruleId, LocalDate valueDate, LedgerEntry.Recorded recorded) {
        requirePositiveCents(refunded);
        if (has(LedgerEntry.Type.REFUND)) {
            throw new RuleViolation("R-17.3", null, "rule.refund.twice");
        }
        if (refunded.compareTo(balance().refundable()) > 0) {
            throw new RuleViolation(
                    "R-17.3", "/amount", "rule.refund.exceedsPaid", balance().refundable(), currency);
        }
        return add(new LedgerEntry(this, LedgerEntry.Type.REFUND, refunded, valueDate, ruleId, recorded));
    }

    /** The Center keeps what it holds of this fee, once. */
    public LedgerEntry retain(String ruleId, LocalDate valueDate, LedgerEntry.Recorded recorded) {
        if (has(LedgerEntry.Type.RETENTION)) {
            throw new RuleViolation(ruleId, null, "rule.retention.twice");
        }
        BigDecimal held = balance().refundable();
        if (held.signum() <= 0) {
            throw new RuleViolation(ruleId, null, "rule.retention.nothingHeld");
        }
        return add(new LedgerEntry(this, LedgerEntry.Type.RETENTION, held, valueDate, ruleId, recorded));
    }

    public FeeBalance balance() {
        return new FeeBalance(
                amount, sum(LedgerEntry.Type.PAYMENT), sum(LedgerEntry.Type.REFUND), sum(LedgerEntry.Type.RETENTION));
    }

    private LedgerEntry add(LedgerEntry entry) {
        entries.add(entry);
        return entry;
    }

    private boolean has(LedgerEntry.Type type) {
        return entries.stream().anyMatch(e -> e.type() == type);
    }

    private BigDecimal sum(LedgerEntry.Type type) {
        return entries.stream()
                .filter(e -> e.type() == type)
                .map(LedgerEntry::amount)
                .reduce(Money.ZERO, BigDecimal::add);
    }

    private static void requirePositiveCents(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || !Money.hasCents(amount)) {
            throw new RuleViolation("R-17.5", "/amount", "rule.payment.amount");
        }
    }

    public UUID id() {
        return id;
    }

    public Procedure procedure() {
        return procedure;
    }

    public FeeKind kind() {
        return kind;
    }

    public ParticipantRole payer() {
        return kind.payer();
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public PaymentReference reference() {
        return new PaymentReference(reference);
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public List<LedgerEntry> entries() {
        return Collections.unmodifiableList(entries);
    }
}
