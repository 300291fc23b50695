package org.concord.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.concord.domain.RuleViolation;
import org.concord.domain.SearchText;
import org.concord.domain.time.Domicile;

/**
 * A person or organisation that signs in to Concord: staff, a Neutral, or a Party (a User, a Rightholder, an Online
 * Platform, or a representative). The login name is the e-mail address, kept in lower case. The password is held
 * only as a hash ({@link PasswordHasher}: Argon2id, or an older PBKDF2 one until the next sign-in, R-SEC.2).
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byEmail", query = "select a from UserAccount a where a.email = :email")
@NamedQuery(name = "UserAccount.byEmails", query = "select a from UserAccount a where a.email in :emails")
@NamedQuery(name = "UserAccount.count", query = "select count(a) from UserAccount a")
@NamedQuery(name = "UserAccount.countWithRole", query = """
        select count(a) from UserAccount a join a.roles r where r = :role""")
@NamedQuery(name = "UserAccount.countUsableWithRole", query = """
        select count(a) from UserAccount a join a.roles r where r = :role and a.emailConfirmedAt is not null
        and a.disabledAt is null and a.closedAt is null""")
@NamedQuery(name = "UserAccount.search", query = """
        select a from UserAccount a where a.email like :pattern or a.sortName like :pattern
        or a.id in (select m.account.id from Membership m where m.leftAt is null
            and lower(m.organisation.name) like :pattern)
        order by a.sortName, a.email, a.id""")
@NamedQuery(name = "UserAccount.byName", query = """
        select a from UserAccount a order by a.sortName, a.email, a.id""")
@NamedQuery(name = "UserAccount.countSearch", query = """
        select count(a) from UserAccount a
        where a.email like :pattern or a.sortName like :pattern
        or a.id in (select m.account.id from Membership m where m.leftAt is null
            and lower(m.organisation.name) like :pattern)""")
@NamedQuery(name = "UserAccount.searchWithMembers", query = """
        select a from UserAccount a where a.email like :pattern or a.sortName like :pattern or a.id in :members
        order by a.sortName, a.email, a.id""")
@NamedQuery(name = "UserAccount.searchFewWithMembers", query = """
        select a from UserAccount a where a.email like :pattern or a.sortName like :pattern or a.id in :members
        order by lower(a.sortName), a.email, a.id""")
@NamedQuery(name = "UserAccount.countSearchWithMembers", query = """
        select count(a) from UserAccount a
        where a.email like :pattern or a.sortName like :pattern or a.id in :members""")
@NamedQuery(name = "UserAccount.withRole", query = """
        select a from UserAccount a join a.roles r where r = :role order by a.displayName, a.email""")
public class UserAccount {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    /** The name in lower case, for the administrators' list in name order (R-ACC.5; index, V24). */
    @Column(name = "sort_name", length = 200)
    private String sortName;

    /** Issue 24: the name folded for the console's search by prefix ({@link SearchText}; index, V36). */
    @Column(name = "search_name", length = 200)
    private String searchName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** where the account holder is domiciled, e.g. {@code FR} or {@code DE-BY}; parties need one. */
    @Column(name = "domicile", length = 10)
    private String domicile;

    @Column(name = "locale", nullable = false, length = 10)
    private String locale;

    /** Issue 24: the zone the holder reads times in besides Geneva's (a region id such as {@code America/New_York}). */
    @Column(name = "time_zone", length = 40)
    private String timeZone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** R-OPS.3: the last sign-in (set in bulk by the sign-in); inactivity is counted from it, or from creation. */
    @Column(name = "last_active_at")
    private Instant lastActiveAt;

    /** R-OPS.3: when the account was pseudonymised after its inactivity period. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    /** R-ACC.1: the account works only once its holder confirmed the address; {@code null} until then. */
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    /** The password was set by someone else (bootstrap, a forced reset): it must be changed at the next sign-in. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /** R-ACC.4, R-ACC.5: sessions that began before this instant are over (reset, disabling, "sign out everywhere"). */
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    /** R-ACC.5: an administrator disabled the account; nobody signs in with it until it is enabled again. */
    @Column(name = "disabled_at")
    private Instant disabledAt;

    /** R-ACC.6: the holder closed the account; its personal data is erased or pseudonymised. */
    @Column(name = "closed_at")
    private Instant closedAt;

    /** R-ACC.1: the version of the Center's terms and privacy notice the holder accepted, and when. */
    @Column(name = "terms_version", length = 40)
    private String termsVersion;

    @Column(name = "terms_accepted_at")
    private Instant termsAcceptedAt;

    /** R-ACC.1: the capacity the holder registered in (V20); {@code null} for accounts made by the Center. */
    @Enumerated(EnumType.STRING)
    @Column(name = "capacity", length = 30)
    private Capacity capacity;

    /** R-ACC.3: the authorisations this account gave as a Party, in any state (the record stays). */
    @OneToMany(mappedBy = "principal", fetch = FetchType.LAZY)
    private List<Representation> representations = new java.util.ArrayList<>();

    /** R-ACC.3: the authorisations this account holds as a representative, in any state. */
    @OneToMany(mappedBy = "representative", fetch = FetchType.LAZY)
    private List<Representation> representing = new java.util.ArrayList<>();

    protected UserAccount() {}

    public UserAccount(
            String email, String displayName, String passwordHash, Set<Role> roles, Locale locale, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = normaliseEmail(email);
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("displayName is required");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        this.displayName = displayName.strip();
        this.sortName = this.displayName.toLowerCase(Locale.ROOT);
        this.searchName = SearchText.fold(this.displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = EnumSet.copyOf(roles);
        this.locale = Objects.requireNonNull(locale, "locale").toLanguageTag();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.emailConfirmedAt = createdAt;
    }

    /**
     * R-ACC.1: an account its holder created (registration, an invitation): it works once the address is confirmed
     * ({@link #confirmEmail}).
     */
    public static UserAccount unconfirmed(
            String email, String displayName, String passwordHash, Set<Role> roles, Locale locale, Instant createdAt) {
        UserAccount account = new UserAccount(email, displayName, passwordHash, roles, locale, createdAt);
        account.emailConfirmedAt = null;
        return account;
    }

    /**
     * R-ACC.3, R-13.1: whether {@code other} acts for this account, as its authorised representative, in the Procedure
     * {@code procedureId} now.
     */
    public boolean isRepresentedBy(UserAccount other, UUID procedureId) {
        return other != null
                && representations.stream()
                        .filter(r -> r.organisation().isEmpty())
                        .anyMatch(r -> r.covers(other, procedureId));
    }

    /**
     * R-ACC.3, R-M2: whether this account acts, as an authorised representative, for the Party known in the
     * mediation {@code mediationId} by the address {@code partyEmail} (a mediation knows its Parties by address).
     */
    public boolean representsInMediation(String partyEmail, UUID mediationId) {
        return representing.stream().anyMatch(r -> r.coversMediation(this, partyEmail, mediationId));
    }

    /** R-ACC.3, R-M2: the authorisations in force this account gave as a Party that cover the mediation. */
    public List<Representation> representationsInMediation(UUID mediationId) {
        return representations.stream()
                .filter(r -> r.representative()
                        .map(rep -> r.coversMediation(rep, email, mediationId))
                        .orElse(false))
                .toList();
    }

    /** R-ACC.3: every authorisation this account gave, in any state. */
    public List<Representation> representations() {
        return Collections.unmodifiableList(representations);
    }

    /** R-ACC.3: a new authorisation given by this account (kept with it so the circle sees it at once). */
    public void authorises(Representation representation) {
        representations.add(representation);
    }

    /** R-ACC.3: an authorisation this account now holds (accepted, or filed), kept so that circles see it at once. */
    public void represents(Representation representation) {
        if (!representing.contains(representation)) {
            representing.add(representation);
        }
    }

    /** E-mail addresses compare case-insensitively; they are stored in lower case. */
    public static String normaliseEmail(String email) {
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * R-SEC.2: CENTER_ADMIN, CENTER_STAFF and NEUTRAL sign in with a second factor (Parties may add one,
     * {@link SecondFactors}).
     */
    public boolean requiresSecondFactor() {
        return roles.stream().anyMatch(Role::requiresSecondFactor);
    }

    /** the Center (staff and administrators) sees every procedure. */
    /** R-OPS.3: when the account was pseudonymised, past its inactivity period; empty while it is kept. */
    public java.util.Optional<Instant> erasedAt() {
        return java.util.Optional.ofNullable(erasedAt);
    }

    public boolean actsForCenter() {
        return roles.stream().anyMatch(Role::actsForCenter);
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    /** Records the domicile whose business days count for this account's time limits. */
    public void domicileIn(Domicile domicile) {
        this.domicile = domicile == null ? null : domicile.toString();
    }

    public Optional<Domicile> domicile() {
        return Optional.ofNullable(domicile).map(Domicile::parse);
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    /**
     * Issue 24: the time zone in which the holder also reads the instants the pages show (R-3.1 keeps Geneva's as the
     * one that counts); empty: Geneva's only.
     */
    public Optional<java.time.ZoneId> timeZone() {
        return Optional.ofNullable(timeZone).map(java.time.ZoneId::of);
    }

    /**
     * Issue 24: the holder chooses a zone to read times in (a region such as {@code Asia/Tokyo}, not an offset), or
     * none ({@code null}, or Geneva's own zone) for Geneva's only.
     */
    public void readTimesIn(java.time.ZoneId zone) {
        requireOpen();
        if (zone != null
                && (zone instanceof java.time.ZoneOffset
                        || !zone.getId().contains("/")
                        || zone.getId().startsWith("Etc/"))) {
            throw new RuleViolation("R-ACC.6", "/timeZone", "rule.account.timeZone");
        }
        this.timeZone = zone == null || zone.equals(org.concord.domain.time.GenevaTime.ZONE) ? null : zone.getId();
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** R-ACC.1: the holder confirmed the address (a second confirmation changes nothing). */
    public void confirmEmail(Instant at) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = at;
        }
    }

    public boolean isConfirmed() {
        return emailConfirmedAt != null;
    }

    /** Whether the holder can sign in and use tokens: confirmed, not disabled, not closed (R-ACC.1, R-ACC.5). */
    public boolean isUsable() {
        return emailConfirmedAt != null && disabledAt == null && closedAt == null;
    }

    /** R-ACC.4, R-ACC.5: every session that began before {@code at} ends (checked on each request). */
    public void endSessions(Instant at) {
        // The column keeps microseconds and the databases round: a later nanosecond would round up past the instant
        // of a session renewed at {@code at} (the holder's own, after a password change), and end it too.
        sessionsValidFrom = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Whether a session that began at {@code signedInAt} may go on. */
    public boolean acceptsSessionFrom(Instant signedInAt) {
        return isUsable() && (sessionsValidFrom == null || !signedInAt.isBefore(sessionsValidFrom));
    }

    /** The password hash to check at sign-in (a {@link PasswordHasher} string). */
    public String passwordHash() {
        return passwordHash;
    }

    /**
     * R-SEC.2: the same password, hashed again with the current algorithm and parameters after it was checked at
     * sign-in. Nothing else changes: the sessions go on.
     */
    public void upgradePasswordHash(String rehashed) {
        if (closedAt != null) {
            throw new IllegalStateException("a closed account keeps no password");
        }
        this.passwordHash = Objects.requireNonNull(rehashed, "rehashed");
    }

    /**
     * R-ACC.4: a new password (already checked for strength and hashed); a forced change is done, and the sessions
     * that began before {@code at} end.
     */
    public void changePassword(String newPasswordHash, Instant at) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        this.passwordChangeRequired = false;
        endSessions(at);
    }

    /** The password was set for the holder (bootstrap, forced reset): it is changed at the next sign-in. */
    public void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** R-ACC.5: disabled, its sessions end at once (API tokens are revoked by the service). */
    public void disable(Instant at) {
        this.disabledAt = at;
        endSessions(at);
    }

    public void enable() {
        this.disabledAt = null;
    }

    public Optional<Instant> disabledAt() {
        return Optional.ofNullable(disabledAt);
    }

    /** R-ACC.6: closed by its holder; nobody signs in with it again. */
    public void close(Instant at) {
        this.closedAt = at;
        endSessions(at);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** R-ACC.1: the holder accepted this version of the Center's terms and privacy notice. */
    public void acceptTerms(String version, Instant at) {
        this.termsVersion = Objects.requireNonNull(version, "version");
        this.termsAcceptedAt = at;
    }

    public Optional<String> termsVersion() {
        return Optional.ofNullable(termsVersion);
    }

    public Optional<Instant> termsAcceptedAt() {
        return Optional.ofNullable(termsAcceptedAt);
    }

    // --- R-ACC.5 and R-ACC.6: the Center manages accounts, everyone manages their own (issue 21) ---

    /** The longest reason an administrator may record (R-ACC.5). */
    public static final int REASON_MAX_CHARS = 2000;

    /** The suffix of a closed account's pseudonymous address: {@code .invalid} never delivers (RFC 2606). */
    public static final String CLOSED_DOMAIN = "@closed.invalid";

    /** R-ACC.5: whether an administrator may grant {@code role} now. */
    public boolean mayGrant(Role role) {
        return closedAt == null && !roles.contains(role);
    }

    /** R-ACC.5: whether {@code role} may be withdrawn, given how many usable administrators the Center has. */
    public boolean mayWithdraw(Role role, long usableAdministrators) {
        return closedAt == null
                && roles.contains(role)
                && roles.size() > 1
                && !(role == Role.CENTER_ADMIN && isLastAdministrator(usableAdministrators));
    }

    /** R-ACC.5: whether the account may be disabled; never the last usable administrator. */
    public boolean mayDisable(long usableAdministrators) {
        return closedAt == null && disabledAt == null && !isLastAdministrator(usableAdministrators);
    }

    public boolean mayEnable() {
        return closedAt == null && disabledAt != null;
    }

    public boolean mayForceReset() {
        return closedAt == null;
    }

    /**
     * R-ACC.5: an administrator grants a role, with a reason. The holder's sessions keep their roles until the next
     * sign-in; a withdrawal ends them at once.
     */
    public AccountChange grantRole(Role role, UserAccount admin, String reason, Instant at) {
        String why = requireAdministration(admin, reason);
        requireOpen();
        if (!mayGrant(Objects.requireNonNull(role, "role"))) {
            throw new RuleViolation("R-ACC.5", "/role", "rule.account.roleHeld");
        }
        roles.add(role);
        return new AccountChange(this, admin, AccountChange.Kind.ROLE_GRANTED, role, why, at);
    }

    /**
     * R-ACC.5: an administrator withdraws a role, with a reason; the holder's sessions end so that the role is gone
     * at once. The last usable administrator never loses CENTER_ADMIN, and an account keeps at least one role.
     */
    public AccountChange withdrawRole(
            Role role, UserAccount admin, String reason, long usableAdministrators, Instant at) {
        String why = requireAdministration(admin, reason);
        requireOpen();
        if (!roles.contains(Objects.requireNonNull(role, "role"))) {
            throw new RuleViolation("R-ACC.5", "/role", "rule.account.roleNotHeld");
        }
        if (role == Role.CENTER_ADMIN && isLastAdministrator(usableAdministrators)) {
            throw new RuleViolation("R-ACC.5", "/role", "rule.account.lastAdministrator");
        }
        if (roles.size() == 1) {
            throw new RuleViolation("R-ACC.5", "/role", "rule.account.lastRole");
        }
        roles.remove(role);
        endSessions(at);
        return new AccountChange(this, admin, AccountChange.Kind.ROLE_WITHDRAWN, role, why, at);
    }

    /** R-ACC.5: disabled by an administrator, with a reason; never the last usable administrator. */
    public AccountChange disable(UserAccount admin, String reason, long usableAdministrators, Instant at) {
        String why = requireAdministration(admin, reason);
        requireOpen();
        if (isLastAdministrator(usableAdministrators)) {
            throw new RuleViolation("R-ACC.5", null, "rule.account.lastAdministrator");
        }
        if (disabledAt != null) {
            throw new RuleViolation("R-ACC.5", null, "rule.account.alreadyDisabled");
        }
        disable(at);
        return new AccountChange(this, admin, AccountChange.Kind.DISABLED, null, why, at);
    }

    /** R-ACC.5: enabled again by an administrator, with a reason. */
    public AccountChange enable(UserAccount admin, String reason, Instant at) {
        String why = requireAdministration(admin, reason);
        requireOpen();
        if (disabledAt == null) {
            throw new RuleViolation("R-ACC.5", null, "rule.account.notDisabled");
        }
        enable();
        return new AccountChange(this, admin, AccountChange.Kind.ENABLED, null, why, at);
    }

    /**
     * R-ACC.5: an administrator forces a new password, with a reason: the sessions end and the holder must set a
     * new password (through "forgot password" or at the next sign-in).
     */
    public AccountChange forceReset(UserAccount admin, String reason, Instant at) {
        String why = requireAdministration(admin, reason);
        requireOpen();
        requirePasswordChange();
        endSessions(at);
        return new AccountChange(this, admin, AccountChange.Kind.RESET_FORCED, null, why, at);
    }

    /**
     * R-SEC.1: whether an administrator may lift the sign-in throttle of this account: only while it refuses attempts
     * ({@code refused}: a delay or a lock runs).
     */
    public boolean mayLiftSignInLock(boolean refused) {
        return closedAt == null && refused;
    }

    /**
     * R-SEC.1: an administrator lifts the sign-in delay or lock of this account (the holder called, say), with a
     * reason; the count of failures starts again (the service clears it).
     */
    public AccountChange liftSignInLock(UserAccount admin, String reason, boolean refused, Instant at) {
        String why = requireAdministration(admin, reason);
        requireOpen();
        if (!refused) {
            throw new RuleViolation("R-SEC.1", null, "rule.account.notLocked");
        }
        return new AccountChange(this, admin, AccountChange.Kind.SIGN_IN_UNLOCKED, null, why, at);
    }

    /**
     * R-SEC.2: an administrator resets the holder's second factor (the device was lost), with a reason; the service
     * deletes the factor and its recovery codes. The holder's sessions end; a role that requires a factor enrols a
     * new one at the next sign-in.
     */
    public AccountChange resetSecondFactor(UserAccount admin, String reason, SecondFactors factors, Instant at) {
        String why = requireAdministration(admin, reason);
        requireOpen();
        if (!factors.mayReset()) {
            throw new RuleViolation("R-SEC.2", null, "rule.factor.none");
        }
        endSessions(at);
        return new AccountChange(this, admin, AccountChange.Kind.SECOND_FACTOR_RESET, null, why, at);
    }

    /**
     * R-SEC.3, R-ACC.5: an administrator revokes every API token of the account (a token leaked, a script retired),
     * with a reason; the account and its sessions are untouched. The service revokes the tokens.
     */
    public AccountChange revokeTokens(UserAccount admin, String reason, Instant at) {
        String why = requireAdministration(admin, reason);
        return new AccountChange(this, admin, AccountChange.Kind.TOKENS_REVOKED, null, why, at);
    }

    /** R-ACC.6: the holder corrects name, language and domicile. */
    public void correctProfile(String newDisplayName, Locale newLocale, Domicile newDomicile) {
        requireOpen();
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new RuleViolation("R-ACC.6", "/displayName", "rule.account.nameRequired");
        }
        this.displayName = newDisplayName.strip();
        this.sortName = this.displayName.toLowerCase(Locale.ROOT);
        this.searchName = SearchText.fold(this.displayName);
        this.locale = Objects.requireNonNull(newLocale, "locale").toLanguageTag();
        domicileIn(newDomicile);
    }

    /** R-ACC.6: the holder confirmed a new address on it (an {@code AccountLink} of purpose CHANGE_EMAIL). */
    public AccountChange changeEmail(String newEmail, Instant at) {
        requireOpen();
        this.email = normaliseEmail(newEmail);
        return new AccountChange(this, this, AccountChange.Kind.EMAIL_CHANGED, null, null, at);
    }

    /** R-ACC.6: the holder ends every session of the account, this one included. */
    public AccountChange signOutEverywhere(Instant at) {
        endSessions(at);
        return new AccountChange(this, this, AccountChange.Kind.SIGNED_OUT_EVERYWHERE, null, null, at);
    }

    /** R-ACC.6: whether the holder may close the account: nothing of theirs running, not the last administrator. */
    public boolean mayClose(List<String> running, long usableAdministrators) {
        return closedAt == null && running.isEmpty() && !isLastAdministrator(usableAdministrators);
    }

    /**
     * R-ACC.6: the holder closes the account. Refused while a Procedure or mediation of theirs runs ({@code running}
     * names them) and for the last usable administrator (R-ACC.5). Name, address and domicile are replaced by a
     * pseudonym (the address stays unique), the password can no longer be used and every session ends; the account
     * row, its roles and its recorded changes stay, so that filings in ended Procedures keep their author.
     */
    public AccountChange closeAndErase(List<String> running, long usableAdministrators, Instant at) {
        requireOpen();
        if (!running.isEmpty()) {
            throw new RuleViolation("R-ACC.6", null, "rule.account.running", String.join(", ", running));
        }
        if (isLastAdministrator(usableAdministrators)) {
            throw new RuleViolation("R-ACC.5", null, "rule.account.lastAdministrator");
        }
        close(at);
        String pseudonym = id.toString().substring(0, 8);
        this.email = "closed-" + id + CLOSED_DOMAIN;
        this.displayName = "Closed account " + pseudonym;
        this.sortName = this.displayName.toLowerCase(Locale.ROOT);
        this.searchName = SearchText.fold(this.displayName);
        this.domicile = null;
        this.timeZone = null;
        this.passwordHash = "!closed";
        this.passwordChangeRequired = false;
        return new AccountChange(this, this, AccountChange.Kind.CLOSED, null, null, at);
    }

    /** R-ACC.5: the count includes this account when it is a usable administrator; it must not be the only one. */
    private boolean isLastAdministrator(long usableAdministrators) {
        return roles.contains(Role.CENTER_ADMIN) && isUsable() && usableAdministrators <= 1;
    }

    private void requireOpen() {
        if (closedAt != null) {
            throw new RuleViolation("R-ACC.6", null, "rule.account.closed");
        }
    }

    private static String requireAdministration(UserAccount admin, String reason) {
        if (admin == null || !admin.hasRole(Role.CENTER_ADMIN) || !admin.isUsable()) {
            throw new RuleViolation("R-ACC.5", null, "rule.account.administratorsOnly");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("R-ACC.5", "/reason", "rule.account.reason");
        }
        if (reason.strip().length() > REASON_MAX_CHARS) {
            throw new RuleViolation("R-ACC.5", "/reason", "rule.account.reasonTooLong", REASON_MAX_CHARS);
        }
        return reason.strip();
    }

    /** R-ACC.1: the capacity in which the holder registered (a User or a Rightholder, natural or legal, a representative). */
    public void registeredAs(Capacity capacity) {
        this.capacity = Objects.requireNonNull(capacity, "capacity");
    }

    public Optional<Capacity> capacity() {
        return Optional.ofNullable(capacity);
    }

    /**
     * R-ACC.1, R-ACC.5: the holder accepted an invitation that grants {@code role} ({@link Invitation#accept}, {@link
     * Invitation#join}); the grant is recorded as given by the inviter, who was allowed to give it ({@link
     * Invitation#mayInvite}).
     */
    AccountChange acceptInvitedRole(Role role, UserAccount inviter, Instant at) {
        requireOpen();
        roles.add(Objects.requireNonNull(role, "role"));
        return new AccountChange(this, inviter, AccountChange.Kind.INVITATION_ACCEPTED, role, null, at);
    }
}
