package org.concord.reports;

import java.math.BigDecimal;

/** One fee on an invoice: its kind (a key of the labels: FILING, ADMINISTRATION, NEUTRAL), amount and reference. */
public record InvoiceLine(
        String kind, BigDecimal amount, String currency, String paymentReference, BigDecimal outstanding) {}
