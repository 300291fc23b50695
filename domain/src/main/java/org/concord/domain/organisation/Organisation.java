package org.concord.domain.organisation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.RuleViolations;
import org.concord.domain.SearchText;
import org.concord.domain.account.Representation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.time.Domicile;

/**
 * An organisation (R-ACC.2): an online platform, a rightholder company or a law firm, with members who have a role in
 * it. Staff create organisations and invite the first manager by address; a manager (or staff) invites members (an
 * {@link org.concord.domain.account.Invitation} of kind MEMBER, R-ACC.1: the address need not have an account) and
 * removes them. A new organisation has no member until its first manager accepts. A member
 * who leaves is kept with the instant it left and counts for nothing from then on: when the organisation is a Party,
 * it leaves every circle at once. The last manager cannot leave while other members remain (reading: someone
 * must be able to manage those who can see the organisation's Procedures). A platform lists the names under which it
 * appears in the DSA Transparency Database, by which an imported Statement of Reasons is matched to it ({@link
 * #isNamed}). Staff edit its details with the same checks as at its creation ({@link #edit}). Every change (created,
 * edited, member added, removed or left) is recorded as an {@link OrganisationChange}: who, what, when.
 */
@Entity
@Table(name = "organisation")
// R-ACC.2, R-SEC.6: the organisation with this id if the account is an active member, else nothing, in one query
// whether the id is hidden or missing; it mirrors #mayRead, which still runs on what it returns (staff are not asked).
@NamedQuery(name = "Organisation.readableBy", query = """
        select o from Organisation o where o.id = :id and exists (select m from Membership m
            where m.organisation = o and m.account.id = :accountId and m.leftAt is null)""")
@NamedQuery(name = "Organisation.byName", query = """
        select o from Organisation o where lower(o.name) like :text order by lower(o.name), o.id""")
@NamedQuery(name = "Organisation.countByName", query = """
        select count(o) from Organisation o where lower(o.name) like :text""")
@NamedQuery(name = "Organisation.activeOf", query = """
        select m.organisation from Membership m where m.account.id = :accountId and m.leftAt is null
        order by m.joinedAt, m.id""")
@NamedQuery(name = "Organisation.platforms", query = """
        select o from Organisation o where o.kind = org.concord.domain.organisation.OrganisationKind.ONLINE_PLATFORM
        order by lower(o.name), o.id""")
public class Organisation {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    /** Issue 24: the name folded for the console's search by prefix ({@link SearchText}; index, V36). */
    @Column(name = "search_name", length = 200)
    private String searchName;

    @Column(name = "legal_form", length = 100)
    private String legalForm;

    /** ISO 3166-1 alpha-2, where known (organisations migrated from accounts have none). */
    @Column(length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationKind kind;

    @ElementCollection
    @CollectionTable(name = "organisation_domain", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "domain", nullable = false, length = 253)
    @OrderBy
    private Set<String> domains = new LinkedHashSet<>();

    /** The DSA Transparency Database's {@code platform_name} values of this platform, as staff entered them. */
    @ElementCollection
    @CollectionTable(name = "organisation_alias", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "platform_name", nullable = false, length = 200)
    @OrderBy
    private Set<String> aliases = new LinkedHashSet<>();

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL)
    @OrderBy("joinedAt, id")
    private List<Membership> memberships = new ArrayList<>();

    /** R-ACC.3: the authorisations its managers gave for it as a Party, in any state (the record stays). */
    @OneToMany(mappedBy = "organisation")
    private List<Representation> representations = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The record of changes (R-ACC.2), written by the verbs, persisted with the organisation. */
    @OneToMany(mappedBy = "organisation", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt, id")
    private List<OrganisationChange> changes = new ArrayList<>();

    protected Organisation() {}

    private Organisation(
            OrganisationKind kind,
            String name,
            String legalForm,
            String country,
            Collection<String> domains,
            Collection<String> aliases,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = name.strip();
        this.searchName = SearchText.fold(this.name);
        this.legalForm = optional(legalForm);
        this.country = countryCode(country);
        this.domains.addAll(domainNames(domains));
        this.aliases.addAll(aliasNames(aliases));
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * R-ACC.2: staff create an organisation, with no member yet: its first manager is invited by address
     * ({@link org.concord.domain.account.Invitation#toOrganisation}) and joins by accepting. A platform is also known by
     * its own name in the Transparency Database unless staff list other names.
     */
    public static Organisation create(
            OrganisationKind kind,
            String name,
            String legalForm,
            String country,
            Collection<String> domains,
            Collection<String> aliases,
            UserAccount by,
            Instant at) {
        if (!mayEdit(by)) {
            throw new RuleViolation("R-ACC.2", null, "rule.organisation.staffOnly");
        }
        RuleViolations.Collector refused = new RuleViolations.Collector("R-ACC.2");
        checkName(refused, name);
        if (kind == null) {
            refused.refuse(new RuleViolation("R-ACC.2", "/kind", "rule.organisation.kind"));
        }
        checkCountry(refused, country);
        refused.requireNone();
        Organisation organisation = new Organisation(
                kind, name, legalForm, country, domains == null ? List.of() : domains, aliases(kind, aliases), at);
        organisation.changes.add(
                OrganisationChange.ofMember(organisation, by, OrganisationChange.Kind.CREATED, null, null, at));
        return organisation;
    }

    /** R-ACC.2: staff create organisations and edit their details. */
    public static boolean mayEdit(UserAccount viewer) {
        return viewer != null && viewer.actsForCenter();
    }

    /** R-ACC.2: staff see the record of an organisation's changes. */
    public static boolean maySeeChanges(UserAccount viewer) {
        return mayEdit(viewer);
    }

    /**
     * R-ACC.2: staff edit the name, legal form, country, e-mail domains and (for a platform) the Transparency Database
     * names, with the same checks as at the creation, every problem named at once. Each detail that changes is
     * recorded with its value before and after; a detail typed as it was changes nothing and records nothing.
     *
     * @return the changes recorded (none when nothing changed)
     */
    public List<OrganisationChange> edit(
            String newName,
            String newLegalForm,
            String newCountry,
            Collection<String> newDomains,
            Collection<String> newAliases,
            UserAccount by,
            Instant at) {
        if (!mayEdit(by)) {
            throw new RuleViolation("R-ACC.2", null, "rule.organisation.staffOnly");
        }
        RuleViolations.Collector refused = new RuleViolations.Collector("R-ACC.2");
        checkName(refused, newName);
        checkCountry(refused, newCountry);
        refused.requireNone();
        List<OrganisationChange> made = new ArrayList<>();
        String strippedName = newName.strip();
        if (!strippedName.equals(name)) {
            made.add(OrganisationChange.edited(this, by, OrganisationChange.Detail.NAME, name, strippedName, at));
            name = strippedName;
            searchName = SearchText.fold(name);
        }
        String form = optional(newLegalForm);
        if (!Objects.equals(form, legalForm)) {
            made.add(OrganisationChange.edited(this, by, OrganisationChange.Detail.LEGAL_FORM, legalForm, form, at));
            legalForm = form;
        }
        String code = countryCode(newCountry);
        if (!Objects.equals(code, country)) {
            made.add(OrganisationChange.edited(this, by, OrganisationChange.Detail.COUNTRY, country, code, at));
            country = code;
        }
        Set<String> names = domainNames(newDomains == null ? List.of() : newDomains);
        if (!names.equals(domains)) {
            made.add(OrganisationChange.edited(
                    this, by, OrganisationChange.Detail.DOMAINS, joined(domains), joined(names), at));
            domains.clear();
            domains.addAll(names);
        }
        Set<String> known = aliasNames(aliases(kind, newAliases));
        if (!known.equals(aliases)) {
            made.add(OrganisationChange.edited(
                    this, by, OrganisationChange.Detail.ALIASES, joined(aliases), joined(known), at));
            aliases.clear();
            aliases.addAll(known);
        }
        changes.addAll(made);
        return made;
    }

    /** R-ACC.2: a name is required, at most 200 characters (the form says so too). */
    private static void checkName(RuleViolations.Collector refused, String name) {
        if (blank(name) || name.strip().length() > 200) {
            refused.refuse(new RuleViolation("R-ACC.2", "/name", "rule.organisation.name"));
        }
    }

    /** R-ACC.2: a country, where given, is an ISO 3166 code. */
    private static void checkCountry(RuleViolations.Collector refused, String country) {
        if (!blank(country) && !Domicile.isCountry(country.strip().toUpperCase(Locale.ROOT))) {
            refused.refuse(new RuleViolation("R-ACC.2", "/country", "rule.organisation.country", country.strip()));
        }
    }

    private static String optional(String text) {
        return blank(text) ? null : text.strip();
    }

    private static String countryCode(String country) {
        return blank(country) ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    private static Set<String> domainNames(Collection<String> domains) {
        Set<String> names = new LinkedHashSet<>();
        domains.stream()
                .filter(d -> !blank(d))
                .map(d -> d.strip().toLowerCase(Locale.ROOT))
                .forEach(names::add);
        return names;
    }

    private static Set<String> aliasNames(Collection<String> aliases) {
        Set<String> names = new LinkedHashSet<>();
        aliases.stream().filter(a -> !blank(a)).map(String::strip).forEach(names::add);
        return names;
    }

    private static String joined(Set<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }

    private static Collection<String> aliases(OrganisationKind kind, Collection<String> aliases) {
        return kind == OrganisationKind.ONLINE_PLATFORM && aliases != null ? aliases : List.of();
    }

    /** R-ACC.2: staff and the organisation's active managers manage its members. */
    public boolean mayManage(UserAccount viewer) {
        return viewer != null
                && (viewer.actsForCenter()
                        || activeMembership(viewer)
                                .map(m -> m.role() == MemberRole.MANAGER)
                                .orElse(false));
    }

    /** R-ACC.2: staff and the organisation's active members see it and its members. */
    public boolean mayRead(UserAccount viewer) {
        return viewer != null && (viewer.actsForCenter() || isActiveMember(viewer));
    }

    /**
     * R-ACC.2: the account joins as a member or a manager, once at a time, on the authority of {@code by}, who must
     * manage the organisation. People join by accepting an invitation ({@code Invitation.accept}, {@code by} being the
     * inviter); the demo data seeds members directly. Nobody adds an account that did not accept.
     */
    public Membership addMember(UserAccount account, MemberRole role, UserAccount by, Instant at) {
        requireManage(by);
        Objects.requireNonNull(account, "account");
        if (isActiveMember(account)) {
            throw new RuleViolation("R-ACC.2", "/email", "rule.organisation.alreadyMember");
        }
        Membership membership = new Membership(this, account, role == null ? MemberRole.MEMBER : role, at);
        memberships.add(membership);
        changes.add(OrganisationChange.ofMember(
                this, by, OrganisationChange.Kind.MEMBER_ADDED, account, membership.role(), at));
        return membership;
    }

    /**
     * R-ACC.2, R-13.1: a manager (or staff) removes a member, or a member leaves; it leaves every circle the
     * organisation is in at once. The last manager cannot leave while other members remain.
     */
    public void removeMember(UserAccount account, UserAccount by, Instant at) {
        boolean self = by != null && account != null && by.id().equals(account.id());
        if (!self) {
            requireManage(by);
        }
        Membership membership = activeMembership(account)
                .orElseThrow(() -> new RuleViolation("R-ACC.2", "/email", "rule.organisation.notMember"));
        if (membership.role() == MemberRole.MANAGER
                && activeManagers() == 1
                && activeMembers().size() > 1) {
            throw new RuleViolation("R-ACC.2", "/email", "rule.organisation.lastManager");
        }
        membership.leave(at);
        changes.add(OrganisationChange.ofMember(
                this,
                self ? account : by,
                self ? OrganisationChange.Kind.MEMBER_LEFT : OrganisationChange.Kind.MEMBER_REMOVED,
                account,
                membership.role(),
                at));
    }

    /**
     * R-ACC.2: a manager (or staff) removes any member; a member removes only itself (leaves). Asked before anything
     * is said about the account to remove, so that who may not remove learns nothing about the membership.
     */
    public boolean mayRemove(UserAccount by, UUID accountId) {
        return by != null && (by.id().equals(accountId) || mayManage(by));
    }

    /** R-ACC.2: the refusal of {@link #mayRemove}: the same as for any other change by someone who does not manage. */
    public void requireMayRemove(UserAccount by, UUID accountId) {
        if (!mayRemove(by, accountId)) {
            throw new RuleViolation("R-ACC.2", null, "rule.organisation.managerOnly");
        }
    }

    private void requireManage(UserAccount by) {
        if (!mayManage(by)) {
            throw new RuleViolation("R-ACC.2", null, "rule.organisation.managerOnly");
        }
    }

    private long activeManagers() {
        return memberships.stream()
                .filter(m -> m.isActive() && m.role() == MemberRole.MANAGER)
                .count();
    }

    public Optional<Membership> activeMembership(UserAccount account) {
        return account == null
                ? Optional.empty()
                : memberships.stream()
                        .filter(m -> m.isActive() && m.isOf(account))
                        .findFirst();
    }

    /** R-ACC.2: whether the account with this (normalised) address is an active member. */
    public boolean isActiveMemberAddress(String email) {
        return memberships.stream()
                .anyMatch(m -> m.isActive() && m.account().email().equals(email));
    }

    /** R-ACC.2, R-ACC.3: an active manager: it manages the members and authorises representatives for the organisation. */
    public boolean isActiveManager(UserAccount account) {
        return activeMembership(account)
                .map(m -> m.role() == MemberRole.MANAGER)
                .orElse(false);
    }

    /**
     * R-ACC.3, R-13.1: whether {@code other} acts for the organisation, as its authorised representative, in the
     * Procedure {@code procedureId} now.
     */
    public boolean isRepresentedBy(UserAccount other, UUID procedureId) {
        return other != null && representations.stream().anyMatch(r -> r.covers(other, procedureId));
    }

    /** R-ACC.3: every authorisation given for the organisation, in any state. */
    public List<Representation> representations() {
        return Collections.unmodifiableList(representations);
    }

    /** R-ACC.3: a new authorisation given for the organisation (kept with it so the circle sees it at once). */
    public void authorises(Representation representation) {
        if (!representations.contains(representation)) {
            representations.add(representation);
        }
    }

    /** R-ACC.2: an active member, in the circle of every Procedure the organisation is a Party to. */
    public boolean isActiveMember(UserAccount account) {
        return activeMembership(account).isPresent();
    }

    /** The accounts that act for the organisation now, managers first, in the order they joined. */
    public List<UserAccount> activeMembers() {
        List<Membership> active = new ArrayList<>(
                memberships.stream().filter(Membership::isActive).toList());
        active.sort((a, b) -> Boolean.compare(b.role() == MemberRole.MANAGER, a.role() == MemberRole.MANAGER));
        return active.stream().map(Membership::account).toList();
    }

    /**
     * R-ACC.2, R-SOR.1: a platform is named so in the Transparency Database if the name, trimmed, equals one of its
     * aliases or its own name, whatever the case.
     */
    public boolean isNamed(String platformName) {
        if (blank(platformName) || kind != OrganisationKind.ONLINE_PLATFORM) {
            return false;
        }
        String wanted = normaliseName(platformName);
        return normaliseName(name).equals(wanted)
                || aliases.stream().map(Organisation::normaliseName).anyMatch(wanted::equals);
    }

    /**
     * How a Transparency Database name is compared (R-ACC.2, R-SOR.1): trimmed, every run of white space inside read
     * as one space, lower case. Platforms type their names by hand in each statement, so {@code "Platform  1"} and
     * {@code "platform 1"} are the same platform.
     */
    public static String normaliseName(String platformName) {
        return platformName == null
                ? ""
                : WHITE_SPACE.matcher(platformName).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Any Unicode white space, the no-break space included (pasted names carry it). */
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("(?U)\\s+");

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<String> legalForm() {
        return Optional.ofNullable(legalForm);
    }

    public Optional<String> country() {
        return Optional.ofNullable(country);
    }

    public OrganisationKind kind() {
        return kind;
    }

    public Set<String> domains() {
        return Collections.unmodifiableSet(domains);
    }

    public Set<String> aliases() {
        return Collections.unmodifiableSet(aliases);
    }

    /** Every membership, left ones included, in the order joined. */
    public List<Membership> memberships() {
        return Collections.unmodifiableList(memberships);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** R-ACC.2: every recorded change, the first first. */
    public List<OrganisationChange> changes() {
        return Collections.unmodifiableList(changes);
    }
}
