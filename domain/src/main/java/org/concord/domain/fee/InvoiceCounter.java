package org.concord.domain.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one counter that numbers invoices, sequentially per calendar year of issue: the first invoice of a year
 * is 1. Whoever numbers an invoice holds the row locked until it commits, so that no number is given twice or skipped
 * (the unique constraints on the invoice are the last guard).
 */
@Entity
@Table(name = "invoice_counter")
public class InvoiceCounter {

    /** The id of the single row. */
    public static final int THE = 1;

    @Id
    private int id;

    @Column(name = "issue_year", nullable = false)
    private int year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected InvoiceCounter() {}

    /** A counter that has numbered nothing yet (tests; the database holds the real one). */
    public static InvoiceCounter fresh() {
        InvoiceCounter counter = new InvoiceCounter();
        counter.id = THE;
        return counter;
    }

    /** A number given: the year it counts in and its place in that year. */
    public record Numbered(int year, int sequence) {}

    /**
     * The next number for an invoice issued in {@code issueYear}; a new year starts again at 1. Should the clock go
     * back a year (a configured offset changed), the numbering goes on in the latest year rather than give a number
     * twice.
     */
    Numbered next(int issueYear) {
        if (issueYear > year) {
            year = issueYear;
            lastNumber = 0;
        }
        return new Numbered(year, ++lastNumber);
    }
}
