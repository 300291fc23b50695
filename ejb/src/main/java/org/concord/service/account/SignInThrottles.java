package org.concord.service.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.concord.domain.account.SignInThrottle;
import org.concord.domain.account.SignInThrottle.Kind;
import org.concord.domain.account.ThrottlePolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-SEC.1: the sign-in throttle's rows and policies (configuration {@code concord.signin.*}); joins the caller's
 * transaction. Per account: 2^k s of delay from the 5th failure, a 15-minute lock at the 10th. Per client address,
 * which many people may share behind one proxy or NAT: from the 20th failure, a lock at the 100th.
 */
@ApplicationScoped
public class SignInThrottles {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "concord.signin.account.delay-after", defaultValue = "5")
    private int accountDelayAfter;

    @Inject
    @ConfigProperty(name = "concord.signin.account.lock-after", defaultValue = "10")
    private int accountLockAfter;

    @Inject
    @ConfigProperty(name = "concord.signin.account.lock-duration", defaultValue = "PT15M")
    private Duration accountLockDuration;

    @Inject
    @ConfigProperty(name = "concord.signin.address.delay-after", defaultValue = "20")
    private int addressDelayAfter;

    @Inject
    @ConfigProperty(name = "concord.signin.address.lock-after", defaultValue = "100")
    private int addressLockAfter;

    @Inject
    @ConfigProperty(name = "concord.signin.address.lock-duration", defaultValue = "PT15M")
    private Duration addressLockDuration;

    @Inject
    @ConfigProperty(name = "concord.signin.forget-after", defaultValue = "PT24H")
    private Duration forgetAfter;

    private ThrottlePolicy accountPolicy;
    private ThrottlePolicy addressPolicy;

    @PostConstruct
    void configure() {
        accountPolicy = new ThrottlePolicy(accountDelayAfter, accountLockAfter, accountLockDuration, forgetAfter);
        addressPolicy = new ThrottlePolicy(addressDelayAfter, addressLockAfter, addressLockDuration, forgetAfter);
    }

    public ThrottlePolicy policy(Kind kind) {
        return kind == Kind.ACCOUNT ? accountPolicy : addressPolicy;
    }

    public Optional<SignInThrottle> find(Kind kind, String subject) {
        return Optional.ofNullable(em.find(SignInThrottle.class, SignInThrottle.key(kind, subject)));
    }

    /** Whether an attempt with these keys is refused at {@code now}, without looking at the password. */
    public boolean refuses(Kind kind, String subject, Instant now) {
        return subject != null
                && find(kind, subject)
                        .flatMap(throttle -> throttle.refusedUntil(policy(kind), now))
                        .isPresent();
    }

    /**
     * The row of {@code subject}, locked until the transaction ends; a new one (flushed at once, so that two first
     * failures at the same moment collide here and the loser retries) when there is none.
     */
    public SignInThrottle lockForFailure(Kind kind, String subject, Instant now) {
        SignInThrottle found =
                em.find(SignInThrottle.class, SignInThrottle.key(kind, subject), LockModeType.PESSIMISTIC_WRITE);
        if (found != null) {
            return found;
        }
        SignInThrottle created = new SignInThrottle(kind, subject, now);
        em.persist(created);
        em.flush();
        return created;
    }

    /** The count of {@code subject} starts again (a sign-in that succeeded, a lock lifted by staff). */
    public void clear(Kind kind, String subject) {
        SignInThrottle found =
                em.find(SignInThrottle.class, SignInThrottle.key(kind, subject), LockModeType.PESSIMISTIC_WRITE);
        if (found != null) {
            em.remove(found);
        }
    }

    /** Rows that count nothing any more are deleted (they are personal data, if only hashed). */
    public void forgetStale(Instant now) {
        em.createQuery("delete from SignInThrottle t where t.lastFailureAt < :before"
                        + " and (t.lockedUntil is null or t.lockedUntil < :now)")
                .setParameter("before", now.minus(forgetAfter))
                .setParameter("now", now)
                .executeUpdate();
    }
}
