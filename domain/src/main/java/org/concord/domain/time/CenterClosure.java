package org.concord.domain.time;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A closure of the Center recorded by an administrator (R-3.4: "staff may add extra closures"): from and to
 * (inclusive), why, who added it and when. A removal keeps the row with who removed it and when.
 */
@Entity
@Table(name = "center_closure")
@NamedQuery(
        name = "CenterClosure.active",
        query = "select c from CenterClosure c where c.removedAt is null order by c.firstDay")
@NamedQuery(name = "CenterClosure.all", query = "select c from CenterClosure c order by c.firstDay desc")
public class CenterClosure {

    @Id
    private UUID id;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "removed_by", length = 254)
    private String removedBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected CenterClosure() {}

    /** @throws IllegalArgumentException when the days or the reason are not a valid {@link Closure} */
    public CenterClosure(Closure closure, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.firstDay = closure.from();
        this.lastDay = closure.to();
        this.reason = closure.reason().strip();
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void remove(String by, Instant at) {
        if (removedAt == null) {
            removedBy = by;
            removedAt = at;
        }
    }

    public Closure closure() {
        return new Closure(firstDay, lastDay, reason);
    }

    public boolean isActive() {
        return removedAt == null;
    }

    public UUID id() {
        return id;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String removedBy() {
        return removedBy;
    }

    public Instant removedAt() {
        return removedAt;
    }
}
