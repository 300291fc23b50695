package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.concord.domain.time.GenevaTime;

/**
 * How a Procedure ended: when (resolved or terminated; R-STAT.1 counts the Geneva date and the calendar days from
 * receipt) and, if terminated, on which ground, by whom and with what note. A part of
 * {@link Procedure}; {@code null} in the entity while it runs (every column null), so read it through
 * {@link Procedure#termination()}, which answers {@link #none()} then.
 */
@Embeddable
public class Termination {

    @Enumerated(EnumType.STRING)
    @Column(name = "termination_ground", length = 30)
    private TerminationGround ground;

    @Column(name = "termination_note", length = 4000)
    private String note;

    @Column(name = "terminated_by", length = 254)
    private String terminatedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** R-STAT.1: the Geneva date it ended, and the calendar days from receipt to then (duration bands, cut-offs). */
    @Column(name = "ended_date")
    private LocalDate endedDate;

    @Column(name = "duration_days")
    private Integer durationDays;

    protected Termination() {
    }

    private static final Termination NONE = new Termination();

    /** Not ended. */
    static Termination none() {
        return NONE;
    }

    /** Resolved: ended without a ground. */
    static Termination resolved(LocalDate receivedDate, Instant at) {
        return terminated(receivedDate, null, null, null, at);
    }

    /** Terminated on {@code ground} by {@code by}, with an optional note. */
    static Termination terminated(LocalDate receivedDate, TerminationGround ground, String note, String by,
            Instant at) {
        Termination t = new Termination();
        t.ground = ground;
        t.note = Procedure.strippedOrNull(note);
        t.terminatedBy = by;
        t.endedAt = at;
        t.endedDate = GenevaTime.dateOf(at);
        t.durationDays = (int) ChronoUnit.DAYS.between(receivedDate, t.endedDate);
        return t;
    }

    public Optional<TerminationGround> ground() {
        return Optional.ofNullable(ground);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Optional<String> terminatedBy() {
        return Optional.ofNullable(terminatedBy);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** R-STAT.1: the Geneva date it ended. */
    public Optional<LocalDate> endedDate() {
        return Optional.ofNullable(endedDate);
    }

    /** R-STAT.1: calendar days from receipt to the end. */
    public Optional<Integer> durationDays() {
        return Optional.ofNullable(durationDays);
    }
}
