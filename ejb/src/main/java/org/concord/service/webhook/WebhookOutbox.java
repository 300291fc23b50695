package org.concord.service.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.account.UserAccount;
import org.concord.domain.mediation.Mediation;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.organisation.OrganisationKind;
import org.concord.domain.procedure.Communication;
import org.concord.domain.procedure.Participant;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.webhook.WebhookDelivery;
import org.concord.domain.webhook.WebhookEndpoint;
import org.concord.domain.webhook.WebhookEvent;
import org.concord.domain.webhook.WebhookEventType;
import org.concord.service.account.Accounts;
import org.concord.service.operations.RequestId;
import org.concord.service.organisation.Organisations;
import org.concord.service.procedure.ProcedureCommenced;
import org.concord.service.procedure.ProcedureConcluded;

/**
 * R-PLAT.2: writes webhook deliveries in the caller's transaction, one per enabled endpoint of each organisation told
 * that wants the event type, so that a rolled-back change sends nothing; the dispatcher sends them after commit.
 * Nothing is posted here (never from the request thread).
 */
@ApplicationScoped
public class WebhookOutbox {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Event<WebhookQueued> queued;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    @Inject
    private org.concord.service.time.DeadlineService deadlines;

    @Inject
    private Organisations organisations;

    /** R-6, R-PLAT.2: a Request was commenced against the organisation that is the Responding Party. */
    void commenced(@Observes ProcedureCommenced commenced) {
        Procedure procedure = commenced.procedure();
        toParty(procedure, ParticipantRole.RESPONDING_PARTY, WebhookEventType.PROCEDURE_COMMENCED);
        answerPeriodEnd(procedure).ifPresent(end -> {
            for (Organisation organisation : organisationsOf(procedure, ParticipantRole.RESPONDING_PARTY)) {
                publish(
                        new WebhookEvent(
                                WebhookEventType.ANSWER_PERIOD_ENDED,
                                end,
                                organisation.id(),
                                WebhookEvent.Subject.PROCEDURE,
                                procedure.id(),
                                procedure.reference().value()),
                        WebhookEventType.ANSWER_PERIOD_ENDED.wireName() + "/" + procedure.id());
            }
        });
    }

    /**
     * R-7, R-PLAT.2: the first instant after the Answer period (midnight in Geneva after its last day), while the
     * Procedure runs without an Answer; empty otherwise.
     */
    public java.util.Optional<java.time.Instant> answerPeriodEnd(Procedure procedure) {
        if (procedure.state().hasEnded() || procedure.circle().answerFiling().isPresent()) {
            return java.util.Optional.empty();
        }
        return procedure.timeLimits().deadlines(deadlines.engine()).stream()
                .filter(d -> d.kind() == org.concord.domain.procedure.ProcedureDeadline.Kind.ANSWER)
                .map(d -> d.deadline()
                        .due()
                        .plusDays(1)
                        .atStartOfDay(org.concord.domain.time.GenevaTime.ZONE)
                        .toInstant())
                .findFirst();
    }

    /**
     * R-PLAT.2: the Procedure ended: by a communicated Resolution, or terminated (a settlement in
     * mediation included); its Party organisations are told.
     */
    void concluded(@Observes ProcedureConcluded concluded) {
        Procedure procedure = em.find(Procedure.class, concluded.procedureId());
        if (procedure == null) {
            return;
        }
        boolean resolved = switch (concluded.conclusion()) {
            case RESOLVED_FOR_REQUESTING_PARTY,
                    RESOLVED_FOR_RESPONDING_PARTY,
                    RESOLVED_FOR_RESPONDING_PARTY_BAD_FAITH -> true;
            default -> false;
        };
        toParties(
                procedure, resolved ? WebhookEventType.RESOLUTION_COMMUNICATED : WebhookEventType.PROCEDURE_TERMINATED);
    }

    /**
     * R-C1, R-PLAT.2: a communication was sent in the Procedure: each Party organisation with an active member who may
     * see it, and none who wrote it, is told that a message was received.
     */
    public void messageSent(Procedure procedure, Communication sent) {
        if (sent.isHeld()) {
            return;
        }
        List<Organisation> told = organisationsOf(procedure, null).stream()
                .filter(o -> o.activeMembers().stream().noneMatch(m -> m.email().equals(sent.authorEmail())))
                .filter(o -> o.activeMembers().stream()
                        .anyMatch(m -> procedure.conduct().visibleTo(m).contains(sent)))
                .toList();
        publish(told, WebhookEventType.MESSAGE_RECEIVED, procedure);
    }

    /**
     * R-PLAT.2: an event in a mediation, told to the platform organisations the addresses act for (a mediation names
     * its Parties by address), except those {@code by} acts for itself.
     */
    public void toAddresses(Collection<String> emails, WebhookEventType type, Mediation mediation, UserAccount by) {
        Set<UUID> own = new LinkedHashSet<>();
        if (by != null) {
            organisations.activeOf(by).forEach(o -> own.add(o.id()));
        }
        Set<UUID> seen = new LinkedHashSet<>();
        List<Organisation> told = new java.util.ArrayList<>();
        for (String email : emails) {
            accounts.findByEmail(email).stream()
                    .flatMap(a -> organisations.activeOf(a).stream())
                    .filter(o -> o.kind() == OrganisationKind.ONLINE_PLATFORM)
                    .filter(o -> !own.contains(o.id()) && seen.add(o.id()))
                    .forEach(told::add);
        }
        publish(told, type, mediation);
    }

    /**
     * R-C3, R-PLAT.2: the Answer is due in {@code daysBefore} days (a reminder fell due): the Responding Party's
     * organisation is told once, however many of its members are reminded.
     */
    void answerDue(@Observes org.concord.service.reminder.AnswerReminderDue due) {
        answerDue(due.procedure(), due.daysBefore());
    }

    /** The same, for a Procedure and a number of days. */
    public void answerDue(Procedure procedure, int daysBefore) {
        String key = WebhookEventType.ANSWER_DUE.wireName() + "/" + procedure.id() + "/" + daysBefore;
        for (Organisation organisation : organisationsOf(procedure, ParticipantRole.RESPONDING_PARTY)) {
            publish(
                    new WebhookEvent(
                            WebhookEventType.ANSWER_DUE,
                            clock.instant(),
                            organisation.id(),
                            WebhookEvent.Subject.PROCEDURE,
                            procedure.id(),
                            procedure.reference().value()),
                    key);
        }
    }

    /** The event in the Procedure, told to the organisations that are its Parties (each active one). */
    public void toParties(Procedure procedure, WebhookEventType type) {
        publish(organisationsOf(procedure, null), type, procedure);
    }

    /** The event in the Procedure, told to the organisation that is the Party in {@code role}, if one is. */
    public void toParty(Procedure procedure, ParticipantRole role, WebhookEventType type) {
        publish(organisationsOf(procedure, role), type, procedure);
    }

    /** The event in the Procedure, told to these organisations. */
    public void publish(Collection<Organisation> organisations, WebhookEventType type, Procedure procedure) {
        for (Organisation organisation : organisations) {
            publish(new WebhookEvent(
                    type,
                    clock.instant(),
                    organisation.id(),
                    WebhookEvent.Subject.PROCEDURE,
                    procedure.id(),
                    procedure.reference().value()));
        }
    }

    /** The event in the mediation, told to these organisations. */
    public void publish(Collection<Organisation> organisations, WebhookEventType type, Mediation mediation) {
        for (Organisation organisation : organisations) {
            publish(new WebhookEvent(
                    type,
                    clock.instant(),
                    organisation.id(),
                    WebhookEvent.Subject.MEDIATION,
                    mediation.id(),
                    mediation.reference()));
        }
    }

    /**
     * R-PLAT.4, R-PLAT.2: the reminders after the due date of an implementation report went out (once a Procedure and
     * day, however many of the platform's members are reminded): the platform's endpoints are told the report is due.
     */
    void implementationReportDue(@Observes org.concord.service.reminder.ImplementationReportDue due) {
        implementationReportDue(em.find(Procedure.class, due.procedureId()));
    }

    /**
     * R-PLAT.4, R-PLAT.2: the implementation report on the Procedure's Resolution is due; the Responding Party's
     * organisation is told, if it wants to be.
     */
    public void implementationReportDue(Procedure procedure) {
        toParty(procedure, ParticipantRole.RESPONDING_PARTY, WebhookEventType.IMPLEMENTATION_REPORT_DUE);
    }

    /** One delivery per enabled endpoint of the organisation that wants the event's type. */
    public void publish(WebhookEvent event) {
        publish(event, null);
    }

    /**
     * The same, once per {@code key} (when not null): an endpoint that has a delivery of that key already gets none
     * (an event several instants may announce, such as the Answer reminders of each member).
     */
    private void publish(WebhookEvent event, String key) {
        List<WebhookEndpoint> endpoints = em.createNamedQuery("WebhookEndpoint.enabledFor", WebhookEndpoint.class)
                .setParameter("organisations", List.of(event.organisationId()))
                .setParameter("type", event.type())
                .getResultList();
        boolean written = false;
        for (WebhookEndpoint endpoint : endpoints) {
            if (key != null
                    && !em.createNamedQuery("WebhookDelivery.keyed", Long.class)
                            .setParameter("endpoint", endpoint)
                            .setParameter("key", key)
                            .getResultList()
                            .isEmpty()) {
                continue;
            }
            // Issue 25, R-OPS.1: the dispatcher's lines about it will name the request that caused it.
            em.persist(
                    WebhookDelivery.of(endpoint, event, key, RequestId.current().orElse(null)));
            written = true;
        }
        if (written) {
            queued.fire(new WebhookQueued());
        }
    }

    /** The active participating organisations of the Procedure, in {@code role} (or any role when null). */
    static Set<Organisation> organisationsOf(Procedure procedure, ParticipantRole role) {
        Set<UUID> seen = new LinkedHashSet<>();
        Set<Organisation> found = new LinkedHashSet<>();
        for (Participant p : procedure.circle().participants()) {
            if ((role == null || p.role() == role)
                    && p.organisation().isPresent()
                    && seen.add(p.organisation().get().id())) {
                found.add(p.organisation().get());
            }
        }
        return found;
    }
}
