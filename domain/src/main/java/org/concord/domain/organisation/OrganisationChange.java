package org.concord.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.account.UserAccount;

/**
 * R-ACC.2 (in the spirit of R-ACC.5: changes are recorded): one recorded change of an organisation: who made it, what
 * it was, when. Made only by the organisation's verbs ({@link Organisation#create}, {@link Organisation#edit}, {@link
 * Organisation#addMember}, {@link Organisation#removeMember}), never edited, and kept (who was a member when, and
 * under which names a platform was known, are part of the record). An edit is one row per changed detail, with the
 * value before and after.
 */
@Entity
@Table(name = "organisation_change")
public class OrganisationChange {

    /** What changed. */
    public enum Kind {
        CREATED,
        EDITED,
        MEMBER_ADDED,
        MEMBER_REMOVED,
        MEMBER_LEFT
    }

    /** The details staff edit (R-ACC.2). */
    public enum Detail {
        NAME,
        LEGAL_FORM,
        COUNTRY,
        DOMAINS,
        ALIASES
    }

    /** The longest value kept; a longer one (many domains or names) is kept up to it, ending in "…". */
    static final int MAX_VALUE = 4000;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    private UserAccount actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    /** The member added, removed or who left (for CREATED: the first manager). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private UserAccount member;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private MemberRole role;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Detail detail;

    @Column(name = "value_before", length = MAX_VALUE)
    private String before;

    @Column(name = "value_after", length = MAX_VALUE)
    private String after;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected OrganisationChange() {}

    private OrganisationChange(
            Organisation organisation,
            UserAccount actor,
            Kind kind,
            UserAccount member,
            MemberRole role,
            Detail detail,
            String before,
            String after,
            Instant at) {
        this.id = UUID.randomUUID();
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.member = member;
        this.role = role;
        this.detail = detail;
        this.before = cut(before);
        this.after = cut(after);
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    static OrganisationChange ofMember(
            Organisation organisation, UserAccount actor, Kind kind, UserAccount member, MemberRole role, Instant at) {
        return new OrganisationChange(organisation, actor, kind, member, role, null, null, null, at);
    }

    static OrganisationChange edited(
            Organisation organisation, UserAccount actor, Detail detail, String before, String after, Instant at) {
        return new OrganisationChange(organisation, actor, Kind.EDITED, null, null, detail, before, after, at);
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }

    public UUID id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public UserAccount actor() {
        return actor;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<UserAccount> member() {
        return Optional.ofNullable(member);
    }

    public Optional<MemberRole> role() {
        return Optional.ofNullable(role);
    }

    public Optional<Detail> detail() {
        return Optional.ofNullable(detail);
    }

    public Optional<String> before() {
        return Optional.ofNullable(before);
    }

    public Optional<String> after() {
        return Optional.ofNullable(after);
    }

    public Instant changedAt() {
        return changedAt;
    }
}
