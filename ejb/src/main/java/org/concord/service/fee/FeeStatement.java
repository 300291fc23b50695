package org.concord.service.fee;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.concord.domain.fee.Conclusion;
import org.concord.domain.fee.Fee;
import org.concord.domain.fee.FeeBalance;
import org.concord.domain.fee.FeeKind;
import org.concord.domain.fee.LedgerEntry;
import org.concord.domain.fee.RefundPolicy;
import org.concord.domain.fee.RefundProposal;
import org.concord.domain.procedure.ParticipantRole;

/**
 * The fees of one Procedure as the caller may see them: staff see every fee and the refund proposals; a Party sees its
 * own fees only. Every balance is derived from the ledger; {@code payTo} is where to pay them, quoting each
 * fee's payment reference.
 */
public record FeeStatement(
        UUID procedureId,
        String procedureReference,
        List<FeeView> fees,
        List<ProposalView> proposals,
        PayTo payTo,
        List<InvoiceView> invoices)
        implements Serializable {

    /**
     * issue 24: a Party's invoice: its number, when it was issued and when its fees are due, and its VAT line as
     * the configuration asks: the rate (zero: VAT not applicable), the VAT its fees include, the Center's note on VAT
     * and VAT number (empty where none).
     */
    public record InvoiceView(
            ParticipantRole payer,
            String number,
            LocalDate issuedOn,
            LocalDate dueOn,
            BigDecimal vatRatePercent,
            BigDecimal vatIncluded,
            String vatNote,
            String vatNumber)
            implements Serializable {

        public boolean vatApplies() {
            return vatRatePercent.signum() > 0;
        }
    }

    /** One fee, its balance and its ledger. */
    public record FeeView(
            UUID id,
            FeeKind kind,
            ParticipantRole payer,
            BigDecimal amount,
            String currency,
            String paymentReference,
            BigDecimal paid,
            BigDecimal refunded,
            BigDecimal retained,
            BigDecimal outstanding,
            FeeBalance.Status status,
            List<EntryView> entries)
            implements Serializable {

        static FeeView of(Fee fee) {
            FeeBalance b = fee.balance();
            return new FeeView(
                    fee.id(),
                    fee.kind(),
                    fee.payer(),
                    fee.amount(),
                    fee.currency(),
                    fee.reference().value(),
                    b.paid(),
                    b.refunded(),
                    b.retained(),
                    b.outstanding(),
                    b.status(),
                    fee.entries().stream().map(EntryView::of).toList());
        }
    }

    /** One ledger entry: who, what, how much, when, why. */
    public record EntryView(
            UUID id,
            LedgerEntry.Type type,
            BigDecimal amount,
            String currency,
            LocalDate valueDate,
            Instant recordedAt,
            String recordedBy,
            String rule,
            String note,
            boolean fromBankStatement)
            implements Serializable {

        static EntryView of(LedgerEntry e) {
            return new EntryView(
                    e.id(),
                    e.type(),
                    e.amount(),
                    e.currency(),
                    e.valueDate(),
                    e.recordedAt(),
                    e.recordedBy(),
                    e.ruleId(),
                    e.note().orElse(null),
                    e.bankCreditId().isPresent());
        }
    }

    /** A refund, retention or no-refund decision the system proposed, and what staff decided. */
    public record ProposalView(
            UUID id,
            UUID feeId,
            FeeKind fee,
            RefundPolicy.Action action,
            BigDecimal amount,
            String rule,
            boolean reading,
            Conclusion conclusion,
            Instant proposedAt,
            RefundProposal.State state,
            String decidedBy,
            Instant decidedAt,
            String declineReason)
            implements Serializable {

        static ProposalView of(RefundProposal p) {
            return new ProposalView(
                    p.id(),
                    p.fee().id(),
                    p.fee().kind(),
                    p.action(),
                    p.amount(),
                    p.ruleId(),
                    p.reading(),
                    p.conclusion(),
                    p.proposedAt(),
                    p.state(),
                    p.decidedBy().orElse(null),
                    p.decidedAt().orElse(null),
                    p.declineReason().orElse(null));
        }
    }

    public BigDecimal totalOutstanding() {
        return fees.stream().map(FeeView::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
