package org.concord.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.account.UserAccount;

/**
 * One account's membership of one organisation, from the instant it joined to the instant it left (R-ACC.2). A left
 * membership is kept: who was a member when is part of the record; it no longer counts for any circle.
 */
@Entity
@Table(name = "organisation_member")
@NamedQuery(name = "Membership.activeMembersOfOrganisationsNamed", query = """
        select distinct m.account.id from Membership m
        where m.leftAt is null and lower(m.organisation.name) like :pattern""")
@NamedQuery(name = "Membership.activeOrganisationNames", query = """
        select m.account.id, m.organisation.name from Membership m
        where m.account.id in :accounts and m.leftAt is null order by lower(m.organisation.name), m.id""")
public class Membership {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected Membership() {}

    Membership(Organisation organisation, UserAccount account, MemberRole role, Instant joinedAt) {
        this.id = UUID.randomUUID();
        this.organisation = organisation;
        this.account = account;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    void leave(Instant at) {
        this.leftAt = at;
    }

    public boolean isActive() {
        return leftAt == null;
    }

    public boolean isOf(UserAccount other) {
        return other != null && account.id().equals(other.id());
    }

    public UUID id() {
        return id;
    }

    public UserAccount account() {
        return account;
    }

    public MemberRole role() {
        return role;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Optional<Instant> leftAt() {
        return Optional.ofNullable(leftAt);
    }
}
