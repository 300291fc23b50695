package org.concord.domain.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.concord.domain.RuleViolation;

/**
 * The amounts of, in force from a Geneva date until the next schedule's. 17(a): the schedule in force on the
 * date the Request was received applies to its fees, so a schedule can only take effect in the future and can only be
 * withdrawn before it does; existing fees keep their amounts.
 */
@Entity
@Table(name = "fee_schedule")
@NamedQuery(name = "FeeSchedule.all", query = "select s from FeeSchedule s order by s.validFrom desc")
@NamedQuery(name = "FeeSchedule.inForceOn", query = """
        select s from FeeSchedule s where s.validFrom <= :date order by s.validFrom desc""")
public class FeeSchedule {

    public static final String EUR = "EUR";

    @Id
    private UUID id;

    @Column(name = "valid_from", nullable = false, unique = true)
    private LocalDate validFrom;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "filing_fee", nullable = false, precision = 12, scale = 2)
    private BigDecimal filingFee;

    @Column(name = "administration_fee", nullable = false, precision = 12, scale = 2)
    private BigDecimal administrationFee;

    @Column(name = "neutral_fee", nullable = false, precision = 12, scale = 2)
    private BigDecimal neutralFee;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FeeSchedule() {}

    /**
     * A new schedule, taking effect on {@code validFrom}, which must be after {@code today} (17(a): no schedule
     * changes the fees of a Request already received).
     */
    public FeeSchedule(
            LocalDate validFrom,
            BigDecimal filingFee,
            BigDecimal administrationFee,
            BigDecimal neutralFee,
            String createdBy,
            Instant createdAt,
            LocalDate today) {
        Objects.requireNonNull(validFrom, "validFrom");
        if (!validFrom.isAfter(today)) {
            throw new RuleViolation("R-17.1", "/validFrom", "rule.schedule.future");
        }
        this.id = UUID.randomUUID();
        this.validFrom = validFrom;
        this.currency = EUR;
        this.filingFee = amount(filingFee, "/filingFee");
        this.administrationFee = amount(administrationFee, "/administrationFee");
        this.neutralFee = amount(neutralFee, "/neutralFee");
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    private static BigDecimal amount(BigDecimal amount, String field) {
        if (amount == null || amount.signum() < 0 || !Money.hasCents(amount)) {
            throw new RuleViolation("R-17.1", field, "rule.schedule.amount");
        }
        return Money.euros(amount);
    }

    /** 17(a): only a schedule not yet in force may be withdrawn. */
    public void requireWithdrawable(LocalDate today) {
        if (!validFrom.isAfter(today)) {
            throw new RuleViolation("R-17.1", null, "rule.schedule.inForce");
        }
    }

    public BigDecimal amountOf(FeeKind kind) {
        return switch (kind) {
            case FILING -> filingFee;
            case ADMINISTRATION -> administrationFee;
            case NEUTRAL -> neutralFee;
        };
    }

    public UUID id() {
        return id;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public String currency() {
        return currency;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
