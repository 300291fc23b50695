package org.concord.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concord.domain.procedure.NeutralAppointment;
import org.concord.service.appointment.AppointmentService;
import org.concord.service.appointment.CandidateListView;
import org.concord.service.appointment.DisclosureForm;
import org.concord.service.appointment.InvitationForm;
import org.concord.service.appointment.NeutralView;
import org.concord.service.appointment.ReasonForm;
import org.concord.web.RankingExplanations;

/**
 * The appointment part of a Procedure's page (R-8.1, R-8.2, R-9, R-10, 9(c)): the ranked candidates, the invitation,
 * the override of conflicts, the replacement and the Neutral's disclosures.
 */
@Named
@ViewScoped
@ShowsRefusals
public class AppointmentBacking implements Serializable {

    /** How many of the ranked candidates the page shows (the API gives up to 1,000). */
    private static final int CANDIDATES_SHOWN = 20;

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureBacking page;

    @Inject
    private AppointmentService appointments;

    private final InvitationForm invitation = new InvitationForm();
    private final ReasonForm replacement = new ReasonForm();
    private final DisclosureForm disclosure = new DisclosureForm();
    private final ReasonForm override = new ReasonForm();
    private List<NeutralView> neutrals;
    private CandidateListView candidates;

    /** Staff invite a Neutral. */
    public String invite() {
        appointments.invite(page.getProcedure().id(), invitation);
        Messages.info("appointment.invited");
        return page.reload();
    }

    /** Staff replace the Neutral. */
    public String replace() {
        appointments.replace(page.getProcedure().id(), replacement);
        Messages.info("appointment.replaced");
        return page.reload();
    }

    /** The Neutral discloses new circumstances (9(c)). */
    public String disclose() {
        appointments.disclose(page.getProcedure().id(), disclosure);
        Messages.info("disclosure.done");
        return page.reload();
    }

    /** Staff invite a candidate of the ranked list. */
    public String inviteCandidate(String email) {
        invitation.setNeutral(email);
        return invite();
    }

    /** Staff let the invited candidate accept despite the conflicts found, saying why. */
    public String overrideConflicts() {
        appointments.overrideConflicts(page.getProcedure().id(), override);
        Messages.info("appointment.overridden");
        return page.reload();
    }

    /** the first candidates ranked on 8(b), explained in the page's language; staff only. */
    public CandidateListView getCandidates() {
        if (candidates == null) {
            candidates = RankingExplanations.in(
                    FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                    appointments.candidates(page.getProcedure().id(), CANDIDATES_SHOWN));
        }
        return candidates;
    }

    /** Whether a candidate's answer is awaited (one invitation at a time, R-8.1). */
    public boolean isInvitationPending() {
        return page.getProcedure().appointments().stream()
                .anyMatch(a -> a.status() == NeutralAppointment.Status.INVITED);
    }

    public ReasonForm getOverride() {
        return override;
    }

    /** The Center's list of neutrals, for the invitation. */
    public List<NeutralView> getNeutrals() {
        if (neutrals == null) {
            neutrals = appointments.neutrals();
        }
        return neutrals;
    }

    public InvitationForm getInvitation() {
        return invitation;
    }

    public ReasonForm getReplacement() {
        return replacement;
    }

    public DisclosureForm getDisclosure() {
        return disclosure;
    }
}
