package org.concord.domain.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.time.GenevaTime;

/**
 * R-PLAT.4: after the Center communicated the Resolution, the Responding Party (a member of the platform
 * organisation, or its authorised representative) reports whether it implemented it, partly or not, with the date,
 * within a configurable number of days of the Geneva date of communication. The {@code may…} predicate shares its
 * check with the verb's guard. A collaborator of {@link Procedure}, which keeps the {@link ImplementationReport};
 * built on each use.
 *
 * <p>The report is made <b>once</b> and not corrected by the platform: it is a statement of record that the Requesting
 * Party reads and that the statistics count (R-PLAT.5); a platform that implements later what it reported as partly
 * or not implemented tells the Center, whose staff see the report and the list of refused reports.
 */
public final class Implementation {

    private final Procedure procedure;
    private final ImplementationReport report;

    Implementation(Procedure procedure, ImplementationReport report) {
        this.procedure = procedure;
        this.report = report == null || !report.isMade() ? null : report;
    }

    /** The report, once made. */
    public Optional<ImplementationReport> report() {
        return Optional.ofNullable(report);
    }

    /** The Geneva date the Resolution was communicated, from which the period runs. */
    public Optional<LocalDate> communicatedOn() {
        return procedure.resolution().flatMap(Resolution::communicatedAt).map(GenevaTime::dateOf);
    }

    /** R-PLAT.4: the report is due {@code days} calendar days after the Geneva date the Resolution was communicated. */
    public Optional<LocalDate> due(int days) {
        return communicatedOn().map(d -> d.plusDays(days));
    }

    /** R-PLAT.4: not yet reported and the due date passed before {@code today} (Geneva). */
    public boolean isOverdue(int days, LocalDate today) {
        return report == null && due(days).map(today::isAfter).orElse(false);
    }

    /** R-PLAT.4: the Responding Party, the Resolution communicated, not yet reported. */
    boolean mayReport(UserAccount viewer) {
        return procedure.circle().actsAs(viewer, ParticipantRole.RESPONDING_PARTY)
                && communicatedOn().isPresent()
                && report == null;
    }

    /**
     * R-PLAT.4: the Responding Party reports what it did with the communicated Resolution.
     *
     * @throws RuleViolation R-PLAT.4: not the Responding Party, the Resolution not communicated, already reported (no
     *     field: 409); no outcome, no date or a date before the communication or after today, no reason when not
     *     implemented in full, a reason too long (with the field: 400)
     */
    ImplementationReport report(
            UserAccount by, ImplementationOutcome outcome, LocalDate date, String reason, Instant at) {
        procedure
                .circle()
                .requireRole(
                        by, ParticipantRole.RESPONDING_PARTY, "R-PLAT.4", "rule.implementation.respondingPartyOnly");
        LocalDate communicated = communicatedOn()
                .orElseThrow(() -> new RuleViolation("R-PLAT.4", null, "rule.implementation.notCommunicated"));
        if (report != null) {
            throw new RuleViolation("R-PLAT.4", null, "rule.implementation.once");
        }
        if (outcome == null) {
            throw new RuleViolation("R-PLAT.4", "/outcome", "rule.implementation.outcome");
        }
        if (date == null) {
            throw new RuleViolation("R-PLAT.4", "/date", "rule.implementation.date");
        }
        if (date.isBefore(communicated)) {
            throw new RuleViolation("R-PLAT.4", "/date", "rule.implementation.dateBeforeResolution", communicated);
        }
        if (date.isAfter(GenevaTime.dateOf(at))) {
            throw new RuleViolation("R-PLAT.4", "/date", "rule.implementation.dateInFuture");
        }
        String text = Guards.strippedOrNull(reason);
        if (text == null && outcome.needsReason()) {
            throw new RuleViolation("R-PLAT.4", "/reason", "rule.implementation.reason");
        }
        if (text != null && text.length() > ImplementationReport.REASON_MAX_CHARS) {
            throw new RuleViolation(
                    "R-PLAT.4", "/reason", "rule.implementation.reasonTooLong", ImplementationReport.REASON_MAX_CHARS);
        }
        return new ImplementationReport(outcome, date, text, by.email(), at);
    }
}
