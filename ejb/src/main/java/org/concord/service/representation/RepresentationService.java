package org.concord.service.representation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Invitation;
import org.concord.domain.account.Representation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.Procedure;
import org.concord.service.Links;
import org.concord.service.account.Accounts;
import org.concord.service.invitation.Invitations;
import org.concord.service.mail.MailOutbox;
import org.concord.service.procedure.Procedures;

/**
 * Representatives (R-ACC.3), one use case a method: a Party authorises a representative's address for one of its
 * Procedures or for all; the holder of that address accepts, signed in; the Party (or staff) revokes, which ends the
 * representative's access at once. An authorisation is seen by its Party and its representative here, and by staff
 * and both sides on the Procedure page; to anyone else it does not exist. Whether the invited address has an account
 * is never told (R-ACC.1).
 */
@Stateless
public class RepresentationService {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Procedures procedures;

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private Invitations invitations;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /**
     * R-ACC.3: the Party authorises the address for one of its Procedures (it must be that Procedure's Party itself,
     * not its representative) or for all; the address gets a mail, whether or not it has an account, with an
     * invitation link (R-ACC.1) that lets an address without an account create one and accept at once.
     */
    @RolesAllowed({"PARTY"})
    public RepresentationView authorise(@NotNull @Valid RepresentationForm form) {
        UserAccount party = caller();
        UUID procedureId = form.getProcedure();
        String reference = null;
        if (procedureId != null) {
            Procedure procedure = procedures.visibleTo(procedureId, party);
            if (procedure.circle().ownPartyPartOf(party).isEmpty()) {
                throw new RuleViolation("R-ACC.3", "/procedure", "rule.representation.partyOnly");
            }
            reference = procedure.reference().value();
        }
        Instant now = clock.instant();
        Representation representation = Representation.invite(party, form.getEmail(), procedureId, now);
        party.authorises(representation);
        em.persist(representation);
        // R-ACC.1: the mail carries an invitation link, whatever the address: without an account, it creates one
        // bound to this address and accepts the authorisation at once.
        String link = invitations.keep(Invitation.toRepresent(representation, reference, now));
        mailOutbox.enqueue(
                representation.representativeEmail(),
                invitations.localeOf(representation.representativeEmail(), party.locale()),
                "mail.representationInvited",
                representation.representativeEmail(),
                Links.representation(),
                party.displayName(),
                reference == null ? "*" : reference,
                link);
        return RepresentationView.of(representation, party);
    }

    /** R-ACC.3: what the caller authorised as a Party, and what it was invited to or authorised for. */
    @RolesAllowed({"PARTY", "CENTER_STAFF", "CENTER_ADMIN", "NEUTRAL"})
    public Mine mine() {
        UserAccount me = caller();
        List<RepresentationView> given = em.createNamedQuery("Representation.ofPrincipal", Representation.class)
                .setParameter("accountId", me.id())
                .getResultStream()
                .map(r -> RepresentationView.of(r, me))
                .toList();
        List<RepresentationView> received = em.createNamedQuery("Representation.forAddress", Representation.class)
                .setParameter("email", me.email())
                .setParameter("accountId", me.id())
                .getResultStream()
                .filter(r -> r.basis() == Representation.Basis.POWER_OF_ATTORNEY
                        || r.representative().map(a -> a.id().equals(me.id())).orElse(true))
                .map(r -> RepresentationView.of(r, me))
                .toList();
        return new Mine(given, received);
    }

    /** R-ACC.3, R-ACC.1: the holder of the invited address accepts; from now on it acts for the Party. */
    @RolesAllowed({"PARTY", "CENTER_STAFF", "CENTER_ADMIN", "NEUTRAL"})
    public RepresentationView accept(UUID id) {
        UserAccount me = caller();
        Representation representation = find(id).filter(
                        r -> r.representativeEmail().equals(me.email())
                                || r.principal().id().equals(me.id()))
                .orElseThrow(NotFound::new);
        Instant now = clock.instant();
        representation.accept(me, now);
        invitations.follow(representation, me, now);
        mailOutbox.enqueue(
                representation.principal(),
                "mail.representationAccepted",
                representation.representativeEmail(),
                Links.representation());
        return RepresentationView.of(representation, me);
    }

    /**
     * R-ACC.3: the Party (or staff) revokes an authorisation, or withdraws an open invitation; the representative
     * leaves every circle it covered at once.
     */
    @RolesAllowed({"PARTY", "CENTER_STAFF", "CENTER_ADMIN", "NEUTRAL"})
    public RepresentationView revoke(UUID id) {
        UserAccount me = caller();
        Representation representation = find(id).filter(r -> r.principal().id().equals(me.id())
                        || me.actsForCenter()
                        || r.representativeEmail().equals(me.email()))
                .orElseThrow(NotFound::new);
        boolean wasActive = representation.isActive();
        Instant now = clock.instant();
        representation.revoke(me, now);
        invitations.follow(representation, me, now);
        if (wasActive) {
            mailOutbox.enqueue(
                    representation.representativeEmail(),
                    representation.representative().map(UserAccount::locale).orElse(me.locale()),
                    "mail.representationRevoked",
                    representation.representativeEmail(),
                    Links.representation(),
                    representation.principal().displayName());
        }
        return RepresentationView.of(representation, me);
    }

    private Optional<Representation> find(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(Representation.class, id));
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }

    /** The caller's authorisations: those it gave as a Party, and those it received (or is invited to). */
    public record Mine(List<RepresentationView> given, List<RepresentationView> received) {}
}
