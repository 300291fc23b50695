package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.mediation.FeedbackQuestion;
import org.concord.domain.mediation.MediationMessage;
import org.concord.domain.mediation.Side;
import org.concord.domain.time.GenevaTime;
import org.concord.service.Links;
import org.concord.service.appointment.ReasonForm;
import org.concord.service.mediation.AcceptanceForm;
import org.concord.service.mediation.FeedbackForm;
import org.concord.service.mediation.MandateForm;
import org.concord.service.mediation.MediationService;
import org.concord.service.mediation.MediationView;
import org.concord.service.mediation.MediatorCard;
import org.concord.service.mediation.MessageForm;
import org.concord.service.mediation.RankingForm;
import org.concord.service.mediation.RepresentativeForm;
import org.concord.service.mediation.SessionForm;
import org.concord.service.mediation.SettlementForm;
import org.concord.service.mediation.WithdrawalForm;

/**
 * A mediation's page (R-M1–R-M4) for each member of its circle: what the caller may do now is what the service's
 * view says ({@code may…}); every refusal is shown at its field or at the top. Outside the circle: 404 (R-M2).
 */
@Named
@ViewScoped
@ShowsRefusals
public class MediationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MediationService mediations;

    private String id;
    private MediationView mediation;
    private List<MediatorCard> proposals = List.of();
    private final Map<UUID, Number> ranks = new HashMap<>();
    private final Map<FeedbackQuestion, Integer> ratings = new EnumMap<>(FeedbackQuestion.class);
    private WithdrawalForm withdrawal = new WithdrawalForm();
    private ReasonForm reason = new ReasonForm();
    private RepresentativeForm representative = new RepresentativeForm();
    private MandateForm mandate = new MandateForm();
    private MessageForm message = new MessageForm();
    private LocalDateTime sessionStartsAt;
    private String sessionPlace;
    private transient Part agreementFile;

    public void load() throws IOException {
        try {
            mediation = mediations.mediation(UUID.fromString(String.valueOf(id)));
            proposals = mediation.mayRank() ? mediations.proposals(mediation.id()) : List.of();
        } catch (NotFound | IllegalArgumentException hidden) {
            ErrorPages.send(404);
        }
    }

    /**
     * Issue 24, post/redirect/get: the action done, its message carried across the redirect ({@link Messages}), the
     * page read again at its own address, so that a reload or a bookmark never repeats the action. A refusal leaves
     * the action before: no outcome, the page stays with its input ({@link RefusalInterceptor}).
     */
    private String act(Runnable action, String done) {
        action.run();
        Messages.info(done);
        return Links.redirect(Links.mediation(mediation.id()));
    }

    public String agree() {
        return act(() -> mediations.agree(mediation.id()), "mediation.agreed");
    }

    public String decline() {
        return act(() -> mediations.decline(mediation.id(), withdrawal), "mediation.declined");
    }

    public String addRepresentative() {
        return act(() -> mediations.addRepresentative(mediation.id(), representative), "mediation.representativeAdded");
    }

    /** The ranks typed next to the proposals, as the ordered list of R-M4 (blank: not acceptable). */
    public String rank() {
        RankingForm form = new RankingForm();
        form.setMediators(new ArrayList<>(ranks.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .sorted(Comparator.comparingLong(e -> e.getValue().longValue()))
                .map(Map.Entry::getKey)
                .toList()));
        if (form.getMediators().isEmpty()) {
            Messages.error(null, "mediation.rankSomeone");
            return null;
        }
        return act(() -> mediations.rank(mediation.id(), form), "mediation.ranked");
    }

    public String acceptMandate() {
        return act(() -> mediations.acceptMandate(mediation.id(), mandate), "mediation.mandateAccepted");
    }

    public String declineMandate() {
        mediations.declineMandate(mediation.id());
        Messages.info("mediation.mandateDeclined");
        return Links.redirect(Links.mediations());
    }

    public String scheduleSession() {
        SessionForm form = new SessionForm();
        form.setStartsAt(
                sessionStartsAt == null
                        ? null
                        : sessionStartsAt.atZone(GenevaTime.ZONE).toInstant());
        form.setPlace(sessionPlace);
        return act(() -> mediations.scheduleSession(mediation.id(), form), "mediation.sessionScheduled");
    }

    public String sessionHeld(UUID sessionId) {
        return act(() -> mediations.sessionHeld(mediation.id(), sessionId), "mediation.sessionHeld");
    }

    public String send() {
        return act(() -> mediations.send(mediation.id(), message), "mediation.sent");
    }

    public String release(UUID messageId) {
        return act(() -> mediations.release(mediation.id(), messageId), "mediation.released");
    }

    public String proposeSettlement() {
        if (agreementFile == null) {
            Messages.error("settlement:file", "mediation.fileRequired");
            return null;
        }
        SettlementForm form = new SettlementForm();
        form.setFilename(Uploads.filename(agreementFile));
        form.setContent(Uploads.document(agreementFile, "/content"));
        return act(() -> mediations.proposeSettlement(mediation.id(), form), "mediation.proposed");
    }

    public String acceptSettlement(String sha256) {
        AcceptanceForm form = new AcceptanceForm();
        form.setSha256(sha256);
        return act(() -> mediations.acceptSettlement(mediation.id(), form), "mediation.accepted");
    }

    public String withdraw() {
        return act(() -> mediations.withdraw(mediation.id(), withdrawal), "mediation.withdrawn");
    }

    public String close() {
        return act(() -> mediations.close(mediation.id(), reason), "mediation.closed");
    }

    public String giveFeedback() {
        FeedbackForm feedback = new FeedbackForm();
        feedback.setUnderstanding(ratings.get(FeedbackQuestion.UNDERSTANDING));
        feedback.setImpartiality(ratings.get(FeedbackQuestion.IMPARTIALITY));
        feedback.setProcess(ratings.get(FeedbackQuestion.PROCESS));
        feedback.setRecommendation(ratings.get(FeedbackQuestion.RECOMMENDATION));
        return act(() -> mediations.giveFeedback(mediation.id(), feedback), "mediation.feedbackThanks");
    }

    public List<MediationView.MessageView> getJointMessages() {
        return mediation.messages().stream()
                .filter(m -> m.caucusSide() == null || m.releasedAt() != null)
                .toList();
    }

    public List<MediationView.MessageView> getCaucusMessages() {
        return mediation.messages().stream()
                .filter(m -> m.caucusSide() != null && m.releasedAt() == null)
                .toList();
    }

    public boolean isMediator() {
        return mediation.yourRole() == org.concord.domain.mediation.MediationRole.MEDIATOR;
    }

    public MediationMessage.Channel[] getChannels() {
        return MediationMessage.Channel.values();
    }

    public Side[] getSides() {
        return Side.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MediationView getMediation() {
        return mediation;
    }

    public List<MediatorCard> getProposals() {
        return proposals;
    }

    public Map<UUID, Number> getRanks() {
        return ranks;
    }

    public WithdrawalForm getWithdrawal() {
        return withdrawal;
    }

    public ReasonForm getReason() {
        return reason;
    }

    public RepresentativeForm getRepresentative() {
        return representative;
    }

    public MandateForm getMandate() {
        return mandate;
    }

    public MessageForm getMessage() {
        return message;
    }

    public FeedbackQuestion[] getQuestions() {
        return FeedbackQuestion.values();
    }

    public List<Integer> getScale() {
        return List.of(5, 4, 3, 2, 1);
    }

    public Map<FeedbackQuestion, Integer> getRatings() {
        return ratings;
    }

    public LocalDateTime getSessionStartsAt() {
        return sessionStartsAt;
    }

    public void setSessionStartsAt(LocalDateTime sessionStartsAt) {
        this.sessionStartsAt = sessionStartsAt;
    }

    public String getSessionPlace() {
        return sessionPlace;
    }

    public void setSessionPlace(String sessionPlace) {
        this.sessionPlace = sessionPlace;
    }

    public Part getAgreementFile() {
        return agreementFile;
    }

    public void setAgreementFile(Part agreementFile) {
        this.agreementFile = agreementFile;
    }
}
