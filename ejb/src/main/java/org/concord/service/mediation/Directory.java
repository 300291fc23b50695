package org.concord.service.mediation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.mediation.FeedbackAnswer;
import org.concord.domain.mediation.FeedbackDigest;
import org.concord.domain.mediation.FeedbackReceipt;
import org.concord.domain.neutral.NeutralProfile;

/**
 * The directory of certified mediators (R-M4) and their feedback, as stored. The directory is read whole: a Center's
 * certified mediators number in the hundreds (the IMI lists some 500 worldwide), and filtering them in memory keeps
 * the search rules in one place ({@link DirectoryService}).
 */
@ApplicationScoped
public class Directory {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    /** The profiles in the directory now: certified and not hidden. */
    public List<NeutralProfile> listed() {
        return em.createNamedQuery("NeutralProfile.directory", NeutralProfile.class)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()
                .filter(NeutralProfile::isInDirectory)
                .toList();
    }

    public Optional<NeutralProfile> listed(UUID profileId) {
        return Optional.ofNullable(em.find(NeutralProfile.class, profileId)).filter(NeutralProfile::isInDirectory);
    }

    public Optional<NeutralProfile> ofAccount(UUID accountId) {
        return em.createNamedQuery("NeutralProfile.ofAccount", NeutralProfile.class)
                .setParameter("accountId", accountId)
                .getResultStream()
                .findFirst();
    }

    /** R-M4: the mediator's digest over sealed batches only. */
    public Optional<FeedbackDigest> digest(UUID mediatorId) {
        long mediations = em.createNamedQuery("FeedbackReceipt.sealedMediations", Long.class)
                .setParameter("mediatorId", mediatorId)
                .getSingleResult();
        if (mediations < FeedbackDigest.MIN_MEDIATIONS) {
            return Optional.empty();
        }
        List<FeedbackAnswer> answers = em.createNamedQuery("FeedbackAnswer.sealedOf", FeedbackAnswer.class)
                .setParameter("mediatorId", mediatorId)
                .getResultList();
        return FeedbackDigest.of(answers, mediations);
    }

    public boolean feedbackGiven(UUID mediationId, org.concord.domain.mediation.Side side) {
        return em.createNamedQuery("FeedbackReceipt.of", Long.class)
                        .setParameter("mediationId", mediationId)
                        .setParameter("side", side)
                        .getSingleResult()
                > 0;
    }

    /**
     * Records one side's feedback; once the mediator's waiting answers come from enough mediations, the whole batch
     * is sealed and joins the digest ({@link FeedbackDigest#sealsBatch}).
     */
    public void addFeedback(FeedbackReceipt receipt, FeedbackAnswer answer) {
        em.persist(receipt);
        em.persist(answer);
        em.flush();
        long waiting = em.createNamedQuery("FeedbackReceipt.unsealedMediations", Long.class)
                .setParameter("mediatorId", answer.mediatorId())
                .getSingleResult();
        if (FeedbackDigest.sealsBatch(waiting)) {
            em.createNamedQuery("FeedbackReceipt.seal")
                    .setParameter("mediatorId", answer.mediatorId())
                    .executeUpdate();
            em.createNamedQuery("FeedbackAnswer.seal")
                    .setParameter("mediatorId", answer.mediatorId())
                    .executeUpdate();
        }
    }

    /**
     * R-M4: ranked proposals for a mediation, to choose from: mediators who speak its language first, then those
     * whose expertise words occur in its summary, then by name.
     */
    public List<MediatorCard> proposals(String language, String summary) {
        String text = summary.toLowerCase(Locale.ROOT);
        return listed().stream()
                .sorted(Comparator.comparing(
                                (NeutralProfile p) -> !p.languages().contains(language))
                        .thenComparing(p ->
                                -p.keywords().stream().filter(text::contains).count())
                        .thenComparing(p -> p.account().displayName()))
                .map(MediatorCard::of)
                .toList();
    }

    /** The e-mail address of each mediator in the directory now, by directory id. */
    public Map<UUID, String> listedAddresses() {
        return listed().stream()
                .collect(Collectors.toMap(NeutralProfile::id, p -> p.account().email()));
    }
}
