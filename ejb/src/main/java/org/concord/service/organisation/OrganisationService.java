package org.concord.service.organisation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.Organisation;
import org.concord.service.Page;
import org.concord.service.account.Accounts;

/**
 * Organisations (R-ACC.2), one use case a method: staff list, create and edit them, naming the first manager; staff
 * and an organisation's managers add and remove members; its members read it; staff read its record of changes. To anyone else an organisation does not
 * exist: the one {@link NotFound}.
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

    /** R-ACC.2: staff create an organisation; its first manager is an existing account. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public OrganisationView create(@NotNull @Valid OrganisationForm form) {
        UserAccount manager = accounts.findByEmail(form.getFirstManager().strip())
                .orElseThrow(() -> new RuleViolation("R-ACC.2", "/firstManager", "rule.organisation.unknownAccount"));
        Organisation organisation = Organisation.create(
                form.getKind(),
                form.getName(),
                form.getLegalForm(),
                form.getCountry(),
                form.getDomains(),
                form.getAliases(),
                manager,
                caller(),
                clock.instant());
        organisations.add(organisation);
        return OrganisationView.of(organisation, caller());
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
        return OrganisationView.of(organisation, caller());
    }

    /** R-ACC.2: staff and the organisation's active members read it; anyone else gets "not found". */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN", "PARTY", "NEUTRAL"})
    public OrganisationView get(UUID id) {
        return OrganisationView.of(readable(id), caller());
    }

    /** The organisations the caller acts for now. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN", "PARTY", "NEUTRAL"})
    public List<OrganisationView.Summary> mine() {
        return organisations.activeOf(caller()).stream()
                .map(OrganisationView.Summary::of)
                .toList();
    }

    /** R-ACC.2: a manager (or staff) adds an existing account, as a member or a manager. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN", "PARTY", "NEUTRAL"})
    public OrganisationView addMember(UUID id, @NotNull @Valid MemberForm form) {
        Organisation organisation = readable(id);
        UserAccount account = accounts.findByEmail(form.getEmail().strip())
                .orElseThrow(() -> new RuleViolation("R-ACC.2", "/email", "rule.organisation.unknownAccount"));
        organisation.addMember(account, form.getRole(), caller(), clock.instant());
        return OrganisationView.of(organisation, caller());
    }

    /**
     * R-ACC.2, R-13.1: a manager (or staff) removes a member, or a member leaves; from this instant it is in no circle
     * of the organisation's Procedures.
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN", "PARTY", "NEUTRAL"})
    public OrganisationView removeMember(UUID id, UUID accountId) {
        Organisation organisation = readable(id);
        UserAccount account = organisation.memberships().stream()
                .filter(m -> m.isActive() && m.account().id().equals(accountId))
                .map(m -> m.account())
                .findFirst()
                .orElseThrow(() -> new RuleViolation("R-ACC.2", "/email", "rule.organisation.notMember"));
        organisation.removeMember(account, caller(), clock.instant());
        return OrganisationView.of(organisation, caller());
    }

    private Organisation readable(UUID id) {
        UserAccount caller = caller();
        return organisations.find(id).filter(o -> o.mayRead(caller)).orElseThrow(NotFound::new);
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
