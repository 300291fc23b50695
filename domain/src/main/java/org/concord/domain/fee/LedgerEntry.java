package org.concord.domain.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One movement of money on a fee: who recorded what, how much, in which currency, on which date and under
 * which rule. Entries are only ever added, never changed or removed; every balance is computed from them.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    /** What happened to the money. */
    public enum Type {
        /** Money received from the paying Party. */
        PAYMENT,
        /** Money sent back to the Party that paid it. */
        REFUND,
        /** Money the Center keeps and will not refund. */
        RETENTION
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fee_id", nullable = false, updatable = false)
    private Fee fee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Type type;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    /** The value date: when the bank credited or debited the money (Geneva date). */
    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 254, updatable = false)
    private String recordedBy;

    @Column(name = "rule_id", nullable = false, length = 20, updatable = false)
    private String ruleId;

    @Column(length = 500, updatable = false)
    private String note;

    /** The bank statement's credit this payment came from: at most one entry per credit. */
    @Column(name = "bank_credit_id", unique = true, updatable = false)
    private UUID bankCreditId;

    /** The refund proposal this entry carries out: at most one entry per proposal. */
    @Column(name = "proposal_id", unique = true, updatable = false)
    private UUID proposalId;

    protected LedgerEntry() {}

    LedgerEntry(Fee fee, Type type, BigDecimal amount, LocalDate valueDate, String ruleId, Recorded recorded) {
        this.id = UUID.randomUUID();
        this.fee = fee;
        this.type = type;
        this.amount = Money.euros(amount);
        this.currency = fee.currency();
        this.valueDate = valueDate;
        this.ruleId = ruleId;
        this.recordedAt = recorded.at();
        this.recordedBy = recorded.by();
        this.note = recorded.note();
        this.bankCreditId = recorded.bankCreditId();
        this.proposalId = recorded.proposalId();
    }

    /**
     * Who recorded a movement and when, with an optional note and the bank credit or refund proposal it comes from.
     */
    public record Recorded(String by, Instant at, String note, UUID bankCreditId, UUID proposalId) {

        public static Recorded by(String by, Instant at) {
            return new Recorded(by, at, null, null, null);
        }

        public Recorded withNote(String text) {
            return new Recorded(by, at, text == null || text.isBlank() ? null : text.strip(), bankCreditId, proposalId);
        }

        public Recorded fromBankCredit(UUID credit) {
            return new Recorded(by, at, note, credit, proposalId);
        }

        public Recorded forProposal(UUID proposal) {
            return new Recorded(by, at, note, bankCreditId, proposal);
        }
    }

    public UUID id() {
        return id;
    }

    public Fee fee() {
        return fee;
    }

    public Type type() {
        return type;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public LocalDate valueDate() {
        return valueDate;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String ruleId() {
        return ruleId;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Optional<UUID> bankCreditId() {
        return Optional.ofNullable(bankCreditId);
    }
}
