package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.webhook.WebhookEventType;
import org.concord.service.Page;
import org.concord.service.organisation.OrganisationService;
import org.concord.service.organisation.OrganisationView;
import org.concord.service.webhook.RotationForm;
import org.concord.service.webhook.WebhookDeliveryView;
import org.concord.service.webhook.WebhookEndpointView;
import org.concord.service.webhook.WebhookForm;
import org.concord.service.webhook.WebhookService;

/**
 * An organisation's webhooks (R-PLAT.2): its managers register endpoints and choose event types (the secret is shown
 * once, on this page, right after it is made), rotate the secret, enable, disable or delete an endpoint, read its
 * delivery log (status codes and latency of each attempt) and send a delivery again; staff read the same. Anyone
 * outside the organisation gets the 404 of a wrong id, a member who is not a manager a 403.
 */
@Named
@ViewScoped
@ShowsRefusals
public class WebhooksBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LOG_SIZE = 20;

    @Inject
    private WebhookService webhooks;

    @Inject
    private OrganisationService organisations;

    private String id;
    private UUID organisationId;
    private OrganisationView organisation;
    private List<WebhookEndpointView> endpoints = List.of();
    private final WebhookForm form = new WebhookForm();
    /** The secret just made, shown this once (the view is left on the next navigation). */
    private String shownSecret;

    private boolean mayManage;

    private UUID selected;
    private final List<WebhookDeliveryView> deliveries = new ArrayList<>();
    private String next;

    public void load() throws IOException {
        try {
            organisationId = UUID.fromString(String.valueOf(id));
            organisation = organisations.get(organisationId);
            endpoints = webhooks.list(organisationId);
            mayManage = webhooks.mayManage(organisationId);
        } catch (NotFound | IllegalArgumentException hidden) {
            ErrorPages.send(404);
        } catch (RuleViolation refused) {
            ErrorPages.send(403);
        }
    }

    /** R-PLAT.2: a manager registers an endpoint; its secret is shown below, this once. */
    public String register() {
        WebhookEndpointView made = webhooks.register(organisationId, form);
        shownSecret = made.secret();
        form.setUrl(null);
        form.setEvents(new ArrayList<>());
        Messages.info("webhooks.registered");
        return refresh();
    }

    /** R-PLAT.2: a new secret; the previous one stays valid for the configured overlap. */
    public String rotate(UUID endpointId) {
        shownSecret =
                webhooks.rotate(organisationId, endpointId, new RotationForm()).secret();
        Messages.info("webhooks.rotated");
        return refresh();
    }

    public String enable(WebhookEndpointView endpoint, boolean enabled) {
        WebhookForm change = new WebhookForm();
        change.setUrl(endpoint.url());
        change.setEvents(new ArrayList<>(endpoint.events()));
        change.setEnabled(enabled);
        webhooks.change(organisationId, endpoint.id(), change);
        Messages.info(enabled ? "webhooks.enabled" : "webhooks.disabled");
        return refresh();
    }

    public String delete(UUID endpointId) {
        webhooks.delete(organisationId, endpointId);
        if (endpointId.equals(selected)) {
            selected = null;
            deliveries.clear();
        }
        Messages.info("webhooks.deleted");
        return refresh();
    }

    /** The delivery log of one endpoint, newest first. */
    public String show(UUID endpointId) {
        selected = endpointId;
        deliveries.clear();
        next = null;
        return more();
    }

    public String more() {
        Page<WebhookDeliveryView> page = webhooks.deliveries(organisationId, selected, next, LOG_SIZE);
        deliveries.addAll(page.items());
        next = page.next();
        return null;
    }

    /** R-PLAT.2: the same delivery again, with the same webhook-id. */
    public String redeliver(UUID deliveryId) {
        webhooks.redeliver(organisationId, selected, deliveryId);
        Messages.info("webhooks.redelivered");
        return show(selected);
    }

    private String refresh() {
        endpoints = webhooks.list(organisationId);
        return null;
    }

    public List<String> getEventTypes() {
        return Arrays.stream(WebhookEventType.values())
                .map(WebhookEventType::wireName)
                .toList();
    }

    /** The message key of an event type's name, e.g. {@code webhookEvent.procedure_commenced}. */
    public String eventKey(String wireName) {
        return "webhookEvent." + wireName.replace('.', '_');
    }

    public boolean isMayManage() {
        return mayManage;
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public List<WebhookEndpointView> getEndpoints() {
        return endpoints;
    }

    public WebhookForm getForm() {
        return form;
    }

    public String getShownSecret() {
        return shownSecret;
    }

    public UUID getSelected() {
        return selected;
    }

    public List<WebhookDeliveryView> getDeliveries() {
        return deliveries;
    }

    public boolean isMoreDeliveries() {
        return next != null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
