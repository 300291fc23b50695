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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.AccountLink;
import org.concord.domain.account.AccountSession;
import org.concord.domain.account.ApiToken;
import org.concord.domain.account.SecondFactors;
import org.concord.domain.account.UserAccount;
import org.concord.domain.mediation.Mediation;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.time.Domicile;
import org.concord.service.Links;
import org.concord.service.mail.MailOutbox;

/**
 * R-ACC.6: everyone manages their own account: reads and corrects name, language and domicile, changes the address
 * (confirmed on the new one, told on the old one), sees the sessions still valid and ends them all, downloads the
 * personal data Concord holds as JSON, and closes the account when nothing of theirs is running.
 */
@Stateless
@RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
public class ProfileService {

    /** The languages Concord speaks (the bundles). */
    public static final Set<String> LANGUAGES = Set.of("en", "fr", "de");

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private MailOutbox mail;

    @Inject
    private SecondFactorStore factors;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** R-ACC.6: a sign-in through the form, recorded so that the holder sees it among the sessions. */
    @PermitAll
    public void recordSignIn(String email, String sessionId, String userAgent, Instant at) {
        accounts.findByEmail(email)
                .ifPresent(account -> em.persist(new AccountSession(account, sessionId, userAgent, at)));
    }

    public ProfileView profile() {
        UserAccount me = caller();
        return new ProfileView(
                me.email(),
                me.displayName(),
                me.locale().getLanguage(),
                me.domicile().map(Object::toString).orElse(null),
                me.timeZone().map(java.time.ZoneId::getId).orElse(null),
                Set.copyOf(me.roles()),
                me.createdAt(),
                validSessions(me));
    }

    /** R-ACC.6: corrects name, language ({@code en}, {@code fr}, {@code de}) and domicile (e.g. {@code FR}, {@code DE-BY}). */
    public ProfileView correct(String displayName, String language, String domicile) {
        return correct(
                displayName,
                language,
                domicile,
                caller().timeZone().map(java.time.ZoneId::getId).orElse(null));
    }

    /**
     * R-ACC.6, issue 24: corrects name, language and domicile as above, and chooses the zone the holder also reads times
     * in (an IANA region such as {@code America/New_York}; blank for Geneva's only).
     */
    public ProfileView correct(String displayName, String language, String domicile, String timeZone) {
        java.time.ZoneId zone = null;
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                zone = java.time.ZoneId.of(timeZone.strip());
            } catch (java.time.DateTimeException notAZone) {
                throw new RuleViolation("R-ACC.6", "/timeZone", "rule.account.timeZone");
            }
        }
        if (language == null || !LANGUAGES.contains(language)) {
            throw new RuleViolation("R-ACC.6", "/language", "rule.account.language");
        }
        Domicile parsed = null;
        if (domicile != null && !domicile.isBlank()) {
            try {
                parsed = Domicile.parse(domicile.strip());
            } catch (IllegalArgumentException notACountry) {
                throw new RuleViolation("R-ACC.6", "/domicile", "rule.account.domicile");
            }
            if (!Domicile.isCountry(parsed.country())) {
                throw new RuleViolation("R-ACC.6", "/domicile", "rule.account.domicile");
            }
        }
        UserAccount me = caller();
        me.correctProfile(displayName, Locale.forLanguageTag(language), parsed);
        me.readTimesIn(zone);
        return profile();
    }

    /**
     * R-ACC.6: asks for a new address: a single-use link (24 h) goes to it. The answer is the same whether or not the
     * address has an account (R-ACC.1); if it has one, the mail there says so and nothing changes.
     */
    public void requestEmailChange(String newEmail) {
        String address;
        try {
            address = UserAccount.normaliseEmail(newEmail);
        } catch (IllegalArgumentException notAnAddress) {
            throw new RuleViolation("R-ACC.6", "/email", "rule.account.email");
        }
        UserAccount me = caller();
        if (address.equals(me.email())) {
            throw new RuleViolation("R-ACC.6", "/email", "rule.account.sameEmail");
        }
        if (accounts.findByEmail(address).isPresent()) {
            mail.enqueue(address, me.locale(), "mail.emailTaken", "", Links.login());
            return;
        }
        Instant now = clock.instant();
        em.createNamedQuery("AccountLink.openOf", AccountLink.class)
                .setParameter("account", me)
                .setParameter("purpose", AccountLink.Purpose.CHANGE_EMAIL)
                .getResultStream()
                .forEach(open -> open.withdraw(now));
        AccountLink.Issued issued = AccountLink.issue(me, AccountLink.Purpose.CHANGE_EMAIL, address, now);
        em.persist(issued.link());
        mail.enqueue(address, me.locale(), "mail.emailChange", "", Links.confirmEmailChange(issued.token()));
    }

    /**
     * R-ACC.6: the holder, signed in, follows the link sent to the new address: the address changes, the old one is
     * told, and the sessions end (the holder signs in again with the new address). A link of another account is as
     * invalid as an unknown one.
     */
    public void confirmEmailChange(String token) {
        UserAccount me = caller();
        AccountLink link = em.createNamedQuery("AccountLink.byHash", AccountLink.class)
                .setParameter("hash", AccountLink.hash(token == null ? "" : token))
                .getResultStream()
                .filter(found -> found.account().id().equals(me.id()))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("R-ACC.6", "/token", "rule.link.invalid"));
        Instant now = clock.instant();
        link.use(AccountLink.Purpose.CHANGE_EMAIL, now);
        String address = link.payload().orElseThrow();
        if (accounts.findByEmail(address).isPresent()) {
            throw new RuleViolation("R-ACC.6", "/token", "rule.account.emailTaken");
        }
        String old = me.email();
        accounts.record(me.changeEmail(address, now));
        renameInMediations(old, address);
        me.endSessions(now);
        mail.enqueue(old, me.locale(), "mail.emailChanged", "", Links.login());
    }

    /** R-ACC.6: every session of the account ends, this one included. */
    public void signOutEverywhere() {
        UserAccount me = caller();
        accounts.record(me.signOutEverywhere(clock.instant()));
    }

    /** R-ACC.6, GDPR Art. 15 and 20: the caller's personal data. */
    public PersonalData export() {
        UserAccount me = caller();
        List<PersonalData.Membership> procedures = em.createQuery(
                        "select p, pa.role, pa.joinedAt from Participant pa join pa.procedure p"
                                + " where pa.account = :account order by pa.joinedAt",
                        Object[].class)
                .setParameter("account", me)
                .getResultStream()
                .map(row -> {
                    Procedure p = (Procedure) row[0];
                    return new PersonalData.Membership(
                            p.id(),
                            p.reference().toString(),
                            String.valueOf(row[1]),
                            p.state().name(),
                            (Instant) row[2]);
                })
                .toList();
        List<PersonalData.Membership> mediations = em.createQuery(
                        "select m, p.role, p.joinedAt from MediationParticipant p join p.mediation m where p.email = :email",
                        Object[].class)
                .setParameter("email", me.email())
                .getResultStream()
                .map(row -> {
                    Mediation m = (Mediation) row[0];
                    return new PersonalData.Membership(
                            m.id(),
                            m.reference(),
                            String.valueOf(row[1]),
                            m.state().name(),
                            (Instant) row[2]);
                })
                .toList();
        List<PersonalData.Filing> filings = em.createQuery(
                        "select f.id, p.id, f.kind, f.filedAt, p.request.description, p.request.remedy"
                                + " from Filing f join f.procedure p join Participant pa on pa.procedure = p"
                                + " where pa.account = :account and pa.role = f.filedBy order by f.filedAt",
                        Object[].class)
                .setParameter("account", me)
                .getResultStream()
                .map(row -> {
                    boolean request = "REQUEST".equals(String.valueOf(row[2]));
                    return new PersonalData.Filing(
                            (java.util.UUID) row[0],
                            (java.util.UUID) row[1],
                            String.valueOf(row[2]),
                            (Instant) row[3],
                            request ? (String) row[4] : null,
                            request ? (String) row[5] : null);
                })
                .toList();
        List<PersonalData.Writing> writings = new ArrayList<>();
        em.createQuery(
                        "select c.id, p.id, c.kind, c.sentAt, c.text from Communication c join c.procedure p"
                                + " where c.authorEmail = :email order by c.sentAt",
                        Object[].class)
                .setParameter("email", me.email())
                .getResultStream()
                .forEach(row -> writings.add(new PersonalData.Writing(
                        (java.util.UUID) row[0],
                        "procedure " + row[1],
                        String.valueOf(row[2]),
                        (Instant) row[3],
                        (String) row[4])));
        em.createQuery(
                        "select mm.id, m.id, mm.channel, mm.sentAt, mm.text from MediationMessage mm join mm.mediation m"
                                + " where mm.authorEmail = :email order by mm.sentAt",
                        Object[].class)
                .setParameter("email", me.email())
                .getResultStream()
                .forEach(row -> writings.add(new PersonalData.Writing(
                        (java.util.UUID) row[0],
                        "mediation " + row[1],
                        String.valueOf(row[2]),
                        (Instant) row[3],
                        (String) row[4])));
        List<PersonalData.Mail> mails = em.createQuery(
                        "select m.subject, m.body, m.createdAt, m.sentAt from OutboundMail m where m.recipient = :email"
                                + " order by m.createdAt",
                        Object[].class)
                .setParameter("email", me.email())
                .getResultStream()
                .map(row -> new PersonalData.Mail((String) row[0], (String) row[1], (Instant) row[2], (Instant) row[3]))
                .toList();
        List<PersonalData.Token> tokens = em.createNamedQuery("ApiToken.ofAccount", ApiToken.class)
                .setParameter("account", me)
                .getResultStream()
                .map(t -> new PersonalData.Token(t.label(), t.createdAt(), t.lastUsedAt(), t.revokedAt()))
                .toList();
        List<ProfileView.SessionView> signIns = em.createNamedQuery("AccountSession.ofAccount", AccountSession.class)
                .setParameter("account", me)
                .getResultStream()
                .map(s -> new ProfileView.SessionView(s.startedAt(), s.userAgent()))
                .toList();
        return new PersonalData(
                clock.instant(),
                new PersonalData.Account(
                        me.id(),
                        me.email(),
                        me.displayName(),
                        me.locale().getLanguage(),
                        me.domicile().map(Object::toString).orElse(null),
                        me.timeZone().map(java.time.ZoneId::getId).orElse(null),
                        Set.copyOf(me.roles()),
                        me.createdAt(),
                        me.termsVersion().orElse(null),
                        me.termsAcceptedAt().orElse(null)),
                accounts.changesOf(me).stream()
                        .map(AccountDetail.ChangeView::of)
                        .toList(),
                signIns,
                tokens,
                secondFactorsOf(me),
                procedures,
                mediations,
                filings,
                writings,
                mails);
    }

    /** R-ACC.6, R-SEC.2: the account's authenticator app (when it was set up) and passkeys (names, when used). */
    private List<PersonalData.SecondFactor> secondFactorsOf(UserAccount me) {
        SecondFactors found = factors.of(me);
        List<PersonalData.SecondFactor> list = new ArrayList<>();
        found.totp().ifPresent(app -> list.add(new PersonalData.SecondFactor("TOTP", null, app.enrolledAt(), null)));
        found.passkeys()
                .forEach(passkey -> list.add(new PersonalData.SecondFactor(
                        "PASSKEY",
                        passkey.name(),
                        passkey.enrolledAt(),
                        passkey.lastUsedAt().orElse(null))));
        return List.copyOf(list);
    }

    /**
     * R-ACC.6: closes the caller's account. Refused while a Procedure or mediation of theirs runs (the refusal names
     * them) and for the last administrator (R-ACC.5). Otherwise name, address and domicile become a pseudonym (also
     * in the mediations and the mails already sent), tokens are revoked, open links withdrawn, sessions end; the old
     * address is told once.
     */
    public void close() {
        UserAccount me = caller();
        List<String> running = new ArrayList<>();
        em.createQuery(
                        "select distinct p from Participant pa join pa.procedure p where pa.account = :account",
                        Procedure.class)
                .setParameter("account", me)
                .getResultStream()
                .filter(p -> !p.state().hasEnded())
                .forEach(p -> running.add(p.reference().toString()));
        em.createQuery(
                        "select distinct m from MediationParticipant p join p.mediation m where p.email = :email",
                        Mediation.class)
                .setParameter("email", me.email())
                .getResultStream()
                .filter(m -> !m.state().hasEnded())
                .forEach(m -> running.add(m.reference()));
        String old = me.email();
        Locale locale = me.locale();
        Instant now = clock.instant();
        accounts.record(me.closeAndErase(running, accounts.lockUsableAdministrators(), now));
        accounts.revokeTokens(me, now);
        // R-SEC.2: a closed account signs in no more; its authenticator app, passkeys and recovery codes go.
        factors.removeAll(me);
        em.createQuery("update AccountLink l set l.usedAt = :now where l.account = :account and l.usedAt is null")
                .setParameter("now", now)
                .setParameter("account", me)
                .executeUpdate();
        renameInMediations(old, me.email());
        // Issue 24: the in-app inbox held copies of mails to the erased address; they go with it.
        em.createNamedQuery("InboxEntry.eraseOf").setParameter("owner", me.id()).executeUpdate();
        em.createQuery(
                        "update OutboundMail m set m.recipient = :pseudonym where m.recipient = :old and m.sentAt is not null")
                .setParameter("pseudonym", me.email())
                .setParameter("old", old)
                .executeUpdate();
        mail.enqueue(old, locale, "mail.accountClosed", "", Links.home());
    }

    /** Mediation participants are known by address (R-M2's circle): they follow the account's address. */
    private void renameInMediations(String old, String address) {
        em.createQuery("update MediationParticipant p set p.email = :address where p.email = :old")
                .setParameter("address", address)
                .setParameter("old", old)
                .executeUpdate();
        em.createQuery("update Mediation m set m.mediatorEmail = :address where m.mediatorEmail = :old")
                .setParameter("address", address)
                .setParameter("old", old)
                .executeUpdate();
    }

    private List<ProfileView.SessionView> validSessions(UserAccount me) {
        return em.createNamedQuery("AccountSession.ofAccount", AccountSession.class)
                .setParameter("account", me)
                .getResultStream()
                .filter(AccountSession::isValid)
                .map(s -> new ProfileView.SessionView(s.startedAt(), s.userAgent()))
                .toList();
    }

    /**
     * Issue 24: the zone the caller also reads times in; empty for Geneva's only, and for a caller without an account
     * (every page asks once per sign-in, so it may not refuse).
     */
    @PermitAll
    public java.util.Optional<java.time.ZoneId> timeZone() {
        return accounts.caller(context.getCallerPrincipal()).flatMap(UserAccount::timeZone);
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
