package org.concord.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.concord.domain.account.RecoveryCode;
import org.concord.domain.account.SecondFactors;
import org.concord.domain.account.TotpFactor;
import org.concord.domain.account.UserAccount;

/**
 * R-SEC.2: an account's second factors and recovery codes, read as the domain's {@link SecondFactors}; joins the
 * caller's transaction.
 */
@ApplicationScoped
public class SecondFactorStore {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    public SecondFactors of(UserAccount account) {
        return new SecondFactors(
                account,
                Optional.ofNullable(em.find(TotpFactor.class, account.id())),
                em.createNamedQuery("RecoveryCode.ofAccount", RecoveryCode.class)
                        .setParameter("account", account.id())
                        .getResultList());
    }

    /**
     * As {@link #of}, the factor and the codes locked until the transaction ends: two requests with the same code at
     * the same moment cannot both use it (ASVS 6.5.1).
     */
    public SecondFactors ofForUpdate(UserAccount account) {
        return new SecondFactors(
                account,
                Optional.ofNullable(em.find(TotpFactor.class, account.id(), LockModeType.PESSIMISTIC_WRITE)),
                em.createNamedQuery("RecoveryCode.ofAccount", RecoveryCode.class)
                        .setParameter("account", account.id())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList());
    }

    public void add(TotpFactor factor) {
        em.persist(factor);
    }

    /** The account's recovery codes are {@code issued} now; earlier ones stop working. */
    public void replaceRecoveryCodes(UserAccount account, RecoveryCode.Issued issued) {
        deleteRecoveryCodes(account);
        issued.stored().forEach(em::persist);
    }

    /** The account has no second factor and no recovery code any more. */
    public void removeAll(UserAccount account) {
        deleteRecoveryCodes(account);
        TotpFactor factor = em.find(TotpFactor.class, account.id());
        if (factor != null) {
            em.remove(factor);
        }
    }

    private void deleteRecoveryCodes(UserAccount account) {
        em.createNamedQuery("RecoveryCode.deleteOfAccount")
                .setParameter("account", account.id())
                .executeUpdate();
    }
}
