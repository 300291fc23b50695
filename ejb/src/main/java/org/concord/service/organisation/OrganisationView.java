package org.concord.service.organisation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.MemberRole;
import org.concord.domain.organisation.Membership;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.organisation.OrganisationChange;
import org.concord.domain.organisation.OrganisationKind;
import org.concord.service.invitation.InvitationView;

/**
 * An organisation as staff and its members see it (R-ACC.2), built inside the transaction: its members with their
 * role, since and until (former members included), whether the viewer may manage them and edit its details, for
 * those who may manage them the invitations still open (R-ACC.1), and for staff its record of changes.
 */
public record OrganisationView(
        UUID id,
        String name,
        OrganisationKind kind,
        String legalForm,
        String country,
        List<String> domains,
        List<String> aliases,
        List<MemberView> members,
        boolean mayManage,
        boolean mayEdit,
        List<ChangeView> changes,
        List<InvitationView> invitations)
        implements Serializable {

    /**
     * R-ACC.2: one recorded change, the latest first: when, what, by whom; the member concerned and its role, or the
     * detail edited with its value before and after. Shown to staff only.
     */
    public record ChangeView(
            Instant at,
            OrganisationChange.Kind kind,
            String by,
            String member,
            MemberRole role,
            OrganisationChange.Detail detail,
            String before,
            String after)
            implements Serializable {

        static ChangeView of(OrganisationChange c) {
            return new ChangeView(
                    c.changedAt(),
                    c.kind(),
                    c.actor().displayName(),
                    c.member()
                            .map(m -> m.displayName() + " (" + m.email() + ")")
                            .orElse(null),
                    c.role().orElse(null),
                    c.detail().orElse(null),
                    c.before().orElse(null),
                    c.after().orElse(null));
        }
    }

    /** One membership: who, in which role, from when until when (open while active). */
    public record MemberView(
            UUID accountId, String email, String displayName, MemberRole role, Instant since, Instant until)
            implements Serializable {

        public boolean isActive() {
            return until == null;
        }

        static MemberView of(Membership m) {
            return new MemberView(
                    m.account().id(),
                    m.account().email(),
                    m.account().displayName(),
                    m.role(),
                    m.joinedAt(),
                    m.leftAt().orElse(null));
        }
    }

    /** An organisation in a list: its name, kind, country and how many act for it now. */
    public record Summary(UUID id, String name, OrganisationKind kind, String country, int activeMembers)
            implements Serializable {

        static Summary of(Organisation o) {
            return new Summary(
                    o.id(),
                    o.name(),
                    o.kind(),
                    o.country().orElse(null),
                    o.activeMembers().size());
        }
    }

    public String domainsText() {
        return String.join(", ", domains);
    }

    public String aliasesText() {
        return String.join(", ", aliases);
    }

    static OrganisationView of(Organisation o, UserAccount viewer, List<InvitationView> invitations) {
        return new OrganisationView(
                o.id(),
                o.name(),
                o.kind(),
                o.legalForm().orElse(null),
                o.country().orElse(null),
                List.copyOf(o.domains()),
                List.copyOf(o.aliases()),
                o.memberships().stream().map(MemberView::of).toList(),
                o.mayManage(viewer),
                Organisation.mayEdit(viewer),
                Organisation.maySeeChanges(viewer)
                        ? o.changes().stream()
                                .sorted(Comparator.comparing(OrganisationChange::changedAt)
                                        .reversed())
                                .map(ChangeView::of)
                                .toList()
                        : List.of(),
                invitations);
    }
}
