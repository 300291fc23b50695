package org.concord.domain.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.Document;
import org.concord.domain.document.Upload;
import org.concord.domain.time.DeadlineEngine;

/**
 * The steps to the Resolution (Article 14): the Neutral drafts it as often as needed and signs the complete draft
 * the Center communicates it, from when it is effective, and may extend its period for a highly
 * complex dispute. Each {@code may…} predicate shares its check with the verb's guard. A collaborator of
 * {@link Procedure}, which keeps the {@link Resolution} and records the end; built on each use.
 */
public final class Resolving {

    private final Procedure procedure;
    private final Resolution resolution;
    private final List<Filing> filings;
    private final int days;
    private final String extensionReason;

    Resolving(Procedure procedure, Resolution resolution, List<Filing> filings, int days, String extensionReason) {
        this.procedure = procedure;
        this.resolution = resolution;
        this.filings = filings;
        this.days = days;
        this.extensionReason = extensionReason;
    }

    /** the days the Resolution is due after appointment, 30 unless the Center extended it. */
    public int days() {
        return days;
    }

    /** why the Center extended the Resolution period, if it did. */
    public Optional<String> extensionReason() {
        return Optional.ofNullable(extensionReason);
    }

    boolean isSigned() {
        return resolution != null && resolution.isSigned();
    }

    /** the appointed Neutral, the Resolution not yet signed. */
    boolean mayDraft(UserAccount viewer) {
        return procedure.circle().neutralConducts(viewer) && !isSigned();
    }

    /** the Neutral drafts the Resolution (as often as needed until signing); the draft, new or updated. */
    Resolution draft(
            UserAccount neutral,
            String description,
            String recommendation,
            String reasons,
            ResolutionOutcome outcome,
            Instant at) {
        procedure.circle().requireNeutralConducting(neutral, "R-14.1");
        Resolution draft = resolution == null ? new Resolution(at) : resolution;
        draft.draft(description, recommendation, reasons, outcome, at);
        return draft;
    }

    /**
     * R-14.1 (vi), 14(b)(vii): the Neutral signs the complete draft and forwards it to the Center. The PDF is kept as a
     * document with its SHA-256; the Parties see it once the Center communicates it (14(c)).
     *
     * @throws ItemsMissing naming every missing item of the draft
     */
    Filing sign(UserAccount neutral, Upload pdf, Instant at) {
        procedure.circle().requireNeutralConducting(neutral, "R-14.1");
        ItemsMissing.requireNone("R-14.1", (resolution == null ? new Resolution(at) : resolution).missing());
        if (isSigned()) {
            throw new RuleViolation("R-14.1", null, "rule.resolution.signed");
        }
        Filing filing = new Filing(procedure, Filing.Kind.RESOLUTION, ParticipantRole.NEUTRAL, at, false);
        filing.attach(pdf, neutral.email(), at);
        filings.add(filing);
        Document document = filing.documents().get(0);
        resolution.sign(neutral.email(), neutral.displayName(), document.sha256(), document.id(), at);
        return filing;
    }

    /** staff, appointed, the Resolution signed. */
    boolean mayCommunicate(UserAccount viewer) {
        return Guards.isCenter(viewer) && procedure.state() == ProcedureState.NEUTRAL_APPOINTED && isSigned();
    }

    /**
     * the Center communicates the signed Resolution to the Parties; it is effective from now and the
     * Neutral's access becomes read-only (every action of the Neutral requires an appointed, unresolved Procedure).
     * The Procedure then records that it is resolved.
     */
    void communicate(UserAccount staff, Instant at) {
        Guards.requireCenter(staff, "R-14.3", "rule.resolution.centerCommunicates");
        Guards.requireState(procedure.state(), ProcedureState.NEUTRAL_APPOINTED, "R-14.3");
        if (!isSigned()) {
            throw new RuleViolation("R-14.3", null, "rule.resolution.unsigned");
        }
        resolution.communicate(staff.email(), at);
        filings.stream().filter(f -> f.kind() == Filing.Kind.RESOLUTION).forEach(f -> f.release(at));
    }

    /** staff, a Neutral was appointed and the Procedure runs (also while a replacement is awaited). */
    boolean mayExtend(UserAccount viewer) {
        return Guards.isCenter(viewer) && procedure.appointedAt().isPresent() && !procedure.hasEnded();
    }

    /**
     * for a highly complex dispute the Center extends the Resolution period, never beyond 90 days from
     * commencement (E4); the days the Resolution is now due after appointment.
     */
    int extension(UserAccount staff, int days, String reason, DeadlineEngine engine) {
        Guards.requireCenter(staff, "R-14.2", "rule.resolution.centerExtends");
        if (!procedure.appointedAt().isPresent()) {
            throw Guards.wrongState(procedure.state(), "R-14.2");
        }
        Guards.requireRunning(procedure.state(), "R-14.2");
        int before = this.days;
        if (days <= before) {
            throw new RuleViolation("R-14.2", "/days", "rule.resolution.extensionShorter", before);
        }
        Guards.requireText(reason, "R-14.2", "/reason", "rule.resolution.extensionReason");
        TimeLimits limits = new TimeLimits(procedure);
        LocalDate due =
                limits.due(engine, ProcedureDeadline.Kind.RESOLUTION, days).orElse(LocalDate.MAX);
        LocalDate cap =
                limits.due(engine, ProcedureDeadline.Kind.RESOLUTION_CAP, days).orElse(LocalDate.MIN);
        if (due.isAfter(cap)) {
            throw new RuleViolation("R-14.2", "/days", "rule.resolution.beyondCap", due, cap);
        }
        return days;
    }
}
