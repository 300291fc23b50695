package org.concord.service.representation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.account.Invitation;
import org.concord.domain.account.Representation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.Document;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.mediation.Mediation;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.procedure.Participant;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.service.Links;
import org.concord.service.Page;
import org.concord.service.account.Accounts;
import org.concord.service.document.DocumentDownload;
import org.concord.service.document.DocumentIntake;
import org.concord.service.invitation.Invitations;
import org.concord.service.invitation.RepresentationAccepted;
import org.concord.service.mail.MailOutbox;
import org.concord.service.mediation.Mediations;
import org.concord.service.organisation.Organisations;
import org.concord.service.procedure.Procedures;
import org.concord.service.reminder.ReminderPlanner;

/**
 * Representatives (R-ACC.3), one use case a method: a Party authorises a representative's address for one of its
 * Procedures, one of its mediations or for all (a manager for its platform organisation, R-ACC.2); the holder of that
 * address accepts, signed in; or a representative files a power of attorney that staff accept or refuse; the Party
 * (or staff) revokes, which ends the representative's access at once. An authorisation is seen by its Party and its
 * representative here, and by staff and both sides on the Procedure page; to anyone else it does not exist. Whether
 * the invited address has an account is never told (R-ACC.1), nor whether a power of attorney names anything
 * until staff decided.
 */
@Stateless
public class RepresentationService {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Procedures procedures;

    @Inject
    private Mediations mediations;

    @Inject
    private Organisations organisations;

    @Inject
    private DocumentIntake documents;

    @Inject
    private ReminderPlanner reminders;

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
     * or a manager of the organisation that is, not a representative), for one of its mediations, or for all; the
     * address gets a mail, whether or not it has an account, with an invitation link (R-ACC.1) that lets an address
     * without an account create one and accept at once.
     */
    @RolesAllowed({"PARTY"})
    public RepresentationView authorise(@NotNull @Valid RepresentationForm form) {
        UserAccount party = caller();
        Instant now = clock.instant();
        Representation representation;
        String reference = null;
        if (form.getProcedure() != null) {
            Procedure procedure = procedures.visibleTo(form.getProcedure(), party);
            representation = procedure.authoriseRepresentative(party, form.getEmail(), !form.isAll(), now);
            reference = form.isAll() ? null : procedure.reference().value();
        } else if (form.getMediation() != null) {
            Mediation mediation = mediations.visibleTo(form.getMediation(), party);
            representation = mediation.authoriseRepresentative(party, form.getEmail(), now);
            reference = mediation.reference();
        } else {
            representation = Representation.invite(party, form.getEmail(), null, now);
            party.authorises(representation);
        }
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
                representation.partyName().orElseThrow(),
                reference == null ? "*" : reference,
                link);
        return RepresentationView.of(representation, party);
    }

    /** R-ACC.3: what the caller authorised as a Party, and what it was invited to or authorised for. */
    @RolesAllowed({"PARTY", "CENTER_STAFF", "CENTER_ADMIN", "NEUTRAL"})
    public Mine mine() {
        UserAccount me = caller();
        Map<UUID, Representation> gave = new LinkedHashMap<>();
        em.createNamedQuery("Representation.ofPrincipal", Representation.class)
                .setParameter("accountId", me.id())
                .getResultStream()
                .forEach(r -> gave.put(r.id(), r));
        List<UUID> managed = organisations.activeOf(me).stream()
                .filter(o -> o.isActiveManager(me))
                .map(Organisation::id)
                .toList();
        if (!managed.isEmpty()) {
            em.createNamedQuery("Representation.ofOrganisations", Representation.class)
                    .setParameter("organisationIds", managed)
                    .getResultStream()
                    .forEach(r -> gave.putIfAbsent(r.id(), r));
        }
        List<RepresentationView> given = gave.values().stream()
                .filter(r -> r.isGivenBy(me))
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
                        r -> r.representativeEmail().equals(me.email()) || r.isGivenBy(me))
                .orElseThrow(NotFound::new);
        Instant now = clock.instant();
        representation.accept(me, now);
        invitations.follow(representation, me, now);
        planReminders(me);
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
        Representation representation = find(id).filter(r -> r.isGivenBy(me)
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
                    representation.partyName().orElse(""));
        }
        return RepresentationView.of(representation, me);
    }

    /**
     * R-ACC.3, R-13.1, R-ACC.1: a representative files a power of attorney for the Party it names by address in the
     * Procedure it names by reference. The document is checked as any document (R-C2) and kept; the filing is matched
     * to the Party it names, if any, and waits for staff either way, so that the answer is the same whether or not the
     * reference and address name anything. Reading: a filing that names nothing is kept (not dropped), so that staff
     * see it and refuse it, and the representative hears the same as anyone else: the Center's decision, by mail.
     */
    @RolesAllowed({"PARTY"})
    public RepresentationView filePowerOfAttorney(@NotNull @Valid PowerOfAttorneyForm form) {
        UserAccount representative = caller();
        Instant now = clock.instant();
        Document document = new Document(
                documents.accept(
                        DocumentKind.POWER_OF_ATTORNEY,
                        form.getFilename() == null || form.getFilename().isBlank()
                                ? "power-of-attorney"
                                : form.getFilename().strip(),
                        form.getDocument(),
                        "/document"),
                representative.email(),
                now);
        Representation filed = Representation.filePowerOfAttorney(
                representative, form.getReference(), form.getPartyEmail(), document.id(), now);
        procedures.byReference(filed.filedReference().orElseThrow()).ifPresent(p -> p.matchPowerOfAttorney(filed));
        em.persist(document);
        em.persist(filed);
        return RepresentationView.of(filed, representative);
    }

    /** R-ACC.3: staff's list of the powers of attorney waiting for a decision, oldest first, page by page. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public Page<PowerOfAttorneyView> pending(int page) {
        UserAccount staff = caller();
        int from = Math.max(page, 0);
        List<PowerOfAttorneyView> items = em.createNamedQuery("Representation.pending", Representation.class)
                .setFirstResult(from * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultStream()
                .map(r -> review(r, staff))
                .toList();
        long total =
                em.createNamedQuery("Representation.countPending", Long.class).getSingleResult();
        return Page.numbered(items, from, PAGE_SIZE, total);
    }

    /** R-ACC.3: one power of attorney, for staff to review (pending or decided). */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public PowerOfAttorneyView powerOfAttorney(UUID id) {
        return find(id).filter(r -> r.basis() == Representation.Basis.POWER_OF_ATTORNEY)
                .map(r -> review(r, caller()))
                .orElseThrow(NotFound::new);
    }

    /**
     * R-ACC.3: staff accept a power of attorney that names a Party (the representative is then in the Procedure's
     * circle in the Party's role) or refuse it with a reason; the representative and the Party are told by mail.
     */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public PowerOfAttorneyView decide(UUID id, @NotNull @Valid DecisionForm form) {
        UserAccount staff = caller();
        Representation r = find(id).filter(x -> x.basis() == Representation.Basis.POWER_OF_ATTORNEY)
                .orElseThrow(NotFound::new);
        boolean accepted = Boolean.TRUE.equals(form.getAccepted());
        r.decide(staff, accepted, form.getReason(), clock.instant());
        Optional<Procedure> procedure = r.procedureId().flatMap(procedures::find);
        UserAccount representative = r.representative().orElseThrow();
        String filedReference = r.filedReference().orElseThrow();
        if (accepted) {
            Procedure p = procedure.orElseThrow();
            reminders.plan(p);
            mailOutbox.enqueue(
                    representative,
                    "mail.powerOfAttorneyAccepted",
                    filedReference,
                    Links.procedure(p.id()),
                    r.partyName().orElseThrow());
            for (UserAccount party : partyAccounts(r)) {
                mailOutbox.enqueue(
                        party,
                        "mail.powerOfAttorneyAcceptedParty",
                        p.reference().value(),
                        Links.representation(p.id()),
                        representative.displayName() + " <" + representative.email() + ">");
            }
        } else {
            mailOutbox.enqueue(
                    representative,
                    "mail.powerOfAttorneyRefused",
                    filedReference,
                    Links.representation(),
                    r.reason().orElseThrow());
            if (procedure.isPresent()) {
                for (UserAccount party : partyAccounts(r)) {
                    mailOutbox.enqueue(
                            party,
                            "mail.powerOfAttorneyRefusedParty",
                            procedure.get().reference().value(),
                            Links.procedure(procedure.get().id()),
                            representative.displayName() + " <" + representative.email() + ">",
                            r.reason().orElseThrow());
                }
            }
        }
        return review(r, staff);
    }

    /**
     * R-ACC.3, R-C2: the power of attorney's document, for staff, the representative who filed it and the Party it is
     * for; to anyone else the one 404.
     */
    @RolesAllowed({"PARTY", "NEUTRAL", "CENTER_STAFF", "CENTER_ADMIN"})
    public DocumentDownload document(UUID id) {
        UserAccount me = caller();
        Representation r = find(id).filter(x -> x.mayReadDocument(me)).orElseThrow(NotFound::new);
        Document d = em.find(Document.class, r.documentId().orElseThrow());
        if (d == null) {
            throw new NotFound();
        }
        return DocumentDownload.of(d);
    }

    /** The Party's accounts told of a decision: the account, or the organisation's active managers. */
    private static List<UserAccount> partyAccounts(Representation r) {
        return r.organisation()
                .map(o -> o.activeMembers().stream().filter(o::isActiveManager).toList())
                .orElseGet(() -> List.of(r.principal()));
    }

    /**
     * R-C3, R-ACC.3: a representative now in force is reminded of its Party's time limits like the Party; the running
     * Procedures it now acts in get their reminders planned (planning is idempotent).
     */
    /** R-C3: a representative who accepted through an invitation's link gets its reminders planned too. */
    public void representationAccepted(@Observes RepresentationAccepted accepted) {
        planReminders(accepted.representative());
    }

    private void planReminders(UserAccount representative) {
        procedures.visibleToParticipant(representative).stream()
                .filter(p -> !p.hasEnded())
                .forEach(reminders::plan);
    }

    private PowerOfAttorneyView review(Representation r, UserAccount staff) {
        Optional<Procedure> procedure = r.procedureId().flatMap(procedures::find);
        Optional<Participant> party = procedure.flatMap(p -> p.circle().partyOf(r));
        UserAccount representative = r.representative().orElseThrow();
        ParticipantRole already = procedure
                .filter(p -> !r.isActive())
                .flatMap(p -> p.circle().participationOf(representative))
                .map(Participant::role)
                .orElse(null);
        Document d = r.documentId().map(id -> em.find(Document.class, id)).orElse(null);
        return new PowerOfAttorneyView(
                r.id(),
                r.state().name(),
                r.createdAt(),
                representative.displayName(),
                representative.email(),
                r.filedReference().orElse(null),
                r.filedPartyEmail().orElse(null),
                r.isMatched(),
                procedure.map(Procedure::id).orElse(null),
                r.partyName().orElse(null),
                party.map(Participant::role).orElse(null),
                already,
                d == null ? null : d.filename(),
                d == null ? null : d.mediaType(),
                d == null ? 0 : d.size(),
                d == null ? null : d.sha256(),
                r.decidedBy().orElse(null),
                r.reason().orElse(null),
                r.state() == Representation.State.PENDING
                        ? null
                        : r.authorisedAt().or(r::endedAt).orElse(null),
                r.mayDecide(staff));
    }

    private Optional<Representation> find(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(Representation.class, id));
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }

    /** The caller's authorisations: those it gave as a Party, and those it received (or is invited to). */
    public record Mine(List<RepresentationView> given, List<RepresentationView> received) implements Serializable {}
}
