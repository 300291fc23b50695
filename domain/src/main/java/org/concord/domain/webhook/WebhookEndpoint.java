package org.concord.domain.webhook;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.RuleViolations;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.Organisation;

/**
 * R-PLAT.2: an address where an organisation is told, signed, that something happened in its Procedures and
 * mediations, for the event types its managers chose. Its managers register, change, rotate and delete endpoints; staff
 * read them and their delivery logs; nobody else learns they exist. The signing secret is shown once, when it is made;
 * a rotation keeps the previous secret valid until the end of an overlap, during which deliveries carry both
 * signatures. An endpoint that has failed continuously for the configured period is disabled (its managers are told)
 * until a manager enables it again.
 */
@Entity
@Table(name = "webhook_endpoint")
@NamedQuery(name = "WebhookEndpoint.of", query = """
        select e from WebhookEndpoint e where e.organisation = :organisation order by e.createdAt, e.id""")
@NamedQuery(name = "WebhookEndpoint.enabledFor", query = """
        select e from WebhookEndpoint e join e.events t
        where e.organisation.id in :organisations and e.enabled = true and t = :type order by e.createdAt, e.id""")
public class WebhookEndpoint {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(nullable = false, length = WebhookUrl.MAX_LENGTH)
    private String url;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_endpoint_event", joinColumns = @JoinColumn(name = "endpoint_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    private Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(name = "previous_secret", length = 100)
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The first failure since the last success (null while deliveries succeed). */
    @Column(name = "failing_since")
    private Instant failingSince;

    /** When it was disabled for failing continuously (null otherwise). */
    @Column(name = "disabled_at")
    private Instant disabledAt;

    protected WebhookEndpoint() {}

    private WebhookEndpoint(Organisation organisation, String url, Set<WebhookEventType> events, Instant at) {
        this.id = UUID.randomUUID();
        this.organisation = organisation;
        this.url = url;
        this.events = EnumSet.copyOf(events);
        this.enabled = true;
        this.secret = WebhookSecret.generate();
        this.createdAt = at;
    }

    /** A new endpoint and its secret, which is shown this once. */
    public record Registered(WebhookEndpoint endpoint, String secret) {}

    /** R-PLAT.2: the organisation's active managers register, change and delete its endpoints. */
    public static boolean mayManage(Organisation organisation, UserAccount viewer) {
        return viewer != null && organisation != null && organisation.isActiveManager(viewer);
    }

    /** R-PLAT.2: its managers and staff read the endpoints and their delivery logs. */
    public static boolean mayRead(Organisation organisation, UserAccount viewer) {
        return viewer != null && (viewer.actsForCenter() || mayManage(organisation, viewer));
    }

    /** The refusal of {@link #mayManage}: for members who are not managers, and for staff (who read only). */
    public static void requireManage(Organisation organisation, UserAccount viewer) {
        if (!mayManage(organisation, viewer)) {
            throw new RuleViolation("R-PLAT.2", null, "rule.webhook.managerOnly");
        }
    }

    /**
     * R-PLAT.2: a manager registers an endpoint for the event types it chooses (at least one); the address is checked
     * by {@link WebhookUrl#check}, each event type by name, every problem named at once.
     */
    public static Registered register(
            Organisation organisation,
            String url,
            Collection<String> eventNames,
            boolean allowLocal,
            WebhookUrl.Resolver resolver,
            UserAccount by,
            Instant at) {
        requireManage(organisation, by);
        RuleViolations.Collector refused = new RuleViolations.Collector("R-PLAT.2");
        String[] checked = new String[1];
        refused.check(() -> checked[0] = WebhookUrl.check(url, allowLocal, resolver));
        Set<WebhookEventType> types = eventTypes(refused, eventNames);
        refused.requireNone();
        WebhookEndpoint endpoint = new WebhookEndpoint(organisation, checked[0], types, at);
        return new Registered(endpoint, endpoint.secret);
    }

    /**
     * R-PLAT.2: a manager changes the address, the event types and whether the endpoint is enabled; enabling a
     * disabled endpoint starts its failure count afresh.
     */
    public void change(
            String newUrl,
            Collection<String> eventNames,
            boolean enable,
            boolean allowLocal,
            WebhookUrl.Resolver resolver,
            UserAccount by) {
        requireManage(organisation, by);
        RuleViolations.Collector refused = new RuleViolations.Collector("R-PLAT.2");
        String[] checked = new String[1];
        refused.check(() -> checked[0] = WebhookUrl.check(newUrl, allowLocal, resolver));
        Set<WebhookEventType> types = eventTypes(refused, eventNames);
        refused.requireNone();
        url = checked[0];
        events.clear();
        events.addAll(types);
        if (enable && !enabled) {
            failingSince = null;
            disabledAt = null;
        }
        enabled = enable;
    }

    /**
     * R-PLAT.2: a manager rotates the secret; the current one stays valid for {@code overlap} (deliveries carry both
     * signatures meanwhile). The new secret is returned this once.
     */
    public String rotateSecret(Duration overlap, UserAccount by, Instant at) {
        requireManage(organisation, by);
        if (overlap == null || overlap.isNegative()) {
            throw new RuleViolation("R-PLAT.2", "/overlapHours", "rule.webhook.overlap");
        }
        previousSecret = secret;
        previousSecretUntil = at.plus(overlap);
        secret = WebhookSecret.generate();
        return secret;
    }

    /** The secrets a delivery at {@code at} is signed with: the current one, and the previous one during an overlap. */
    public List<String> secretsAt(Instant at) {
        List<String> valid = new ArrayList<>();
        valid.add(secret);
        if (previousSecret != null && previousSecretUntil != null && at.isBefore(previousSecretUntil)) {
            valid.add(previousSecret);
        }
        return valid;
    }

    /** Whether deliveries of this type go here. */
    public boolean wants(WebhookEventType type) {
        return enabled && events.contains(type);
    }

    /** A delivery got a 2xx answer: the endpoint is no longer failing. */
    public void succeeded() {
        failingSince = null;
    }

    /**
     * A delivery failed at {@code at}. When the endpoint has been failing continuously for {@code disableAfter}, it is
     * disabled.
     *
     * @return true when this failure disabled it (its managers are then told)
     */
    public boolean failed(Instant at, Duration disableAfter) {
        if (failingSince == null) {
            failingSince = at;
        }
        if (enabled && !at.isBefore(failingSince.plus(disableAfter))) {
            enabled = false;
            disabledAt = at;
            return true;
        }
        return false;
    }

    private static Set<WebhookEventType> eventTypes(RuleViolations.Collector refused, Collection<String> names) {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        List<String> given = names == null ? List.of() : new ArrayList<>(names);
        for (int i = 0; i < given.size(); i++) {
            String name = given.get(i);
            String field = "/events/" + i;
            refused.check(() -> types.add(WebhookEventType.parse(name, field)));
        }
        if (given.isEmpty()) {
            refused.refuse(new RuleViolation("R-PLAT.2", "/events", "rule.webhook.eventsRequired"));
        }
        return types;
    }

    public UUID id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String url() {
        return url;
    }

    public Set<WebhookEventType> events() {
        return Collections.unmodifiableSet(events);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    public Optional<Instant> disabledAt() {
        return Optional.ofNullable(disabledAt);
    }

    /** The end of the current rotation's overlap, while the previous secret is still valid at {@code at}. */
    public Optional<Instant> overlapUntil(Instant at) {
        return previousSecretUntil != null && at.isBefore(previousSecretUntil)
                ? Optional.of(previousSecretUntil)
                : Optional.empty();
    }

    @Override
    public String toString() {
        return "WebhookEndpoint " + Objects.toString(id);
    }
}
