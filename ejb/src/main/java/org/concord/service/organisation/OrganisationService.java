package org.concord.service.organisation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Invitation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.MemberRole;
import org.concord.domain.organisation.Organisation;
import org.concord.service.Page;
import org.concord.service.account.Accounts;
import org.concord.service.invitation.InvitationView;
import org.concord.service.invitation.Invitations;

/**
 * Organisations (R-ACC.2), one use case a method: staff list, create and edit them, inviting the first manager by
 * address; staff and an organisation's managers invite members by address (R-ACC.1: whether the address has an
 * account is never told; the person joins by accepting) and remove them; its members read it; staff read its record
 * of changes. To anyone else an organisation does not exist: the one {@link NotFound}.
 */
@Stateless
public class OrganisationService {

    /** Rows of the organisation list. */
    public static final int PAGE_SIZE = 20;

    @Inject
    private Organisations organisations;

    @Inject
    private Accounts accounts;

    @Inject
    private Invitations invitations;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Staff: page {@code page} (from 0) of the organisations whose name contains {@code text}. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public Page<OrganisationView.Summary> list(String text, int page) {
        int from = Math.max(page, 0);
        List<OrganisationView.Summary> items = organisations.search(text, from, PAGE_SIZE).stream()
                .map(OrganisationView.Summary::of)
                .toList();
        return Page.numbered(items, from, PAGE_SIZE, organisations.count(text));
    }

    /**
     * R-ACC.2, R-ACC.1: staff create an organisation, with no member yet, and invite its first manager by address;
     * the manager joins by accepting.
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public OrganisationView create(@NotNull @Valid OrganisationForm form) {
        UserAccount staff = caller();
        Instant now = clock.instant();
        Organisation organisation = Organisation.create(
                form.getKind(),
                form.getName(),
                form.getLegalForm(),
                form.getCountry(),
                form.getDomains(),
                form.getAliases(),
                staff,
                now);
        organisations.add(organisation);
        Invitation.Issued issued;
        try {
            issued = Invitation.toOrganisation(organisation, MemberRole.MANAGER, form.getFirstManager(), staff, now);
        } catch (RuleViolation refused) {
            throw "/email".equals(refused.field())
                    ? new RuleViolation(refused.ruleId(), "/firstManager", refused.messageKey())
                    : refused;
        }
        invitations.send(issued);
        return view(organisation, staff, now);
    }

    /**
     * R-ACC.2: staff edit the organisation's name, legal form, country, e-mail domains and Transparency Database
     * names; each change is recorded (who, what, when). A member who may read it but is not staff is refused by the
     * domain; anyone else gets "not found".
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN", "PARTY", "NEUTRAL"})
    public OrganisationView edit(UUID id, @NotNull @Valid OrganisationDetailsForm form) {
        Organisation organisation = readable(id);
        organisation.edit(
                form.getName(),
                form.getLegalForm(),
                form.getCountry(),
                form.getDomains(),
                form.getAliases(),
                caller(),
                clock.instant());
        return view(organisation, caller(), clock.instant());
    }

    /** R-ACC.2: staff and the organisation's active members read it; anyone else gets "not found". */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN", "PARTY", "NEUTRAL"})
    public OrganisationView get(UUID id) {
        return view(readable(id), caller(), clock.instant());
    }

    /** The organisations the caller acts for now. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN", "PARTY", "NEUTRAL"})
    public List<OrganisationView.Summary> mine() {
        return organisations.activeOf(caller()).stream()
                .map(OrganisationView.Summary::of)
                .toList();
    }

    /**
     * R-ACC.2, R-ACC.1: a manager (or staff) invites an address to join as a member or a manager. The answer and the
     * work are the same whether or not the address has an account: the mail goes out, and the person joins by
     * accepting the link (creating the account if need be).
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN", "PARTY", "NEUTRAL"})
    public InvitationView inviteMember(UUID id, @NotNull @Valid MemberForm form) {
        Organisation organisation = readable(id);
        UserAccount me = caller();
        Instant now = clock.instant();
        Invitation.Issued issued = Invitation.toOrganisation(organisation, form.getRole(), form.getEmail(), me, now);
        invitations.send(issued);
        return InvitationView.of(issued.invitation(), me, now);
    }

    /**
     * R-ACC.2, R-13.1: a manager (or staff) removes a member, or a member leaves; from this instant it is in no circle
     * of the organisation's Procedures.
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN", "PARTY", "NEUTRAL"})
    public OrganisationView removeMember(UUID id, UUID accountId) {
        Organisation organisation = readable(id);
        // R-ACC.2: the caller's right first; whether the account is a member is only told to who may remove it.
        organisation.requireMayRemove(caller(), accountId);
        UserAccount account = organisation.memberships().stream()
                .filter(m -> m.isActive() && m.account().id().equals(accountId))
                .map(m -> m.account())
                .findFirst()
                .orElseThrow(() -> new RuleViolation("R-ACC.2", "/email", "rule.organisation.notMember"));
        Instant now = clock.instant();
        organisation.removeMember(account, caller(), now);
        return view(organisation, caller(), now);
    }

    /** The organisation as the viewer sees it; its open invitations only for those who manage it. */
    private OrganisationView view(Organisation organisation, UserAccount viewer, Instant now) {
        List<InvitationView> open = organisation.mayManage(viewer)
                ? invitations.openOf(organisation, now).stream()
                        .map(i -> InvitationView.of(i, viewer, now))
                        .toList()
                : List.of();
        return OrganisationView.of(organisation, viewer, open);
    }

    private Organisation readable(UUID id) {
        UserAccount caller = caller();
        return organisations.readableBy(id, caller);
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
