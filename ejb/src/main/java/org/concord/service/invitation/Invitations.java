package org.concord.service.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.account.Invitation;
import org.concord.domain.account.Representation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.Organisation;
import org.concord.service.Links;
import org.concord.service.Page;
import org.concord.service.account.Accounts;
import org.concord.service.mail.MailOutbox;

/**
 * The invitations (R-ACC.1); joins the caller's transaction. Keeps new ones and mails their link, in the language of
 * the address's account if it has one, else in the inviter's (or the mediation's, for a mediation request): the
 * same work whether or not the address has an account, and nothing of it in the answer.
 */
@ApplicationScoped
public class Invitations {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private MailOutbox mailOutbox;

    /**
     * Keeps a staff, Neutral or membership invitation and mails its link ({@code mail.invitation.<KIND>}: {0} the
     * address, {1} the link, {2} the inviter, {3} the organisation).
     */
    public void send(Invitation.Issued issued) {
        Invitation invitation = issued.invitation();
        em.persist(invitation);
        mailOutbox.enqueue(
                invitation.email(),
                localeOf(invitation.email(), invitation.invitedBy().locale()),
                "mail.invitation." + invitation.kind().name(),
                invitation.email(),
                Links.invitation(issued.token()),
                invitation.invitedBy().displayName(),
                invitation.organisation().map(Organisation::name).orElse(""));
    }

    /**
     * Keeps an invitation that travels in another mail (a mediation request, an authorisation) and gives the full
     * address of its link for that mail.
     */
    public String keep(Invitation.Issued issued) {
        em.persist(issued.invitation());
        return mailOutbox.url(Links.invitation(issued.token()));
    }

    /** The language to write to an address: its account's, else {@code otherwise}. */
    public Locale localeOf(String email, Locale otherwise) {
        return accounts.findByEmail(email).map(UserAccount::locale).orElse(otherwise);
    }

    public Optional<Invitation> find(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(Invitation.class, id));
    }

    /** The invitation of a link's token; with {@code lock}, its row is held until the transaction ends. */
    public Optional<Invitation> byToken(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var query = em.createNamedQuery("Invitation.byHash", Invitation.class)
                .setParameter("hash", Invitation.hash(token.strip()));
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    /** R-ACC.2: an organisation's invitations still open, the newest first. */
    public List<Invitation> openOf(Organisation organisation, Instant now) {
        return em.createNamedQuery("Invitation.openOfOrganisation", Invitation.class)
                .setParameter("organisationId", organisation.id())
                .setParameter("now", now)
                .getResultList();
    }

    /** R-ACC.3: the invitation of an authorisation follows it when it is accepted or revoked elsewhere. */
    public void follow(Representation representation, UserAccount by, Instant now) {
        em.createNamedQuery("Invitation.openOfRepresentation", Invitation.class)
                .setParameter("representationId", representation.id())
                .getResultStream()
                .forEach(i -> i.follow(representation, by, now));
    }

    /** Page {@code page} (from 0) of the invitations in {@code state} ({@code null}: all), the newest first. */
    public Page<Invitation> list(Invitation.State state, int page, int size, Instant now) {
        String name = state == null
                ? "all"
                : switch (state) {
                    case OPEN -> "open";
                    case EXPIRED -> "expired";
                    case ACCEPTED -> "accepted";
                    case WITHDRAWN -> "withdrawn";
                };
        String count = "Invitation.count" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        var items = em.createNamedQuery("Invitation." + name, Invitation.class);
        var total = em.createNamedQuery(count, Long.class);
        if (state == Invitation.State.OPEN || state == Invitation.State.EXPIRED) {
            items.setParameter("now", now);
            total.setParameter("now", now);
        }
        List<Invitation> rows =
                items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return Page.numbered(rows, page, size, total.getSingleResult());
    }
}
