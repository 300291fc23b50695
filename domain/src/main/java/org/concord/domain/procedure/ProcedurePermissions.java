package org.concord.domain.procedure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.concord.domain.account.UserAccount;

/**
 * What one viewer may do in a Procedure now, each flag answered by the Procedure's {@code may…(viewer)} predicate
 * that its verb's guard also uses (the {@code Mediation} model). Pages and the API read these flags; they never
 * restate a rule as a condition on state or role.
 *
 * @param commence R-6: staff, a filed Request whose filing fee is paid (compliance is what staff confirm on
 *        commencing)
 * @param fileAnswer R-7: the Responding Party, commenced, not yet answered
 * @param inviteNeutral: staff, commenced, no Neutral yet
 * @param overrideConflicts R-9: staff, the invited candidate is blocked by a conflict
 * @param replaceNeutral R-10: staff, a Neutral is appointed
 * @param disclose R-9 (9(c)): the Neutral, appointed
 * @param determineLanguage: the Neutral, appointed
 * @param draftResolution: the Neutral, appointed, the Resolution not yet signed
 * @param communicateResolution R-14.3 (14(c)): staff, appointed, the Resolution signed and not yet communicated
 * @param extendResolutionPeriod: staff, a Neutral was appointed and the Procedure runs (also while a
 *        replacement is awaited)
 * @param communicate: a Party, the Neutral or staff, while the Procedure is conducted (a representative acts
 *        for its Party: not yet on its own account)
 * @param object R-16: a Party, while the Procedure is conducted
 * @param addressOneSide: a Party or the Neutral, once the Neutral allowed communication with one side alone
 * @param seeFees R-17: staff and the paying Parties (not the Neutral)
 * @param readAnswerRequirements R-PLAT.1: staff and the Responding Party, told what filing the Answer asks
 * @param recordExternalDisclosure: the circle and staff, also after the end
 * @param reportImplementation R-PLAT.4: the Responding Party, the Resolution communicated, not yet reported
 * @param communicationKinds, 11(c), 11(f), 15(a): what the viewer may send, in the form's order
 * @param terminationGrounds: the grounds on which the viewer may end the Procedure now
 */
public record ProcedurePermissions(
        boolean commence,
        boolean fileAnswer,
        boolean inviteNeutral,
        boolean overrideConflicts,
        boolean replaceNeutral,
        boolean disclose,
        boolean determineLanguage,
        boolean draftResolution,
        boolean communicateResolution,
        boolean extendResolutionPeriod,
        boolean communicate,
        boolean object,
        boolean addressOneSide,
        boolean seeFees,
        boolean readAnswerRequirements,
        boolean recordExternalDisclosure,
        boolean reportImplementation,
        List<Communication.Kind> communicationKinds,
        List<TerminationGround> terminationGrounds)
        implements Serializable {

    public ProcedurePermissions {
        communicationKinds = List.copyOf(communicationKinds);
        terminationGrounds = List.copyOf(terminationGrounds);
    }

    /**
     * What {@code viewer} may do in {@code p} now, each flag its {@code may…} predicate; the kinds of communication
     * in the form's order, each present when the predicate of its verb says yes.
     */
    static ProcedurePermissions of(Procedure p, UserAccount viewer) {
        List<Communication.Kind> kinds = new ArrayList<>();
        if (p.mayCommunicate(viewer)) {
            kinds.add(Communication.Kind.MESSAGE);
        }
        if (p.mayOrderTranslation(viewer)) {
            kinds.add(Communication.Kind.TRANSLATION_ORDER);
        }
        if (p.maySuggestSettlement(viewer)) {
            kinds.add(Communication.Kind.SETTLEMENT_SUGGESTION);
        }
        if (p.mayAllowExParte(viewer)) {
            kinds.add(Communication.Kind.EX_PARTE_DETERMINATION);
        }
        if (p.mayReportBadFaith(viewer)) {
            kinds.add(Communication.Kind.BAD_FAITH_REPORT);
        }
        if (p.mayObject(viewer)) {
            kinds.add(Communication.Kind.OBJECTION);
        }
        return new ProcedurePermissions(
                p.mayCommence(viewer),
                p.mayFileAnswer(viewer),
                p.mayInviteNeutral(viewer),
                p.mayOverrideConflicts(viewer),
                p.mayReplaceNeutral(viewer),
                p.mayDisclose(viewer),
                p.mayDetermineLanguage(viewer),
                p.mayDraftResolution(viewer),
                p.mayCommunicateResolution(viewer),
                p.mayExtendResolutionPeriod(viewer),
                p.mayCommunicate(viewer),
                p.mayObject(viewer),
                p.mayAddressOneSide(viewer),
                p.maySeeFees(viewer),
                p.mayReadAnswerRequirements(viewer),
                p.mayRecordExternalDisclosure(viewer),
                p.mayReportImplementation(viewer),
                kinds,
                p.terminationGroundsFor(viewer));
    }

    /** Whether the viewer may end the Procedure on some ground now. */
    public boolean terminate() {
        return !terminationGrounds.isEmpty();
    }
}
