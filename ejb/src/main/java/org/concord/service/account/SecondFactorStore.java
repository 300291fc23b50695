package org.concord.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.concord.domain.account.Passkey;
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
                passkeysOf(account, LockModeType.NONE),
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
                passkeysOf(account, LockModeType.PESSIMISTIC_WRITE),
                em.createNamedQuery("RecoveryCode.ofAccount", RecoveryCode.class)
                        .setParameter("account", account.id())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList());
    }

    private java.util.List<Passkey> passkeysOf(UserAccount account, LockModeType lock) {
        return em.createNamedQuery("Passkey.ofAccount", Passkey.class)
                .setParameter("account", account.id())
                .setLockMode(lock)
                .getResultList();
    }

    /** The account whose passkey has the credential id {@code credentialId} (Base64url), if any. */
    public Optional<java.util.UUID> accountOfPasskey(String credentialId) {
        return em.createNamedQuery("Passkey.byCredentialId", Passkey.class)
                .setParameter("credentialId", credentialId)
                .getResultStream()
                .findFirst()
                .map(Passkey::accountId);
    }

    public void add(TotpFactor factor) {
        em.persist(factor);
    }

    public void add(Passkey passkey) {
        em.persist(passkey);
    }

    /** The TOTP app is gone; the recovery codes too unless {@code keepRecoveryCodes} (another factor remains). */
    public void removeTotp(UserAccount account, boolean keepRecoveryCodes) {
        if (!keepRecoveryCodes) {
            deleteRecoveryCodes(account);
        }
        TotpFactor factor = em.find(TotpFactor.class, account.id());
        if (factor != null) {
            em.remove(factor);
        }
    }

    /** The passkey is gone; the recovery codes too unless {@code keepRecoveryCodes} (another factor remains). */
    public void removePasskey(UserAccount account, Passkey passkey, boolean keepRecoveryCodes) {
        if (!keepRecoveryCodes) {
            deleteRecoveryCodes(account);
        }
        em.remove(em.contains(passkey) ? passkey : em.merge(passkey));
    }

    /** The account's recovery codes are {@code issued} now; earlier ones stop working. */
    public void replaceRecoveryCodes(UserAccount account, RecoveryCode.Issued issued) {
        deleteRecoveryCodes(account);
        issued.stored().forEach(em::persist);
    }

    /** The account has no second factor (no TOTP app, no passkey) and no recovery code any more. */
    public void removeAll(UserAccount account) {
        removeTotp(account, false);
        em.createNamedQuery("Passkey.deleteOfAccount")
                .setParameter("account", account.id())
                .executeUpdate();
    }

    private void deleteRecoveryCodes(UserAccount account) {
        em.createNamedQuery("RecoveryCode.deleteOfAccount")
                .setParameter("account", account.id())
                .executeUpdate();
    }
}
