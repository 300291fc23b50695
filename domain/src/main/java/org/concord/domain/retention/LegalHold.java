package org.concord.domain.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.concord.domain.RuleViolation;

/**
 * R-OPS.3: a legal hold on a Procedure or a mediation, placed by staff with a reason (litigation, an authority's
 * request); while it is held the file is not erased, whatever its period says. Lifting it needs a reason too; the
 * last lifting is kept beside the hold, and both are in the subject's audit trail. A part of its subject;
 * {@code null} in the entity until the first hold.
 */
@Embeddable
public class LegalHold {

    @Column(name = "legal_hold_reason", length = 2000)
    private String reason;

    @Column(name = "legal_hold_by", length = 254)
    private String placedBy;

    @Column(name = "legal_hold_at")
    private Instant placedAt;

    @Column(name = "legal_hold_lifted_reason", length = 2000)
    private String liftedReason;

    @Column(name = "legal_hold_lifted_by", length = 254)
    private String liftedBy;

    @Column(name = "legal_hold_lifted_at")
    private Instant liftedAt;

    protected LegalHold() {}

    /** No hold was ever placed. */
    public static LegalHold none() {
        return new LegalHold();
    }

    /** A hold placed by {@code by} (an address) for {@code reason}; a reason is required. */
    public static LegalHold placed(String by, String reason, Instant at) {
        LegalHold hold = new LegalHold();
        hold.reason = requireReason(reason);
        hold.placedBy = Objects.requireNonNull(by);
        hold.placedAt = Objects.requireNonNull(at);
        return hold;
    }

    /** This hold lifted by {@code by} for {@code reason}; the hold's own reason stays beside it. */
    public LegalHold lifted(String by, String reason, Instant at) {
        if (!isHeld()) {
            throw new RuleViolation("R-OPS.3", null, "rule.legalHold.notHeld");
        }
        LegalHold hold = new LegalHold();
        hold.reason = this.reason;
        hold.placedBy = this.placedBy;
        hold.placedAt = this.placedAt;
        hold.liftedReason = requireReason(reason);
        hold.liftedBy = Objects.requireNonNull(by);
        hold.liftedAt = Objects.requireNonNull(at);
        return hold;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("R-OPS.3", "/reason", "rule.legalHold.reason");
        }
        return reason.strip();
    }

    /** Placed and not lifted: erasure is suspended. */
    public boolean isHeld() {
        return placedAt != null && liftedAt == null;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<String> by() {
        return Optional.ofNullable(placedBy);
    }

    public Optional<Instant> at() {
        return Optional.ofNullable(placedAt);
    }

    public Optional<String> liftedReason() {
        return Optional.ofNullable(liftedReason);
    }

    public Optional<String> liftedBy() {
        return Optional.ofNullable(liftedBy);
    }

    public Optional<Instant> liftedAt() {
        return Optional.ofNullable(liftedAt);
    }
}
