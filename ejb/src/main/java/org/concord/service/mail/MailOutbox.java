package org.concord.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import org.concord.domain.account.UserAccount;
import org.concord.domain.mail.InboxEntry;
import org.concord.domain.mail.OutboundMail;
import org.concord.service.operations.RequestId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues announcements in the caller's transaction (R-C1). Texts come from the {@code mail} bundles in the
 * recipient's language and carry only a reference and a link, never the content of a filing or the other side's name.
 * Issue 24: the one place mails are queued, so also the one place each mail to an account's address is copied, same
 * subject and text, into that account's in-app {@link Inbox}, in the same transaction.
 */
@ApplicationScoped
public class MailOutbox {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Event<MailQueued> queued;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "concord.base-url")
    private String baseUrl;

    /**
     * @param key  the message key: {@code key.subject} and {@code key.body} in the bundle
     * @param reference the procedure reference, {0} in the texts
     * @param path the Portal page, appended to the base URL, {1} in the texts
     * @param more further values, {2}, {3}, … in the texts (dates, numbers; never confidential content)
     */
    public void enqueue(UserAccount recipient, String key, String reference, String path, Object... more) {
        enqueue(recipient.email(), recipient.locale(), key, reference, path, more);
    }

    /** The same, to an address that may not have an account yet (a Party invited to mediate), in {@code locale}. */
    public void enqueue(String email, Locale locale, String key, String reference, String path, Object... more) {
        ResourceBundle texts = ResourceBundle.getBundle("org.concord.service.mail.mail", locale);
        Object[] args = new Object[2 + more.length];
        args[0] = reference;
        args[1] = baseUrl.replaceAll("/+$", "") + path;
        System.arraycopy(more, 0, args, 2, more.length);
        String subject = text(texts.getString(key + ".subject"), locale, args);
        String body = text(texts.getString(key + ".body"), locale, args);
        Instant now = clock.instant();
        em.persist(
                new OutboundMail(email, subject, body, now, RequestId.current().orElse(null)));
        accountAt(email).ifPresent(owner -> em.persist(new InboxEntry(owner, subject, body, now)));
        queued.fire(new MailQueued());
    }

    /**
     * A mail's subject or body in {@code locale}: a date among the values is written as the recipient reads it ("7
     * December 2026", "7 décembre 2026", "7. Dezember 2026"; English the British way, as the pages), never as ISO
     * (issue 24). The date is the Geneva date it is.
     */
    static String text(String pattern, Locale locale, Object... args) {
        Object[] dated = args.clone();
        for (int i = 0; i < dated.length; i++) {
            if (dated[i] instanceof LocalDate date) {
                dated[i] = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale("en".equals(locale.getLanguage()) ? Locale.UK : locale)
                        .format(date);
            }
        }
        return new MessageFormat(pattern, locale).format(dated);
    }

    /**
     * Issue 24: the account whose address {@code email} is, whose inbox gets a copy of the mail. An address without an
     * account (a Party invited to mediate, an invitation to create an account, the new address of an e-mail change
     * until it is confirmed, the old one of a closed account) gets the mail only.
     */
    private Optional<UUID> accountAt(String email) {
        String normalised;
        try {
            normalised = UserAccount.normaliseEmail(email);
        } catch (IllegalArgumentException notAnAccountAddress) {
            return Optional.empty();
        }
        return em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                .setParameter("email", normalised)
                .getResultStream()
                .findFirst()
                .map(UserAccount::id);
    }

    /**
     * Issue 24: an enum value as the recipient reads it in a mail (never its code): the mail bundle's
     * {@code <enum's simple name, lower case>.<VALUE>}, e.g. {@code role.NEUTRAL}, in the recipient's language.
     */
    public String label(UserAccount recipient, Enum<?> value) {
        return ResourceBundle.getBundle("org.concord.service.mail.mail", recipient.locale())
                .getString(value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + value.name());
    }

    /** A page's full address below {@code concord.base-url}, for a second link in a mail (issue 21). */
    public String url(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
