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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.concord.domain.time.Domicile;

/**
 * A person or organisation that signs in to Concord: staff, a Neutral, or a Party (a User, a Rightholder, an Online
 * Platform, or a representative). The login name is the e-mail address, kept in lower case. The password is held
 * only as a PBKDF2 hash made by the container's {@code Pbkdf2PasswordHash}.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byEmail", query = "select a from UserAccount a where a.email = :email")
@NamedQuery(name = "UserAccount.byEmails", query = "select a from UserAccount a where a.email in :emails")
@NamedQuery(name = "UserAccount.count", query = "select count(a) from UserAccount a")
@NamedQuery(name = "UserAccount.countWithRole", query = """
        select count(a) from UserAccount a join a.roles r where r = :role""")
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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

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
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = EnumSet.copyOf(roles);
        this.locale = Objects.requireNonNull(locale, "locale").toLanguageTag();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
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

    /** the Center (staff and administrators) sees every procedure. */
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

    public Instant createdAt() {
        return createdAt;
    }
}
