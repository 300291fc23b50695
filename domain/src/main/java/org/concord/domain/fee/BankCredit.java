package org.concord.domain.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.RuleViolation;

/**
 * One credit on an imported bank statement. A credit whose RF reference names a fee and whose amount is exactly what
 * is outstanding becomes a payment at once; every other credit (partial, excess, unknown reference, duplicate, wrong
 * currency) waits on the review list for staff, and is never applied silently.
 */
@Entity
@Table(name = "bank_credit")
@NamedQuery(name = "BankCredit.openReview", query = """
        select c from BankCredit c left join fetch c.fee where c.review = org.concord.domain.fee.BankCredit.Review.OPEN
        order by c.bookingDate, c.id""")
@NamedQuery(
        name = "BankCredit.ofStatement",
        query = "select c from BankCredit c where c.statementId = :statement order by c.bookingDate, c.entryRef, c.id")
@NamedQuery(name = "BankCredit.countByEntryRef", query = """
        select count(c) from BankCredit c where c.accountIban = :iban and c.entryRef = :entryRef""")
public class BankCredit {

    /** How a credit relates to the fees. */
    public enum Outcome {
        /** The reference names a fee and the amount is exactly what is outstanding: applied. */
        MATCHED,
        /** Less than what is outstanding. */
        PARTIAL,
        /** More than what is outstanding. */
        EXCESS,
        /** No valid RF reference, or one that names no fee. */
        UNKNOWN_REFERENCE,
        /** The fee is already paid in full, or the bank reported this very entry on an earlier statement. */
        DUPLICATE,
        /** Not in the fee's currency. */
        WRONG_CURRENCY
    }

    /** Whether staff must look at a credit. */
    public enum Review {
        NOT_NEEDED,
        OPEN,
        APPLIED,
        DISMISSED
    }

    @Id
    private UUID id;

    @Column(name = "statement_id", nullable = false, updatable = false)
    private UUID statementId;

    @Column(name = "account_iban", nullable = false, length = 34, updatable = false)
    private String accountIban;

    /** The bank's reference of the entry (AcctSvcrRef), used to recognise an entry reported twice. */
    @Column(name = "entry_ref", length = 35, updatable = false)
    private String entryRef;

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "booking_date", nullable = false, updatable = false)
    private LocalDate bookingDate;

    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    @Column(name = "debtor_name", length = 140, updatable = false)
    private String debtorName;

    @Column(name = "remittance", length = 500, updatable = false)
    private String remittance;

    @Column(name = "payment_reference", length = 25, updatable = false)
    private String paymentReference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "fee_id")
    private Fee fee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Review review;

    @Column(name = "reviewed_by", length = 254)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_note", length = 500)
    private String reviewNote;

    @Version
    private long version;

    protected BankCredit() {}

    /**
     * A credit read from {@code statement}, classified against the fee its reference names ({@code null} if none)
     * and whether the bank already reported the same entry.
     */
    public BankCredit(BankStatement statement, StatementCredit credit, Fee fee, boolean reportedBefore) {
        this.id = UUID.randomUUID();
        this.statementId = statement.id();
        this.accountIban = statement.accountIban();
        this.entryRef = credit.entryRef();
        this.amount = credit.amount();
        this.currency = credit.currency();
        this.bookingDate = credit.bookingDate();
        this.valueDate = credit.valueDate();
        this.debtorName = credit.debtorName();
        this.remittance = credit.remittance();
        this.paymentReference = credit.reference().map(PaymentReference::value).orElse(null);
        this.fee = fee;
        this.outcome = classify(credit.amount(), credit.currency(), fee, reportedBefore);
        this.review = outcome == Outcome.MATCHED ? Review.NOT_NEEDED : Review.OPEN;
    }

    static Outcome classify(BigDecimal amount, String currency, Fee fee, boolean reportedBefore) {
        if (reportedBefore) {
            return Outcome.DUPLICATE;
        }
        if (fee == null) {
            return Outcome.UNKNOWN_REFERENCE;
        }
        if (!fee.currency().equals(currency)) {
            return Outcome.WRONG_CURRENCY;
        }
        FeeBalance balance = fee.balance();
        if (balance.paidInFull()) {
            return Outcome.DUPLICATE;
        }
        int comparison = amount.compareTo(balance.outstanding());
        return comparison == 0 ? Outcome.MATCHED : comparison < 0 ? Outcome.PARTIAL : Outcome.EXCESS;
    }

    /** A matched credit becomes its fee's payment, recorded by the import. */
    public LedgerEntry applyMatch(String by, Instant at) {
        if (outcome != Outcome.MATCHED) {
            throw new IllegalStateException("Only a matched credit is applied without review");
        }
        return fee.recordPayment(
                amount,
                currency,
                valueDate,
                LedgerEntry.Recorded.by(by, at)
                        .fromBankCredit(id)
                        .withNote("camt.053 " + Objects.toString(entryRef, "")));
    }

    /**
     * Staff apply a reviewed credit to {@code target} (the fee it names, or the one staff identified), for at most the
     * credit's amount and never more than is outstanding; the rest is returned to the payer outside Concord. Without
     * an amount, as much of the credit as the fee still owes.
     */
    public LedgerEntry apply(Fee target, BigDecimal requested, String note, String by, Instant at) {
        requireOpen();
        BigDecimal applied =
                requested != null ? requested : amount.min(target.balance().outstanding());
        if (applied.compareTo(amount) > 0) {
            throw new RuleViolation("R-17.5", "/amount", "rule.credit.exceedsCredit", amount, currency);
        }
        LedgerEntry entry = target.recordPayment(
                applied,
                currency,
                valueDate,
                LedgerEntry.Recorded.by(by, at).fromBankCredit(id).withNote(note));
        this.fee = target;
        close(Review.APPLIED, by, at, note);
        return entry;
    }

    /** Staff decide the credit is no fee payment (returned to the payer, booked elsewhere), saying why. */
    public void dismiss(String note, String by, Instant at) {
        requireOpen();
        if (note == null || note.isBlank()) {
            throw new RuleViolation("R-17.5", "/note", "rule.credit.noteRequired");
        }
        close(Review.DISMISSED, by, at, note);
    }

    private void close(Review closed, String by, Instant at, String note) {
        this.review = closed;
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.reviewNote = note == null || note.isBlank() ? null : note.strip();
    }

    private void requireOpen() {
        if (review != Review.OPEN) {
            throw new RuleViolation("R-17.5", null, "rule.credit.reviewed");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID statementId() {
        return statementId;
    }

    public Optional<String> entryRef() {
        return Optional.ofNullable(entryRef);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public LocalDate bookingDate() {
        return bookingDate;
    }

    public LocalDate valueDate() {
        return valueDate;
    }

    public Optional<String> debtorName() {
        return Optional.ofNullable(debtorName);
    }

    public Optional<String> remittance() {
        return Optional.ofNullable(remittance);
    }

    public Optional<String> paymentReference() {
        return Optional.ofNullable(paymentReference);
    }

    public Optional<Fee> fee() {
        return Optional.ofNullable(fee);
    }

    public Outcome outcome() {
        return outcome;
    }

    public Review review() {
        return review;
    }

    public Optional<String> reviewedBy() {
        return Optional.ofNullable(reviewedBy);
    }

    public Optional<String> reviewNote() {
        return Optional.ofNullable(reviewNote);
    }
}
