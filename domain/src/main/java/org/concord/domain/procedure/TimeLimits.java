package org.concord.domain.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concord.domain.account.UserAccount;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.GenevaTime;

/**
 * The time limits of one Procedure: those running since commencement and appointment,
 * computed with both Parties' domiciles, and whether the Answer came in time. Empty before
 * commencement, or while a Party's domicile is unknown. runs from the end of the Answer period: the Answer
 * itself comes with the procedure rules, and an earlier Answer brings it forward. The days of a suspension do not
 * count. A collaborator of {@link Procedure}, built on each use.
 */
public final class TimeLimits {

    private final Procedure procedure;

    TimeLimits(Procedure procedure) {
        this.procedure = procedure;
    }

    /** The time limits running now. */
    public List<ProcedureDeadline> deadlines(DeadlineEngine engine) {
        return now(engine, procedure.resolving().days());
    }

    /** The time limits as of {@code today}: the days of an open suspension up to today do not count. */
    public List<ProcedureDeadline> deadlines(DeadlineEngine engine, LocalDate today) {
        return asOf(engine, today, procedure.resolving().days());
    }

    /** As of now: an open suspension counts from its first day, so the due dates stand still with it. */
    List<ProcedureDeadline> now(DeadlineEngine engine, int resolutionDays) {
        return asOf(
                engine,
                procedure
                        .appointments()
                        .openSuspension()
                        .map(SuspensionPeriod::from)
                        .orElse(LocalDate.MIN),
                resolutionDays);
    }

    /**
     * As of {@code today}: the days of an open suspension up to today do not count, so while the Procedure
     * stands still its due dates move on day by day.
     */
    List<ProcedureDeadline> asOf(DeadlineEngine engine, LocalDate today, int resolutionDays) {
        Optional<Instant> commencedAt = procedure.commencedAt();
        if (commencedAt.isEmpty()) {
            return List.of();
        }
        Optional<Domicile> requesting = procedure
                .request()
                .requesterDomicile()
                .map(Domicile::parse)
                .or(() -> procedure.circle().requestingParty().domicile());
        Optional<Domicile> responding =
                procedure.circle().participant(ParticipantRole.RESPONDING_PARTY).flatMap(UserAccount::domicile);
        if (requesting.isEmpty() || responding.isEmpty()) {
            return List.of();
        }
        return ProcedureDeadline.running(
                engine,
                commencedAt.get(),
                procedure.appointedAt().orElse(null),
                resolutionDays,
                requesting.get(),
                responding.get(),
                procedure.circle().answerFiling().map(f -> GenevaTime.dateOf(f.filedAt())),
                procedure.appointments().suspendedAsOf(today));
    }

    /** The due date of {@code kind} as of now, if it runs. */
    Optional<LocalDate> due(DeadlineEngine engine, ProcedureDeadline.Kind kind, int resolutionDays) {
        return now(engine, resolutionDays).stream()
                .filter(d -> d.kind() == kind)
                .findFirst()
                .map(d -> d.deadline().due());
    }

    /** the last day of the Answer period, once the Procedure is commenced and while the period runs. */
    public Optional<LocalDate> answerDue(DeadlineEngine engine) {
        return due(engine, ProcedureDeadline.Kind.ANSWER, procedure.resolving().days());
    }

    /** whether {@code day} is after the end of the Answer period. */
    boolean answerPeriodOver(DeadlineEngine engine, LocalDate day) {
        return due(engine, ProcedureDeadline.Kind.ANSWER, procedure.resolving().days())
                .map(day::isAfter)
                .orElse(false);
    }

    /**
     * Issue 24: what became of {@code deadline} once the Procedure ended; empty while it runs, when the
     * page counts the days left instead. Done means: the Answer filed, the Neutral appointed, the
     * Resolution signed and so delivered to the Center; each on its Geneva date.
     */
    public Optional<ProcedureDeadline.Ending> ending(ProcedureDeadline deadline) {
        Optional<LocalDate> endedOn = procedure.termination().endedDate();
        if (!procedure.hasEnded() || endedOn.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> doneOn = switch (deadline.kind()) {
            case ANSWER -> procedure.circle().answerFiling().map(f -> GenevaTime.dateOf(f.filedAt()));
            case APPOINTMENT_TARGET -> procedure.appointedAt().map(GenevaTime::dateOf);
            case RESOLUTION, RESOLUTION_CAP ->
                procedure.resolution().flatMap(Resolution::signedAt).map(GenevaTime::dateOf);
            case IMPLEMENTATION_REPORT -> procedure.implementationReport().map(r -> GenevaTime.dateOf(r.reportedAt()));
        };
        return Optional.of(ProcedureDeadline.Ending.of(deadline.deadline().due(), doneOn, endedOn.get()));
    }

    /**
     * whether an Answer came, came late, or did not come by the end of the period. An ended Procedure is
     * judged on the day it ended (issue 24): ended before its Answer period did, no Answer was filed, and none is
     * awaited.
     */
    public AnswerStatus answerStatus(DeadlineEngine engine, LocalDate today) {
        Optional<Filing> filed = procedure.circle().answerFiling();
        if (filed.isPresent()) {
            return filed.get().isLate() ? AnswerStatus.FILED_LATE : AnswerStatus.FILED;
        }
        Optional<LocalDate> endedOn =
                procedure.hasEnded() ? procedure.termination().endedDate() : Optional.empty();
        if (endedOn.isPresent()) {
            return answerPeriodOver(engine, endedOn.get()) ? AnswerStatus.NO_ANSWER : AnswerStatus.NOT_FILED;
        }
        return answerPeriodOver(engine, today) ? AnswerStatus.NO_ANSWER : AnswerStatus.AWAITED;
    }
}
