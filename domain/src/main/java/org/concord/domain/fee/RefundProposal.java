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
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.RuleViolation;

/**
 * A refund, a retention or the decision that there is none, proposed by the system when a Procedure ends (R-17.3,
 * ) and confirmed or declined by staff. Confirming a refund or retention adds its ledger entry.
 */
@Entity
@Table(name = "refund_proposal")
@NamedQuery(name = "RefundProposal.ofProcedure", query = """
        select r from RefundProposal r join fetch r.fee f where f.procedure.id = :procedureId
        order by r.proposedAt, f.kind""")
public class RefundProposal {

    /** Where a proposal stands. */
    public enum State {
        PROPOSED,
        CONFIRMED,
        DECLINED
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fee_id", nullable = false, updatable = false)
    private Fee fee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private RefundPolicy.Action action;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "rule_id", nullable = false, length = 20, updatable = false)
    private String ruleId;

    /** True where the Rules are silent and Concord's reading decided (shown to staff). */
    @Column(nullable = false, updatable = false)
    private boolean reading;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 50, updatable = false)
    private Conclusion conclusion;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decline_reason", length = 500)
    private String declineReason;

    @Version
    private long version;

    protected RefundProposal() {}

    public RefundProposal(Fee fee, RefundPolicy.Move move, Conclusion conclusion, Instant proposedAt) {
        this.id = UUID.randomUUID();
        this.fee = fee;
        this.action = move.action();
        this.amount = Money.euros(move.amount());
        this.ruleId = move.ruleId();
        this.reading = move.reading();
        this.conclusion = conclusion;
        this.proposedAt = proposedAt;
        this.state = State.PROPOSED;
    }

    /** Staff confirm: the refund or retention enters the ledger (once: a decided proposal stays decided). */
    public Optional<LedgerEntry> confirm(String by, Instant at, LocalDate today) {
        requireProposed();
        this.state = State.CONFIRMED;
        this.decidedBy = by;
        this.decidedAt = at;
        LedgerEntry.Recorded recorded = LedgerEntry.Recorded.by(by, at).forProposal(id);
        return switch (action) {
            case REFUND -> Optional.of(fee.refund(amount, ruleId, today, recorded));
            case RETAIN -> Optional.of(fee.retain(ruleId, today, recorded));
            case NO_REFUND -> Optional.empty();
        };
    }

    /** Staff decline, saying why; the ledger is unchanged. */
    public void decline(String by, Instant at, String reason) {
        requireProposed();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(ruleId, "/reason", "rule.proposal.reasonRequired");
        }
        this.state = State.DECLINED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.declineReason = reason.strip();
    }

    private void requireProposed() {
        if (state != State.PROPOSED) {
            throw new RuleViolation(ruleId, null, "rule.proposal.decided");
        }
    }

    public UUID id() {
        return id;
    }

    public Fee fee() {
        return fee;
    }

    public RefundPolicy.Action action() {
        return action;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String ruleId() {
        return ruleId;
    }

    public boolean reading() {
        return reading;
    }

    public Conclusion conclusion() {
        return conclusion;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public State state() {
        return state;
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> declineReason() {
        return Optional.ofNullable(declineReason);
    }
}
