package org.concord.service.invitation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.AccountChange;
import org.concord.domain.account.Invitation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.service.Links;
import org.concord.service.Page;
import org.concord.service.account.Accounts;
import org.concord.service.account.PasswordHashing;
import org.concord.service.account.RegistrationService;
import org.concord.service.mail.MailOutbox;

/**
 * Invitations (R-ACC.1, issue 21), one use case a method: staff invite a Neutral, an administrator a member of staff
 * (R-ACC.5); staff list every invitation; the inviter, staff and an organisation's managers withdraw one; the holder
 * of a link reads what it is for, accepts it signed in with the invited address, or creates the account bound to that
 * address. Creating the account, confirming it and applying the grant happen in one transaction: a refused, expired,
 * used or withdrawn link creates nothing. Inviting answers the same whether or not the address has an account.
 * Organisations invite through {@code OrganisationService}, mediation requests and authorisations of representatives
 * carry their invitation ({@code MediationService}, {@code RepresentationService}).
 */
@Stateless
public class InvitationService {

    /** Rows of the staff's list. */
    public static final int PAGE_SIZE = 20;

    @Inject
    private Invitations invitations;

    @Inject
    private Accounts accounts;

    @Inject
    private RegistrationService registration;

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private PasswordHashing passwordHash;

    @Inject
    private Event<RepresentationAccepted> representationAccepted;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** R-ACC.1, R-ACC.5: staff invite a Neutral; only an administrator invites a member of staff. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public InvitationView invite(@NotNull @Valid InvitationForm form) {
        UserAccount me = caller().orElseThrow(NotFound::new);
        Instant now = clock.instant();
        Invitation.Issued issued = Invitation.toCenter(form.getKind(), form.getEmail(), me, now);
        invitations.send(issued);
        return InvitationView.of(issued.invitation(), me, now);
    }

    /** R-ACC.5: what the caller may invite to from the console: NEUTRAL for staff, STAFF too for an administrator. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public List<Invitation.Kind> kinds() {
        UserAccount me = caller().orElseThrow(NotFound::new);
        return Stream.of(Invitation.Kind.NEUTRAL, Invitation.Kind.STAFF)
                .filter(kind -> Invitation.mayInvite(kind, me, null))
                .toList();
    }

    /** Staff: page {@code page} (from 0) of the invitations in {@code state} ({@code null}: all), newest first. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public Page<InvitationView> list(Invitation.State state, int page) {
        UserAccount me = caller().orElseThrow(NotFound::new);
        Instant now = clock.instant();
        Page<Invitation> rows = invitations.list(state, Math.max(page, 0), PAGE_SIZE, now);
        return new Page<>(
                rows.items().stream().map(i -> InvitationView.of(i, me, now)).toList(),
                null,
                rows.page(),
                rows.size(),
                rows.more(),
                rows.total());
    }

    /**
     * R-ACC.1: the inviter, staff, or for a membership the organisation's managers withdraw an open invitation; its
     * link no longer works. To anyone else it does not exist.
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN", "PARTY", "NEUTRAL"})
    public InvitationView withdraw(UUID id) {
        UserAccount me = caller().orElseThrow(NotFound::new);
        Instant now = clock.instant();
        Invitation invitation = invitations
                .find(id)
                .filter(i -> me.actsForCenter()
                        || i.invitedBy().id().equals(me.id())
                        || i.organisation().map(o -> o.mayManage(me)).orElse(false))
                .orElseThrow(NotFound::new);
        invitation.withdraw(me, now);
        return InvitationView.of(invitation, me, now);
    }

    /** R-ACC.1: what a link is for, as its holder sees it, signed in or not; empty for a link that is not one. */
    @PermitAll
    public Optional<InvitationPreview> open(String token) {
        Instant now = clock.instant();
        Optional<UserAccount> me = caller();
        return invitations.byToken(token, false).map(i -> InvitationPreview.of(i, me.orElse(null), now));
    }

    /**
     * R-ACC.1: the holder of the invited address, signed in, accepts: the grant is applied. Refused (and nothing
     * changes) for another address and for a link used, withdrawn or expired.
     *
     * @return the page to go on to (what the invitation opened) and the role granted, if one was
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN", "PARTY", "NEUTRAL"})
    public Accepted accept(String token) {
        UserAccount me = caller().orElseThrow(NotFound::new);
        Instant now = clock.instant();
        Invitation invitation = link(token);
        Optional<AccountChange> change = invitation.accept(me, now);
        change.ifPresent(accounts::record);
        accepted(invitation);
        return new Accepted(
                destination(invitation),
                change.flatMap(AccountChange::role).map(Role::name).orElse(null));
    }

    /**
     * What accepting did: the page to go on to, and the role granted ({@code null}: none), which the caller's own
     * session takes on at once (a role granted by an administrator waits for the next sign-in).
     */
    public record Accepted(String next, String grantedRole) {}

    /**
     * R-ACC.1: the holder of the link, without an account, creates the account bound to the invited address (name,
     * domicile, language, password under R-ACC.4, the terms accepted in the version registration records). It is
     * confirmed at once, since the link proved the address, and the grant is applied, all in this transaction. An
     * address that has an account already is refused with the advice to sign in and open the link again: the holder
     * of the link reads that mailbox, so this tells nobody else anything.
     *
     * @return the sign-in page, going on to what the invitation opened
     */
    @PermitAll
    public String join(
            String token,
            String name,
            String country,
            String language,
            String password,
            String repeatedPassword,
            boolean termsAccepted) {
        Instant now = clock.instant();
        Invitation invitation = link(token);
        invitation.requireOpen(now);
        if (accounts.findByEmail(invitation.email()).isPresent()) {
            throw new RuleViolation("R-ACC.1", null, "rule.invitation.accountExists");
        }
        Invitation.Newcomer newcomer = Invitation.Newcomer.check(
                invitation.email(), name, country, language, password, repeatedPassword, termsAccepted);
        String hash = passwordHash.hash(password);
        Invitation.Joined joined = invitation.join(newcomer, hash, registration.termsVersion(), now);
        accounts.add(joined.account());
        joined.change().ifPresent(accounts::record);
        accepted(invitation);
        return Links.loginThen(destination(invitation));
    }

    /**
     * R-ACC.3: the Party learns that its representative accepted, and the representative's reminders are planned, as
     * when accepted on the representation page.
     */
    private void accepted(Invitation invitation) {
        invitation.representation().ifPresent(r -> {
            mailOutbox.enqueue(
                    r.principal(), "mail.representationAccepted", r.representativeEmail(), Links.representation());
            r.representative().map(RepresentationAccepted::new).ifPresent(representationAccepted::fire);
        });
    }

    private static String destination(Invitation invitation) {
        return switch (invitation.kind()) {
            case STAFF -> Links.console();
            case NEUTRAL -> Links.invitations();
            case MEMBER ->
                Links.organisation(invitation.organisation().orElseThrow().id());
            case MEDIATION -> Links.mediation(invitation.mediationId().orElseThrow());
            case REPRESENTATION -> Links.representation();
        };
    }

    private Invitation link(String token) {
        return invitations
                .byToken(token, true)
                .orElseThrow(() -> new RuleViolation("R-ACC.1", "/token", "rule.link.invalid"));
    }

    private Optional<UserAccount> caller() {
        return accounts.caller(context.getCallerPrincipal());
    }
}
