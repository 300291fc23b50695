package org.concord.domain.procedure;

import java.util.List;

/**
 * What one viewer may do in a Procedure now, each flag answered by the Procedure's {@code may…(viewer)} predicate
 * that its verb's guard also uses (the {@code Mediation} model). Pages and the API read these flags; they never
 * restate a rule as a condition on state or role.
 *
 * @param commence R-6: staff, a compliant Request whose filing fee is paid
 * @param fileAnswer R-7: the Responding Party, commenced, not yet answered
 * @param inviteNeutral: staff, commenced, no Neutral yet
 * @param overrideConflicts R-9: staff, the invited candidate is blocked by a conflict
 * @param replaceNeutral R-10: staff, a Neutral is appointed
 * @param disclose R-9 (9(c)): the Neutral, appointed
 * @param determineLanguage: the Neutral, appointed
 * @param draftResolution: the Neutral, appointed, the Resolution not yet signed
 * @param communicateResolution R-14 (14(c)): staff, the Resolution signed and not yet communicated
 * @param extendResolutionPeriod: staff, appointed and running
 * @param communicate: a member of the circle or staff, while the Procedure is conducted
 * @param object R-16: a Party, while the Procedure is conducted
 * @param addressOneSide: a Party or the Neutral, once the Neutral allowed communication with one side alone
 * @param seeFees R-17: staff and the Parties
 * @param recordExternalDisclosure: the circle and staff, also after the end
 * @param communicationKinds, 11(c), 11(f), 15(a): what the viewer may send, in the form's order
 * @param terminationGrounds: the grounds on which the viewer may end the Procedure now
 */
public record ProcedurePermissions(boolean commence, boolean fileAnswer, boolean inviteNeutral,
        boolean overrideConflicts, boolean replaceNeutral, boolean disclose, boolean determineLanguage,
        boolean draftResolution, boolean communicateResolution, boolean extendResolutionPeriod, boolean communicate,
        boolean object, boolean addressOneSide, boolean seeFees, boolean recordExternalDisclosure,
        List<Communication.Kind> communicationKinds, List<TerminationGround> terminationGrounds) {

    public ProcedurePermissions {
        communicationKinds = List.copyOf(communicationKinds);
        terminationGrounds = List.copyOf(terminationGrounds);
    }

    /** Whether the viewer may end the Procedure on some ground now. */
    public boolean terminate() {
        return !terminationGrounds.isEmpty();
    }
}
