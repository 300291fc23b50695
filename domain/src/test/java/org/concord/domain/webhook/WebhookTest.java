package org.concord.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.RuleViolations;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.MemberRole;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

/** R-PLAT.2: who manages webhooks, which addresses may receive them, how they are signed, retried and given up. */
class WebhookTest {

    private static final Instant T0 = Instant.parse("2027-01-04T09:00:00Z");
    private static final List<String> COMMENCED = List.of("procedure.commenced");

    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final UserAccount legal = account("legal@streamly.example", Role.PARTY);
    private final UserAccount counsel = account("counsel@streamly.example", Role.PARTY);
    private final UserAccount outsider = account("mallory@example.org", Role.PARTY);
    private final Organisation streamly = streamly();

    /** A DNS of a few names: a public one, and names an attacker points at internal addresses. */
    private static final WebhookUrl.Resolver DNS = host -> {
        Map<String, String> table = Map.of(
                "hooks.streamly.example", "203.0.113.10",
                "rebind.example", "127.0.0.1",
                "intranet.example", "10.1.2.3",
                "router.example", "192.168.1.1",
                "metadata.example", "169.254.169.254",
                "ula.example", "fd12:3456::1",
                "v6loop.example", "::1",
                "mapped.example", "::ffff:10.0.0.1",
                "cgnat.example", "100.64.0.1");
        String address = table.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(address));
    };

    static UserAccount account(String email, Role role) {
        return new UserAccount(email, email, "h", Set.of(role), Locale.ENGLISH, Instant.EPOCH);
    }

    private Organisation streamly() {
        Organisation o = Organisation.create(
                OrganisationKind.ONLINE_PLATFORM, "Streamly", null, "IE", List.of(), List.of(), staff, T0);
        o.addMember(legal, MemberRole.MANAGER, staff, T0);
        o.addMember(counsel, MemberRole.MEMBER, staff, T0);
        return o;
    }

    private WebhookEndpoint.Registered register(String url) {
        return WebhookEndpoint.register(streamly, url, COMMENCED, false, DNS, legal, T0);
    }

    @Test
    void managersManageStaffReadMembersAndOutsidersNeither_RPLAT2() {
        assertTrue(WebhookEndpoint.mayManage(streamly, legal));
        assertTrue(WebhookEndpoint.mayRead(streamly, legal));
        assertFalse(WebhookEndpoint.mayManage(streamly, staff), "staff read only");
        assertTrue(WebhookEndpoint.mayRead(streamly, staff));
        assertFalse(WebhookEndpoint.mayRead(streamly, counsel), "a member who is not a manager");
        assertFalse(WebhookEndpoint.mayRead(streamly, outsider));
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> WebhookEndpoint.register(
                        streamly, "https://hooks.streamly.example/in", COMMENCED, false, DNS, counsel, T0));
        assertEquals("rule.webhook.managerOnly", refused.messageKey());
        assertThrows(
                RuleViolation.class,
                () -> WebhookEndpoint.register(
                        streamly, "https://hooks.streamly.example/in", COMMENCED, false, DNS, staff, T0));
    }

    @Test
    void aRegisteredEndpointHasAStandardWebhooksSecretShownOnce_RPLAT2() {
        WebhookEndpoint.Registered registered = register("https://hooks.streamly.example/in");
        assertTrue(registered.secret().startsWith("whsec_"));
        byte[] key = Base64.getDecoder().decode(registered.secret().substring(6));
        assertTrue(key.length >= 24, "at least 24 random bytes");
        assertTrue(registered.endpoint().isEnabled());
        assertEquals(
                Set.of(WebhookEventType.PROCEDURE_COMMENCED),
                registered.endpoint().events());
        assertNotEquals(
                registered.secret(),
                register("https://hooks.streamly.example/in").secret());
    }

    @Test
    void onlyHttpsToPublicAddressesUpTo2048Characters_RPLAT2() {
        for (String bad : List.of(
                "http://hooks.streamly.example/in",
                "ftp://hooks.streamly.example/in",
                "https://rebind.example/in",
                "https://intranet.example/in",
                "https://router.example/in",
                "https://metadata.example/latest",
                "https://ula.example/",
                "https://v6loop.example/",
                "https://mapped.example/",
                "https://cgnat.example/",
                "https://127.0.0.1/in",
                "https://[::1]/in",
                "https://unknown.example/in",
                "hooks.streamly.example/in",
                "https://user:pw@hooks.streamly.example/in",
                "",
                "https://hooks.streamly.example/" + "a".repeat(2048))) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> register(bad), bad);
            assertEquals("/url", refused.field(), bad);
            assertEquals("R-PLAT.2", refused.ruleId());
        }
        String longest = "https://hooks.streamly.example/" + "a".repeat(2048 - 31);
        assertEquals(2048, longest.length());
        assertEquals(longest, register(longest).endpoint().url());
    }

    @Test
    void theTestSwitchAllowsALocalReceiverAndNothingElse_RPLAT2() {
        WebhookEndpoint.Registered local =
                WebhookEndpoint.register(streamly, "http://127.0.0.1:8123/hook", COMMENCED, true, DNS, legal, T0);
        assertEquals("http://127.0.0.1:8123/hook", local.endpoint().url());
        assertThrows(
                RuleViolation.class,
                () -> WebhookEndpoint.register(
                        streamly, "http://127.0.0.1:8123/hook", COMMENCED, false, DNS, legal, T0),
                "off by default");
        assertThrows(
                RuleViolation.class,
                () -> WebhookEndpoint.register(streamly, "http://intranet.example/", COMMENCED, true, DNS, legal, T0),
                "http stays refused for any other host");
    }

    @Test
    void unknownEventTypesAreNamedByTheirPlaceAndEveryProblemAtOnce_RPLAT2() {
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> WebhookEndpoint.register(
                        streamly,
                        "http://intranet.example/",
                        List.of("procedure.commenced", "procedure.exploded"),
                        false,
                        DNS,
                        legal,
                        T0));
        RuleViolations all = assertInstanceOf(RuleViolations.class, refused);
        assertEquals(
                List.of("/url", "/events/1"),
                all.violations().stream().map(RuleViolation::field).toList());
        assertEquals("procedure.exploded", all.violations().get(1).arguments().get(0));
        RuleViolation none = assertThrows(
                RuleViolation.class,
                () -> WebhookEndpoint.register(
                        streamly, "https://hooks.streamly.example/", List.of(), false, DNS, legal, T0));
        assertEquals("/events", none.field());
        assertEquals(
                WebhookEventType.ANSWER_DUE, WebhookEventType.parse("ANSWER_DUE", "/events/0"), "the enum name too");
    }

    /** The example of the Standard Webhooks specification, which every receiver library checks against. */
    @Test
    void signaturesAreThoseOfStandardWebhooks_RPLAT2() {
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSecret.signature(
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330,
                        "{\"test\": 2432232314}"));
    }

    @Test
    void aRotationSignsWithBothSecretsUntilTheOverlapEnds_RPLAT2() {
        WebhookEndpoint.Registered registered = register("https://hooks.streamly.example/in");
        WebhookEndpoint endpoint = registered.endpoint();
        assertEquals(List.of(registered.secret()), endpoint.secretsAt(T0));
        String rotated = endpoint.rotateSecret(Duration.ofHours(24), legal, T0.plusSeconds(60));
        assertEquals(List.of(rotated, registered.secret()), endpoint.secretsAt(T0.plusSeconds(61)));
        assertEquals(List.of(rotated), endpoint.secretsAt(T0.plusSeconds(60).plus(Duration.ofHours(24))));
        String header = WebhookSecret.header(endpoint.secretsAt(T0.plusSeconds(61)), "msg_1", 1, "{}");
        assertEquals(2, header.split(" ").length);
        assertThrows(RuleViolation.class, () -> endpoint.rotateSecret(Duration.ofHours(1), counsel, T0));
    }

    @Test
    void backOffDoublesAndRetriesForAtLeast24HoursThenGivesUp_RPLAT2() {
        RetrySchedule schedule = RetrySchedule.DEFAULT;
        assertEquals(Duration.ofSeconds(10), schedule.pauseAfter(1));
        assertEquals(Duration.ofSeconds(20), schedule.pauseAfter(2));
        assertEquals(Duration.ofSeconds(40), schedule.pauseAfter(3));
        assertEquals(Duration.ofHours(2), schedule.pauseAfter(40), "at most two hours between attempts");

        WebhookDelivery delivery =
                WebhookDelivery.of(register("https://hooks.streamly.example/in").endpoint(), event());
        String id = delivery.messageId();
        assertTrue(id.matches("msg_[0-9a-f-]{36}"), id);
        Instant now = T0;
        Instant lastAttempt = now;
        while (delivery.nextAttemptAt().isPresent()) {
            now = delivery.nextAttemptAt().get();
            lastAttempt = now;
            delivery.attempted(now, 503, 12, null, schedule);
            assertEquals(id, delivery.messageId(), "the same id for every attempt");
        }
        assertTrue(
                !lastAttempt.isBefore(T0.plus(Duration.ofHours(24))),
                "tried for at least 24 hours, the last at " + lastAttempt);
        assertTrue(lastAttempt.isBefore(T0.plus(Duration.ofHours(27))), "and given up then: " + lastAttempt);
        assertEquals("GIVEN_UP", delivery.status());
        assertTrue(delivery.attempts() > 10 && delivery.attempts() < 40, "attempts: " + delivery.attempts());

        delivery.redeliver(now.plusSeconds(5));
        assertEquals("RETRYING", delivery.status());
        delivery.attempted(now.plusSeconds(6), 204, 8, null, schedule);
        assertEquals("DELIVERED", delivery.status());
        assertEquals(id, delivery.messageId(), "a manual redelivery keeps the id");
        assertThrows(RuleViolation.class, () -> {
            WebhookDelivery pending = WebhookDelivery.of(
                    register("https://hooks.streamly.example/in").endpoint(), event());
            pending.redeliver(T0);
        });
    }

    @Test
    void aDeliveryOfADisabledEndpointIsNotSentAgainUntilItIsEnabled_RPLAT2() {
        WebhookEndpoint endpoint = register("https://hooks.streamly.example/in").endpoint();
        WebhookDelivery delivery = WebhookDelivery.of(endpoint, event());
        assertFalse(endpoint.failed(T0, Duration.ofDays(5)));
        assertTrue(endpoint.failed(T0.plus(Duration.ofDays(5)), Duration.ofDays(5)), "disabled after 5 days failing");
        delivery.giveUp(T0.plus(Duration.ofDays(5)));

        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> delivery.redeliver(T0.plus(Duration.ofDays(6))));
        assertEquals("rule.webhook.disabled", refused.messageKey());
        assertEquals("GIVEN_UP", delivery.status());
    }

    @Test
    void aDeliveryRemembersTheRequestThatCausedItAndNoneWithoutOne_ROPS1() {
        WebhookEndpoint endpoint = register("https://hooks.streamly.example/in").endpoint();
        WebhookDelivery caused = WebhookDelivery.of(endpoint, event(), null, "edge-0c1f:7");
        assertEquals(java.util.Optional.of("edge-0c1f:7"), caused.requestId());
        caused.attempted(T0, 503, 3, null, RetrySchedule.DEFAULT);
        caused.attempted(T0.plusSeconds(10), 200, 3, null, RetrySchedule.DEFAULT);
        assertEquals(java.util.Optional.of("edge-0c1f:7"), caused.requestId(), "every attempt names the same request");
        assertEquals(
                java.util.Optional.empty(),
                WebhookDelivery.of(endpoint, event()).requestId(),
                "a sweep's event");
    }

    @Test
    void noAnswerIsAFailureWithItsErrorClassAnd2xxDelivers_RPLAT2() {
        WebhookDelivery delivery =
                WebhookDelivery.of(register("https://hooks.streamly.example/in").endpoint(), event());
        WebhookAttempt failed =
                delivery.attempted(T0, null, 5000, "java.net.http.HttpTimeoutException", RetrySchedule.DEFAULT);
        assertFalse(failed.succeeded());
        assertEquals(T0.plusSeconds(10), delivery.nextAttemptAt().orElseThrow());
        delivery.attempted(T0.plusSeconds(10), 302, 3, null, RetrySchedule.DEFAULT);
        assertEquals("RETRYING", delivery.status(), "a redirect is not followed and not a delivery");
        delivery.attempted(T0.plusSeconds(30), 200, 3, null, RetrySchedule.DEFAULT);
        assertEquals("DELIVERED", delivery.status());
        assertEquals(3, delivery.attemptLog().size());
    }

    @Test
    void anEndpointFailingContinuouslyForTheConfiguredPeriodIsDisabled_RPLAT2() {
        WebhookEndpoint endpoint = register("https://hooks.streamly.example/in").endpoint();
        Duration fiveDays = Duration.ofDays(5);
        assertFalse(endpoint.failed(T0, fiveDays));
        assertFalse(endpoint.failed(T0.plus(Duration.ofDays(3)), fiveDays));
        endpoint.succeeded();
        assertFalse(endpoint.failed(T0.plus(Duration.ofDays(4)), fiveDays), "a success starts the count afresh");
        assertFalse(endpoint.failed(T0.plus(Duration.ofDays(8)), fiveDays));
        assertTrue(endpoint.failed(T0.plus(Duration.ofDays(9)), fiveDays), "five days failing since day 4");
        assertFalse(endpoint.isEnabled());
        assertFalse(endpoint.wants(WebhookEventType.PROCEDURE_COMMENCED));
        assertFalse(endpoint.failed(T0.plus(Duration.ofDays(10)), fiveDays), "told once");
        endpoint.change(endpoint.url(), COMMENCED, true, false, DNS, legal);
        assertTrue(endpoint.isEnabled());
        assertTrue(endpoint.failingSince().isEmpty());
    }

    @Test
    void thePayloadCarriesIdsTypeTimeAndReferenceOnly_RPLAT2_R13() {
        String payload = event().payload();
        assertTrue(payload.startsWith("{\"type\":\"procedure.commenced\",\"timestamp\":\"2027-01-04T09:00:00Z\""));
        assertTrue(payload.contains("\"reference\":\"DCTI-2027-0001\""));
        assertTrue(payload.contains("\"procedureId\":\""));
        assertEquals(
                Set.of("type", "timestamp", "data", "organisationId", "procedureId", "reference"),
                java.util.regex.Pattern.compile("\"([A-Za-z]+)\":")
                        .matcher(payload)
                        .results()
                        .map(m -> m.group(1))
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void theEndOfTheAnswerPeriodIsWrittenAheadAndMovesOnlyBeforeItsFirstAttempt_RPLAT2() {
        WebhookEndpoint endpoint = register("https://hooks.streamly.example/in").endpoint();
        Instant end = T0.plus(Duration.ofDays(30));
        WebhookDelivery ahead = WebhookDelivery.of(
                endpoint,
                new WebhookEvent(
                        WebhookEventType.ANSWER_PERIOD_ENDED,
                        end,
                        streamly.id(),
                        WebhookEvent.Subject.PROCEDURE,
                        UUID.randomUUID(),
                        "DCTI-2027-0002"),
                "answer.period_ended/x");
        assertEquals(end, ahead.nextAttemptAt().orElseThrow(), "due at the end of the period, not before");
        assertTrue(ahead.isScheduledAnnouncement());
        ahead.postpone(end.plus(Duration.ofDays(10)));
        assertEquals(end.plus(Duration.ofDays(10)), ahead.nextAttemptAt().orElseThrow(), "an extended period");
        ahead.attempted(end.plus(Duration.ofDays(10)), 500, 3, null, RetrySchedule.DEFAULT);
        assertFalse(ahead.isScheduledAnnouncement(), "once attempted, it is an ordinary delivery");
        Instant retry = ahead.nextAttemptAt().orElseThrow();
        ahead.postpone(end.plus(Duration.ofDays(20)));
        assertEquals(retry, ahead.nextAttemptAt().orElseThrow());
    }

    private WebhookEvent event() {
        return new WebhookEvent(
                WebhookEventType.PROCEDURE_COMMENCED,
                T0,
                streamly.id(),
                WebhookEvent.Subject.PROCEDURE,
                UUID.randomUUID(),
                "DCTI-2027-0001");
    }
}
