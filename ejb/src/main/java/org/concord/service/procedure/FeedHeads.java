package org.concord.service.procedure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.concord.domain.feed.FeedHead;

/**
 * R-PLAT.1: creates an organisation's feed head on its first change, in a transaction of its own, so that two first
 * changes at once create it once (the second insert fails on the key, and its caller finds the head the first made).
 */
@Stateless
@PermitAll
public class FeedHeads {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(UUID organisationId) {
        if (em.find(FeedHead.class, organisationId) == null) {
            em.persist(new FeedHead(organisationId));
            em.flush();
        }
    }
}
