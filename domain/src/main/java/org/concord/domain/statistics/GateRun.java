package org.concord.domain.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.concord.domain.BackgroundRun;
import org.concord.domain.RuleViolation;

/**
 * A run of the publication gate in the background (issue 24, R-13.3): asked for by an administrator, queued, claimed
 * by exactly one instance of a cluster, running through its steps, and then done (with its {@link Release},
 * published or refused) or failed (with the rule, the field and the message of the refusal). The row is the run's
 * state: a page reloaded, or opened on another instance, reads it from here.
 *
 * <p>A year's ledger takes one release at a time (R-13.3: each release is audited against every earlier one), so a
 * year has at most one active run; {@code active_year} is unique, so two instances cannot both start one. A second
 * request for the same release joins the active run; any other waits until it is over. A run that has not shown a
 * sign of life for {@link #STALE} (its instance stopped) is abandoned, failed closed, and frees the year.
 */
@Entity
@Table(name = "statistics_gate_run")
@NamedQuery(name = "GateRun.activeOfYear", query = "select r from GateRun r where r.activeYear = :year")
@NamedQuery(
        name = "GateRun.progress",
        query = "update GateRun r set r.step = :step, r.programs = :programs, r.heartbeatAt = :now"
                + " where r.id = :id and r.state = :running")
public class GateRun extends BackgroundRun {

    /** The steps of a run, in order. */
    public enum Step {
        QUEUED,
        READING_LEDGER,
        READING_FACTS,
        AUDITING,
        RECORDING,
        FINISHED;

        /** How far a run at this step has come, in percent, for the progress bar. */
        public int percent() {
            return switch (this) {
                case QUEUED -> 0;
                case READING_LEDGER -> 10;
                case READING_FACTS -> 25;
                case AUDITING -> 50;
                case RECORDING -> 90;
                case FINISHED -> 100;
            };
        }
    }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "publication_id")
    private Publication publication;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false)
    private int quarter;

    @Column(name = "period_code", nullable = false, length = 20)
    private String periodCode;

    @Column(nullable = false)
    private LocalDate cutoff;

    @Column(nullable = false)
    private int k;

    @Column(nullable = false)
    private int kp;

    @Column(name = "free_text", length = 20_000)
    private String freeText;

    /** The year while the run is active, else null: unique, so a year has one active run across the cluster. */
    @Column(name = "active_year", unique = true)
    private Integer activeYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Step step;

    /** Linear programs of the audit solved so far. */
    @Column(nullable = false)
    private int programs;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "release_id")
    private Release release;

    protected GateRun() {}

    private GateRun(String by, Instant at) {
        super(by, at);
    }

    /** A run of {@code publication} over {@code period}, queued at {@code at} by {@code by}. */
    public static GateRun request(
            Publication publication,
            Period period,
            LocalDate cutoff,
            PublicationGate.Settings settings,
            String freeText,
            String by,
            Instant at) {
        GateRun run = new GateRun(by, at);
        run.publication = Objects.requireNonNull(publication);
        run.year = period.year();
        run.quarter = period.quarter();
        run.periodCode = period.code();
        run.cutoff = Objects.requireNonNull(cutoff);
        run.k = settings.k();
        run.kp = settings.kp();
        run.freeText = freeText;
        run.activeYear = period.year();
        run.step = Step.QUEUED;
        return run;
    }

    /**
     * Whether a request for this release (same publication, period, cut-off and thresholds) may join this run instead
     * of starting another: only while it is active.
     */
    public boolean mayBeJoinedBy(Publication other, Period period, LocalDate otherCutoff, int otherK, int otherKp) {
        return state().active()
                && publication.id().equals(other.id())
                && periodCode.equals(period.code())
                && cutoff.equals(otherCutoff)
                && k == otherK
                && kp == otherKp;
    }

    /**
     * a year's ledger takes one release at a time; refuses a request of another release while this one runs.
     */
    public void requireNotBlocking(Publication other, Period period, LocalDate otherCutoff, int otherK, int otherKp) {
        if (state().active() && !mayBeJoinedBy(other, period, otherCutoff, otherK, otherKp)) {
            throw new RuleViolation("R-13.3", "/year", "statistics.run.busy", year);
        }
    }

    /** A run abandoned (statistics.md 8) fails closed and frees its year. */
    @Override
    protected RuleViolation interruption() {
        return new RuleViolation("R-13.3", null, "statistics.run.interrupted");
    }

    /** The run recorded {@code decided}, published or refused. */
    public void finish(Release decided, Instant at) {
        requireActive();
        this.release = Objects.requireNonNull(decided);
        this.step = Step.FINISHED;
        succeed(at);
    }

    /** A run over frees its year for the next release. */
    @Override
    protected void onEnd() {
        this.activeYear = null;
    }

    public Publication publication() {
        return publication;
    }

    public Period period() {
        return publication.period(year, quarter);
    }

    public String periodCode() {
        return periodCode;
    }

    public LocalDate cutoff() {
        return cutoff;
    }

    public PublicationGate.Settings settings(Duration budget) {
        return new PublicationGate.Settings(k, kp, true, budget);
    }

    public Optional<String> freeText() {
        return Optional.ofNullable(freeText);
    }

    /**
     * The step the run is at. A run claimed (RUNNING) whose first progress has not been written yet is reading the
     * ledger: that is what a claimed run does first, and it may wait there for the year's lock (issue 24: the claim is
     * every background run's, and does not write the gate's step).
     */
    public Step step() {
        return state() == State.RUNNING && step == Step.QUEUED ? Step.READING_LEDGER : step;
    }

    public int programs() {
        return programs;
    }

    public Optional<Release> release() {
        return Optional.ofNullable(release);
    }
}
