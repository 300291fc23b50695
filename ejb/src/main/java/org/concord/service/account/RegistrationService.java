package org.concord.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.AccountLink;
import org.concord.domain.account.Capacity;
import org.concord.domain.account.Registration;
import org.concord.domain.account.UserAccount;
import org.concord.service.Links;
import org.concord.service.mail.MailOutbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-ACC.1: a person registers and confirms the address. Registration answers the same whether or not the address is
 * registered already, and does the same work (a password hashed, a mail queued): only the mail says which case it
 * was, so that the form reveals nothing. A refused registration stores nothing and sends nothing (the refusal rolls
 * the transaction back).
 */
@Stateless
@PermitAll
public class RegistrationService {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private PasswordHashing passwordHash;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "concord.registration.open", defaultValue = "true")
    private boolean open;

    @Inject
    @ConfigProperty(name = "concord.terms.version", defaultValue = "1")
    private String termsVersion;

    /** Whether people may register themselves (else only by invitation). */
    public boolean isOpen() {
        return open;
    }

    /** The version of the Center's terms and privacy notice that a registration accepts. */
    public String termsVersion() {
        return termsVersion;
    }

    /**
     * R-ACC.1: registers an unconfirmed Party and mails the confirmation link (24 h); for an address registered
     * already, mails its holder that it is, with the sign-in and reset links, and changes nothing.
     */
    public void register(
            String email,
            String name,
            String country,
            String language,
            Capacity capacity,
            String password,
            String repeatedPassword,
            boolean termsAccepted) {
        if (!open) {
            throw new RuleViolation("R-ACC.1", null, "rule.registration.closed");
        }
        Registration registration =
                Registration.check(email, name, country, language, capacity, password, repeatedPassword, termsAccepted);
        String hash = passwordHash.hash(password);
        Instant now = clock.instant();
        Optional<UserAccount> existing = accounts.findByEmail(registration.email());
        if (existing.isPresent()) {
            UserAccount holder = existing.get();
            mailOutbox.enqueue(
                    holder,
                    "mail.alreadyRegistered",
                    holder.email(),
                    Links.login(),
                    mailOutbox.url(Links.forgotPassword()),
                    mailOutbox.url(Links.confirmAgain()));
            return;
        }
        UserAccount account = registration.account(hash, termsVersion, now);
        accounts.add(account);
        mailConfirmation(account, now);
    }

    /**
     * R-ACC.1: the holder followed the confirmation link: the address is confirmed and the account usable. A used,
     * expired or unknown link is refused and changes nothing.
     */
    public void confirm(String token) {
        Instant now = clock.instant();
        UserAccount account = link(token).use(AccountLink.Purpose.CONFIRM_EMAIL, now);
        account.confirmEmail(now);
    }

    /**
     * R-ACC.1: a new confirmation link for an unconfirmed account (older ones stop working); the answer is the same
     * for any other address, for which nothing is sent.
     */
    public void confirmAgain(String email) {
        Instant now = clock.instant();
        accounts.findByEmail(email)
                .filter(account -> !account.isConfirmed() && account.closedAt().isEmpty())
                .ifPresent(account -> mailConfirmation(account, now));
    }

    private void mailConfirmation(UserAccount account, Instant now) {
        AccountLinks.withdrawOpen(em, account, AccountLink.Purpose.CONFIRM_EMAIL, now);
        AccountLink.Issued issued = AccountLink.issue(account, AccountLink.Purpose.CONFIRM_EMAIL, null, now);
        em.persist(issued.link());
        mailOutbox.enqueue(
                account,
                "mail.confirmEmail",
                account.email(),
                Links.confirmEmail(issued.token()),
                mailOutbox.url(Links.confirmAgain()));
    }

    private AccountLink link(String token) {
        return AccountLinks.find(em, token)
                .orElseThrow(() -> new RuleViolation("R-ACC.1", "/token", "rule.link.invalid"));
    }
}
