package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a Procedure kept its time limits, for the staff's caseload figures (R-STAT.3): the target for
 * appointing the Neutral and the due date of the Resolution, each recorded when it is met or missed (the
 * first appointment; the signing of the Resolution) with the due date as the deadline engine computed it then
 * (holidays, both domiciles, suspended days) and the Geneva date of the event. A time limit that could
 * not be computed (a domicile unknown) stays unknown. Immutable: each record gives a new value.
 */
@Embeddable
public class KeptTimeLimits {

    @Column(name = "appointment_target_on")
    private LocalDate appointmentTargetOn;

    @Column(name = "appointed_on")
    private LocalDate appointedOn;

    @Column(name = "resolution_due_on")
    private LocalDate resolutionDueOn;

    @Column(name = "resolution_signed_on")
    private LocalDate resolutionSignedOn;

    protected KeptTimeLimits() {}

    private KeptTimeLimits(
            LocalDate appointmentTargetOn,
            LocalDate appointedOn,
            LocalDate resolutionDueOn,
            LocalDate resolutionSignedOn) {
        this.appointmentTargetOn = appointmentTargetOn;
        this.appointedOn = appointedOn;
        this.resolutionDueOn = resolutionDueOn;
        this.resolutionSignedOn = resolutionSignedOn;
    }

    static KeptTimeLimits none() {
        return new KeptTimeLimits();
    }

    /** the Neutral was first appointed on {@code on}; the target was {@code target} (empty: unknown). */
    KeptTimeLimits appointed(Optional<LocalDate> target, LocalDate on) {
        if (appointedOn != null || target.isEmpty()) {
            return this;
        }
        return new KeptTimeLimits(target.get(), on, resolutionDueOn, resolutionSignedOn);
    }

    /** the Resolution was signed on {@code on}; it was due {@code due} (empty: unknown). */
    KeptTimeLimits resolutionSigned(Optional<LocalDate> due, LocalDate on) {
        if (resolutionSignedOn != null || due.isEmpty()) {
            return this;
        }
        return new KeptTimeLimits(appointmentTargetOn, appointedOn, due.get(), on);
    }

    /** whether the Neutral was appointed by the target; empty while not appointed or unknown. */
    public Optional<Boolean> appointmentTargetMet() {
        return appointedOn == null ? Optional.empty() : Optional.of(!appointedOn.isAfter(appointmentTargetOn));
    }

    /** whether the Resolution was signed by its due date; empty while not signed or unknown. */
    public Optional<Boolean> resolutionDueDateMet() {
        return resolutionSignedOn == null
                ? Optional.empty()
                : Optional.of(!resolutionSignedOn.isAfter(resolutionDueOn));
    }
}
