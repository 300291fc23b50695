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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.ProcedureDeadline;

/**
 * A Party's invoice of its fees in one Procedure: issued once, when the fees are assessed (or, for fees
 * assessed before invoices were numbered, when first asked for), with a number from the {@link InvoiceCounter}, the
 * date of issue and the due date. <b>Reading</b> of 17(a) (no action on a filing of a Party that has not paid in
 * full): each fee is due with the filing it allows. The Requesting Party's filing fee is due on issue (the Request
 * waits for it, R-17.2); the Responding Party's fees are due by the last day of the Answer period, or, where that
 * period cannot be computed, 20 days after issue.
 */
@Entity
@Table(name = "invoice")
@NamedQuery(name = "Invoice.of", query = """
        select i from Invoice i where i.procedure.id = :procedureId and i.payer = :payer""")
@NamedQuery(name = "Invoice.ofProcedure", query = """
        select i from Invoice i where i.procedure.id = :procedureId order by i.payer""")
public class Invoice {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id", nullable = false)
    private Procedure procedure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipantRole payer;

    @Column(name = "issue_year", nullable = false)
    private int year;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(nullable = false, length = 40, unique = true)
    private String number;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected Invoice() {}

    /**
     * Issues {@code payer}'s invoice on {@code issuedOn}, numbered by {@code counter} (locked by the caller).
     *
     * @param answerDue the last day of the Answer period, if it runs
     */
    public static Invoice issue(
            Procedure procedure,
            ParticipantRole payer,
            LocalDate issuedOn,
            Optional<LocalDate> answerDue,
            InvoiceCounter counter,
            String prefix) {
        Objects.requireNonNull(procedure);
        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID();
        invoice.procedure = procedure;
        invoice.payer = Objects.requireNonNull(payer);
        invoice.issuedOn = issuedOn;
        invoice.dueOn = dueOn(payer, issuedOn, answerDue);
        InvoiceCounter.Numbered numbered = counter.next(issuedOn.getYear());
        invoice.year = numbered.year();
        invoice.sequence = numbered.sequence();
        invoice.number = number(prefix, invoice.year, invoice.sequence);
        return invoice;
    }

    /** The reading of 17(a) in the class comment: when {@code payer}'s fees are due. */
    static LocalDate dueOn(ParticipantRole payer, LocalDate issuedOn, Optional<LocalDate> answerDue) {
        if (payer != ParticipantRole.RESPONDING_PARTY) {
            return issuedOn;
        }
        return answerDue
                .filter(d -> !d.isBefore(issuedOn))
                .orElse(issuedOn.plusDays(ProcedureDeadline.Kind.ANSWER.days()));
    }

    /** The printed number: the prefix, the year of issue and the sequence of five digits or more, "INV-2026-00042". */
    static String number(String prefix, int year, int sequence) {
        return "%s%d-%05d".formatted(prefix == null ? "" : prefix.strip(), year, sequence);
    }

    public UUID id() {
        return id;
    }

    public ParticipantRole payer() {
        return payer;
    }

    public String number() {
        return number;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }
}
