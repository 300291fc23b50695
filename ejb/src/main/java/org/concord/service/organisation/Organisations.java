package org.concord.service.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.organisation.OrganisationKind;

/** The organisations (R-ACC.2); joins the caller's transaction. */
@ApplicationScoped
public class Organisations {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    public Optional<Organisation> find(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Organisation.class, id));
    }

    /**
     * R-ACC.2, R-SEC.6: the organisation if {@code caller} may read it, else the "not found" of a wrong id; for anyone
     * but staff one query by id and membership, so that a hidden and a missing id cost the same work, then the
     * domain's check as a second guard.
     */
    public Organisation readableBy(UUID id, UserAccount caller) {
        if (id == null || caller == null) {
            throw new org.concord.domain.NotFound();
        }
        Optional<Organisation> candidate = caller.actsForCenter()
                ? find(id)
                : em.createNamedQuery("Organisation.readableBy", Organisation.class)
                        .setParameter("id", id)
                        .setParameter("accountId", caller.id())
                        .getResultStream()
                        .findFirst();
        return candidate.filter(o -> o.mayRead(caller)).orElseThrow(org.concord.domain.NotFound::new);
    }

    public void add(Organisation organisation) {
        em.persist(organisation);
    }

    /** Page {@code page} of the organisations whose name contains {@code text}, by name. */
    public List<Organisation> search(String text, int page, int size) {
        return em.createNamedQuery("Organisation.byName", Organisation.class)
                .setParameter("text", pattern(text))
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(String text) {
        return em.createNamedQuery("Organisation.countByName", Long.class)
                .setParameter("text", pattern(text))
                .getSingleResult();
    }

    /** The organisations the account is an active member of, the first joined first. */
    public List<Organisation> activeOf(UserAccount account) {
        return em.createNamedQuery("Organisation.activeOf", Organisation.class)
                .setParameter("accountId", account.id())
                .getResultList();
    }

    /** The platform organisation the account acts for, if it acts for one. */
    public Optional<Organisation> platformOf(UserAccount account) {
        return activeOf(account).stream()
                .filter(o -> o.kind() == OrganisationKind.ONLINE_PLATFORM)
                .findFirst();
    }

    public List<Organisation> platforms() {
        return em.createNamedQuery("Organisation.platforms", Organisation.class).getResultList();
    }

    /** R-ACC.2, R-SOR.1: the platforms known by this Transparency Database name (trimmed, whatever the case). */
    public List<Organisation> platformsNamed(String platformName) {
        return platforms().stream().filter(o -> o.isNamed(platformName)).toList();
    }

    private static String pattern(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
