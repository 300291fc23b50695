package org.concord.service.mediation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.account.UserAccount;
import org.concord.domain.mediation.Mediation;

/** The mediations as stored. */
@ApplicationScoped
public class Mediations {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    public Optional<Mediation> find(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Mediation.class, id));
    }

    /**
     * R-M2: the mediation if {@code caller} is in its circle; otherwise the same "not found" as a wrong id. R-SEC.6:
     * for anyone but the Center, one query by id and the caller's circle answers, so that a hidden and a missing id
     * cost the same work; the domain's check then runs on what it found, as a second guard.
     */
    public Mediation visibleTo(UUID id, UserAccount caller) {
        if (id == null || caller == null) {
            throw new NotFound();
        }
        Optional<Mediation> candidate = caller.actsForCenter()
                ? find(id)
                : em.createNamedQuery("Mediation.visibleToAccount", Mediation.class)
                        .setParameter("id", id)
                        .setParameter("email", caller.email())
                        .setParameter("accountId", caller.id())
                        .getResultStream()
                        .findFirst();
        return candidate.filter(m -> m.isVisibleTo(caller)).orElseThrow(NotFound::new);
    }

    public void add(Mediation mediation) {
        em.persist(mediation);
    }

    /** R-M2, R-ACC.3: the mediations the account is in, by its address or as a Party's authorised representative. */
    public List<Mediation> ofParticipant(UserAccount account) {
        return em.createNamedQuery("Mediation.ofParticipant", Mediation.class)
                .setParameter("email", account.email())
                .setParameter("accountId", account.id())
                .getResultList();
    }

    public List<Mediation> invitingMediator(UserAccount account) {
        return em.createNamedQuery("Mediation.invitingMediator", Mediation.class)
                .setParameter("email", account.email())
                .getResultList();
    }

    public List<Mediation> newestFirst(int first, int max) {
        return em.createNamedQuery("Mediation.newestFirst", Mediation.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery("Mediation.count", Long.class).getSingleResult();
    }
}
