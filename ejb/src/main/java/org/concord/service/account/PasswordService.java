package org.concord.service.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.AccountLink;
import org.concord.domain.account.PasswordPolicy;
import org.concord.domain.account.UserAccount;
import org.concord.domain.security.SecurityEvent;
import org.concord.service.Links;
import org.concord.service.mail.MailOutbox;
import org.concord.service.security.SecurityLog;

/**
 * R-ACC.4: passwords forgotten, reset through a single-use 30-minute link, and changed by their holder; the rule
 * itself is {@link PasswordPolicy}. A change or reset ends the account's other sessions
 * ({@link UserAccount#changePassword}).
 */
@Stateless
public class PasswordService {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private PasswordHashing passwordHash;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /**
     * R-ACC.4: mails a single-use reset link (30 minutes; older ones stop working) to the holder of the address. For
     * an unknown or closed address nothing is sent, and the same work is done (a password hashed), so that neither
     * the answer nor its time tells the cases apart.
     */
    @PermitAll
    public void forgotPassword(String email) {
        Instant now = clock.instant();
        passwordHash.hash("not-a-password-" + now);
        Optional<UserAccount> holder =
                accounts.findByEmail(email).filter(account -> account.closedAt().isEmpty());
        if (holder.isEmpty()) {
            return;
        }
        UserAccount account = holder.get();
        AccountLinks.withdrawOpen(em, account, AccountLink.Purpose.RESET_PASSWORD, now);
        AccountLink.Issued issued = AccountLink.issue(account, AccountLink.Purpose.RESET_PASSWORD, null, now);
        em.persist(issued.link());
        mailOutbox.enqueue(account, "mail.resetPassword", account.email(), Links.resetPassword(issued.token()));
    }

    /** Whether a reset link can still be used (the page asks before showing the form). */
    @PermitAll
    public boolean resetLinkUsable(String token) {
        return AccountLinks.find(em, token)
                .filter(link -> link.purpose() == AccountLink.Purpose.RESET_PASSWORD)
                .map(link -> link.isUsable(clock.instant()))
                .orElse(false);
    }

    /**
     * R-ACC.4: the holder sets a new password through the reset link: the link is used up, the other sessions end.
     * The password's problems are named at once, before the link is used.
     * Following the link also proves the address (R-ACC.1): an unconfirmed account is confirmed.
     */
    @PermitAll
    public void resetPassword(String token, String password, String repeatedPassword) {
        AccountLink link = AccountLinks.find(em, token)
                .orElseThrow(() -> new RuleViolation("R-ACC.4", "/token", "rule.link.invalid"));
        Instant now = clock.instant();
        UserAccount account = link.account();
        PasswordPolicy.requireNew(password, repeatedPassword, List.of(account.email(), account.displayName()));
        link.use(AccountLink.Purpose.RESET_PASSWORD, now);
        account.changePassword(passwordHash.hash(password), now);
        account.confirmEmail(now);
        securityLog.record(SecurityEvent.Type.PASSWORD_RESET, account.id(), account.id(), null);
        mailOutbox.enqueue(account, "mail.passwordChanged", account.email(), Links.forgotPassword());
    }

    /**
     * R-ACC.4: the signed-in holder changes the password, giving the current one; every session that began before
     * now ends. Every problem of the form is named at once (the domain's {@link PasswordPolicy#requireChange}). Returns the instant from which sessions count, so that the caller's own session can go on.
     */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public Instant changePassword(String currentPassword, String password, String repeatedPassword) {
        UserAccount account = accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
        boolean currentConfirmed = currentPassword != null
                && passwordHash.verify(currentPassword, account.passwordHash()).matches();
        PasswordPolicy.requireChange(
                currentConfirmed,
                currentPassword,
                password,
                repeatedPassword,
                List.of(account.email(), account.displayName()));
        Instant now = clock.instant();
        account.changePassword(passwordHash.hash(password), now);
        securityLog.record(SecurityEvent.Type.PASSWORD_CHANGED, account.id(), account.id(), null);
        mailOutbox.enqueue(account, "mail.passwordChanged", account.email(), Links.forgotPassword());
        return now;
    }

    /**
     * Whether the account must change its password before anything else (the first administrator's initial password,
     * a reset forced by an administrator).
     */
    @PermitAll
    public boolean passwordChangeRequired(String email) {
        return accounts.findByEmail(email)
                .map(UserAccount::passwordChangeRequired)
                .orElse(false);
    }
}
