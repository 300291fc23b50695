package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.time.GenevaTime;

/**
 * How a Procedure ended: when (resolved or terminated; R-STAT.1 counts the Geneva date and the calendar days from
 * receipt) and, if terminated, on which ground, by whom and with what note. Who may end it on which
 * ground is decided here too ({@link #groundsFor}, shared by {@link #decided} and {@code Procedure.mayTerminate}).
 * A part of {@link Procedure}; {@code null} in the entity while it runs (every column null), so read it through
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

    protected Termination() {}

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
    static Termination terminated(
            LocalDate receivedDate, TerminationGround ground, String note, String by, Instant at) {
        Termination t = new Termination();
        t.ground = ground;
        t.note = Guards.strippedOrNull(note);
        t.terminatedBy = by;
        t.endedAt = at;
        t.endedDate = GenevaTime.dateOf(at);
        t.durationDays = (int) ChronoUnit.DAYS.between(receivedDate, t.endedDate);
        return t;
    }

    /**
     * the grounds on which {@code by} may end {@code p} now: the Center's and the Neutral's grounds
     * ({@link TerminationGround#mayBeUsed}); the Neutral only before the Resolution is made (signed); none once ended.
     */
    static List<TerminationGround> groundsFor(Procedure p, UserAccount by) {
        boolean byCenter = Guards.isCenter(by);
        boolean byNeutral = p.circle().actsAs(by, ParticipantRole.NEUTRAL);
        if (p.hasEnded() || !byCenter && (!byNeutral || p.resolving().isSigned())) {
            return List.of();
        }
        return Arrays.stream(TerminationGround.values())
                .filter(g -> g.mayBeUsed(byCenter, p.appointedAt().isPresent()))
                .toList();
    }

    /**
     * the Center or the Neutral ends {@code p} on a ground each may use (TerminationGround#mayBeUsed).
     * The Neutral acts only before the Resolution is made (signed).
     */
    static Termination decided(Procedure p, UserAccount by, TerminationGround ground, String note, Instant at) {
        boolean byCenter = Guards.isCenter(by);
        boolean byNeutral = p.circle().actsAs(by, ParticipantRole.NEUTRAL);
        Guards.requireRunning(p.state(), ground.ruleId());
        if (!byCenter && !byNeutral) {
            throw new RuleViolation(ground.ruleId(), null, "rule.terminate.notYours");
        }
        if (!ground.mayBeUsed(byCenter, p.appointedAt().isPresent())) {
            throw new RuleViolation(
                    ground.ruleId(),
                    "/ground",
                    byCenter ? "rule.terminate.afterAppointment" : "rule.terminate.notNeutralsGround");
        }
        if (byNeutral && p.resolving().isSigned()) {
            throw new RuleViolation(ground.ruleId(), null, "rule.terminate.resolutionMade");
        }
        return terminated(p.receivedDate(), ground, note, by.email(), at);
    }

    /**
     * 15(a), R-15(b)/(c): the Parties settled in a mediation linked to {@code p}, by accepting the same settlement
     * agreement ({@code sha256}): settled before the Neutral's appointment or before the Resolution, whichever it is
     * now; nobody else decides it. Refused once it ended or the Resolution is made.
     */
    static Termination settled(Procedure p, String sha256, Instant at) {
        TerminationGround ground = p.appointedAt().isPresent()
                ? TerminationGround.SETTLED_BEFORE_RESOLUTION
                : TerminationGround.SETTLED_BEFORE_APPOINTMENT;
        if (p.hasEnded() || p.resolving().isSigned()) {
            throw Guards.wrongState(p.state(), ground.ruleId());
        }
        return terminated(
                p.receivedDate(),
                ground,
                "Settlement agreement accepted by both Parties in mediation (SHA-256 " + sha256 + ")",
                "the Parties",
                at);
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
