package org.concord.service.webhook;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.webhook.WebhookDelivery;
import org.concord.domain.webhook.WebhookEndpoint;
import org.concord.service.ListCursor;
import org.concord.service.Page;
import org.concord.service.account.Accounts;
import org.concord.service.organisation.Organisations;

/**
 * R-PLAT.2, one use case a method: an organisation's managers register, list, change, rotate and delete its webhook
 * endpoints, read each endpoint's delivery log (keyset paged, newest first) and send a delivery again; staff read the
 * same. To anyone outside the organisation it does not exist (the one {@link NotFound}, R-13.1); a member who is not
 * a manager is refused with the rule.
 */
@Stateless
@RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN", "PARTY", "NEUTRAL"})
public class WebhookService {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Organisations organisations;

    @Inject
    private Accounts accounts;

    @Inject
    private WebhookSettings settings;

    @Inject
    private Event<WebhookQueued> queued;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** The organisation's endpoints, the first registered first. */
    public List<WebhookEndpointView> list(UUID organisationId) {
        UserAccount me = caller();
        Organisation organisation = readable(organisationId, me);
        Instant now = clock.instant();
        boolean manages = WebhookEndpoint.mayManage(organisation, me);
        return em
                .createNamedQuery("WebhookEndpoint.of", WebhookEndpoint.class)
                .setParameter("organisation", organisation)
                .getResultList()
                .stream()
                .map(e -> WebhookEndpointView.of(e, manages, now, null))
                .toList();
    }

    /** R-PLAT.2: whether the caller manages the organisation's webhooks (else it reads them, or does not see them). */
    public boolean mayManage(UUID organisationId) {
        UserAccount me = caller();
        return WebhookEndpoint.mayManage(readable(organisationId, me), me);
    }

    /** One endpoint. */
    public WebhookEndpointView get(UUID organisationId, UUID endpointId) {
        UserAccount me = caller();
        Organisation organisation = readable(organisationId, me);
        return WebhookEndpointView.of(
                endpoint(organisation, endpointId), WebhookEndpoint.mayManage(organisation, me), clock.instant(), null);
    }

    /** R-PLAT.2: a manager registers an endpoint; the answer carries its secret, this once. */
    public WebhookEndpointView register(UUID organisationId, @NotNull @Valid WebhookForm form) {
        UserAccount me = caller();
        Organisation organisation = readable(organisationId, me);
        Instant now = clock.instant();
        WebhookEndpoint.Registered registered = WebhookEndpoint.register(
                organisation,
                form.getUrl(),
                form.getEvents(),
                settings.allowLocalReceivers(),
                settings.resolver(),
                me,
                now);
        em.persist(registered.endpoint());
        return WebhookEndpointView.of(registered.endpoint(), true, now, registered.secret());
    }

    /** R-PLAT.2: a manager changes the address, the event types or whether the endpoint is enabled. */
    public WebhookEndpointView change(UUID organisationId, UUID endpointId, @NotNull @Valid WebhookForm form) {
        UserAccount me = caller();
        Organisation organisation = readable(organisationId, me);
        WebhookEndpoint.requireManage(organisation, me);
        WebhookEndpoint endpoint = endpoint(organisation, endpointId);
        endpoint.change(
                form.getUrl(),
                form.getEvents(),
                form.isEnabled(),
                settings.allowLocalReceivers(),
                settings.resolver(),
                me);
        return WebhookEndpointView.of(endpoint, true, clock.instant(), null);
    }

    /** R-PLAT.2: a manager rotates the secret with an overlap; the answer carries the new secret, this once. */
    public WebhookEndpointView rotate(UUID organisationId, UUID endpointId, @Valid RotationForm form) {
        UserAccount me = caller();
        Organisation organisation = readable(organisationId, me);
        WebhookEndpoint.requireManage(organisation, me);
        WebhookEndpoint endpoint = endpoint(organisation, endpointId);
        Duration overlap = form == null || form.getOverlapHours() == null
                ? settings.defaultOverlap()
                : Duration.ofHours(form.getOverlapHours());
        Instant now = clock.instant();
        String secret = endpoint.rotateSecret(overlap, me, now);
        return WebhookEndpointView.of(endpoint, true, now, secret);
    }

    /** R-PLAT.2: a manager deletes an endpoint, with its deliveries and their log. */
    public void delete(UUID organisationId, UUID endpointId) {
        UserAccount me = caller();
        Organisation organisation = readable(organisationId, me);
        WebhookEndpoint.requireManage(organisation, me);
        WebhookEndpoint endpoint = endpoint(organisation, endpointId);
        em.createQuery("""
                        delete from WebhookAttempt a where a.delivery in
                            (select d from WebhookDelivery d where d.endpoint = :endpoint)""").setParameter("endpoint", endpoint).executeUpdate();
        em.createQuery("delete from WebhookDelivery d where d.endpoint = :endpoint")
                .setParameter("endpoint", endpoint)
                .executeUpdate();
        em.remove(endpoint);
    }

    /**
     * R-PLAT.2: the endpoint's deliveries, newest first, {@code size} a page by keyset ({@code after}: the
     * {@code next} of the page before).
     */
    public Page<WebhookDeliveryView> deliveries(UUID organisationId, UUID endpointId, String after, int size) {
        UserAccount me = caller();
        Organisation organisation = readable(organisationId, me);
        WebhookEndpoint endpoint = endpoint(organisation, endpointId);
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        ListCursor cursor = after == null || after.isBlank() ? null : ListCursor.decode(after);
        List<WebhookDelivery> rows = (cursor == null
                        ? em.createNamedQuery("WebhookDelivery.ofEndpoint", WebhookDelivery.class)
                        : em.createNamedQuery("WebhookDelivery.ofEndpointAfter", WebhookDelivery.class)
                                .setParameter("createdAt", cursor.receivedAt())
                                .setParameter("id", cursor.id()))
                .setParameter("endpoint", endpoint)
                .setMaxResults(safeSize + 1)
                .getResultList();
        List<WebhookDeliveryView> items =
                rows.stream().limit(safeSize).map(WebhookDeliveryView::of).toList();
        String next = null;
        if (rows.size() > safeSize) {
            WebhookDelivery last = rows.get(safeSize - 1);
            next = new ListCursor(last.createdAt(), last.id()).encode();
        }
        return Page.after(items, next);
    }

    /** R-PLAT.2: a manager sends a delivered or given-up delivery again, with the same message id. */
    public WebhookDeliveryView redeliver(UUID organisationId, UUID endpointId, UUID deliveryId) {
        UserAccount me = caller();
        Organisation organisation = readable(organisationId, me);
        WebhookEndpoint.requireManage(organisation, me);
        WebhookEndpoint endpoint = endpoint(organisation, endpointId);
        WebhookDelivery delivery = Optional.ofNullable(deliveryId)
                .map(id -> em.find(WebhookDelivery.class, id))
                .filter(d -> d.endpoint().id().equals(endpoint.id()))
                .orElseThrow(NotFound::new);
        delivery.redeliver(clock.instant());
        queued.fire(new WebhookQueued());
        return WebhookDeliveryView.of(delivery);
    }

    /**
     * R-PLAT.2: the organisation if the caller is staff or an active member (anyone else: "not found"), and
     * the rule's refusal for a member who does not manage it.
     */
    private Organisation readable(UUID organisationId, UserAccount me) {
        Organisation organisation = organisations.readableBy(organisationId, me);
        if (!WebhookEndpoint.mayRead(organisation, me)) {
            throw new RuleViolation("R-PLAT.2", null, "rule.webhook.managerOnly");
        }
        return organisation;
    }

    private WebhookEndpoint endpoint(Organisation organisation, UUID endpointId) {
        return Optional.ofNullable(endpointId)
                .map(id -> em.find(WebhookEndpoint.class, id))
                .filter(e -> e.organisation().id().equals(organisation.id()))
                .orElseThrow(NotFound::new);
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
