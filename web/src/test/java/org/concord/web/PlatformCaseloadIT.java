package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-PLAT.1: the platform's caseload through the API. A member of the platform organisation (Streamly) pages through
 * its Procedures newest first by keyset, filters them (state, "Answer due", received between two Geneva dates), reads
 * on each what it must do next and by when, and follows the change feed of its organisation, which neither misses nor
 * repeats a change while several clients change Procedures at once. Bad values are 400 naming the parameter;
 * outsiders get the 404 of a missing organisation.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformCaseloadIT {

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    @ArquillianResource
    private URL base;

    private JsonObject page(String caller, String query) {
        HttpResponse<String> response = Http.as(base, caller).get("/api/v1/procedures/mine?" + query);
        assertEquals(200, response.statusCode(), query + ": " + response.body());
        return Http.json(response);
    }

    /** Every item of the caller's list under {@code filters}, following {@code next} {@code size} at a time. */
    private List<JsonObject> all(String caller, String filters, int size) {
        List<JsonObject> items = new ArrayList<>();
        String next = null;
        do {
            JsonObject page = page(caller, "size=" + size + filters + (next == null ? "" : "&after=" + next));
            assertFalse(page.containsKey("total"), "no count of the whole set");
            items.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
            next = page.containsKey("next") ? page.getString("next") : null;
        } while (next != null);
        return items;
    }

    private static List<String> ids(List<JsonObject> items) {
        return items.stream().map(i -> i.getString("id")).toList();
    }

    private static JsonObject item(List<JsonObject> items, String id) {
        return items.stream()
                .filter(i -> i.getString("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not listed"));
    }

    @Test
    void thePlatformPagesItsCaseloadByKeysetWithFiltersAndNextActions_R_PLAT_1() {
        Lifecycle lifecycle = new Lifecycle(base);
        String unpaid = lifecycle.file(ALICE, "Caseload test: not yet paid.");
        String awaited = lifecycle.file(ALICE, "Caseload test: Answer awaited.");
        lifecycle.commence(awaited);
        String answered = lifecycle.file(ALICE, "Caseload test: answered.");
        lifecycle.commence(answered);
        lifecycle.fileAnswer(answered);

        // Page by page, one at a time: each Procedure once, newest first, the platform's only.
        List<JsonObject> platforms = all(PLATFORM, "", 1);
        List<String> listed = ids(platforms);
        assertEquals(new HashSet<>(listed).size(), listed.size(), "each Procedure once");
        assertEquals(ids(all(PLATFORM, "", 100)), listed, "the same list at any page size");
        List<Instant> received = platforms.stream()
                .map(i -> Instant.parse(i.getString("receivedAt")))
                .toList();
        List<Instant> newestFirst = new ArrayList<>(received);
        newestFirst.sort(Collections.reverseOrder());
        assertEquals(newestFirst, received, "newest first");
        assertTrue(listed.containsAll(List.of(awaited, answered)), "the organisation's Procedures");
        assertFalse(listed.contains(unpaid), "not commenced against the platform: not its Procedure");
        assertTrue(listed.indexOf(answered) < listed.indexOf(awaited), "the later Request first");

        // What the platform must do next and by when (R-7: the Answer due 20 days on, a date).
        JsonObject due = item(platforms, awaited);
        assertEquals("FILE_ANSWER", due.getString("nextAction"), due.toString());
        LocalDate dueDate = LocalDate.parse(due.getString("dueDate"));
        assertTrue(dueDate.isAfter(LocalDate.now(GENEVA).plusDays(19)), due.toString());
        assertEquals(
                "PAY_FEES",
                item(platforms, answered).getString("nextAction"),
                "R-17.2: its Answer is held for its fees");
        lifecycle.pay(answered, "ADMINISTRATION");
        lifecycle.pay(answered, "NEUTRAL");
        platforms = all(PLATFORM, "", 100);
        assertEquals("AWAIT_NEUTRAL", item(platforms, answered).getString("nextAction"), "R-8.1: the Center's turn");
        LocalDate.parse(item(platforms, answered).getString("dueDate"));

        // The Requesting Party's side of the same Procedures.
        List<JsonObject> alices =
                all(ALICE, "&receivedFrom=" + LocalDate.now(GENEVA).minusDays(1), 100);
        assertEquals("PAY_FEES", item(alices, unpaid).getString("nextAction"), "R-17.2: her Request is held");
        assertFalse(item(alices, unpaid).containsKey("dueDate"), "no time limit runs");
        assertEquals("AWAIT_ANSWER", item(alices, awaited).getString("nextAction"));
        assertEquals(due.getString("dueDate"), item(alices, awaited).getString("dueDate"));

        // Filters: Answer due, state, received between two Geneva dates (both included).
        List<String> answerDue = ids(all(PLATFORM, "&answerDue=true", 2));
        assertTrue(answerDue.contains(awaited));
        assertFalse(answerDue.contains(answered), "answered: no longer due");
        all(PLATFORM, "&answerDue=true", 100).forEach(i -> assertEquals("FILE_ANSWER", i.getString("nextAction")));
        List<JsonObject> commenced = all(PLATFORM, "&state=COMMENCED", 3);
        assertTrue(ids(commenced).containsAll(List.of(awaited, answered)));
        commenced.forEach(i -> assertEquals("COMMENCED", i.getString("state")));
        String today = LocalDate.now(GENEVA).toString();
        String yesterday = LocalDate.now(GENEVA).minusDays(1).toString();
        List<String> receivedToday = ids(all(PLATFORM, "&receivedFrom=" + today + "&receivedTo=" + today, 5));
        assertTrue(receivedToday.containsAll(List.of(awaited, answered)), "the last day is included");
        assertTrue(
                ids(all(PLATFORM, "&receivedTo=" + yesterday, 100)).stream()
                        .noneMatch(id -> id.equals(awaited) || id.equals(answered)),
                "received before today only");
        List<String> combined =
                ids(all(PLATFORM, "&state=COMMENCED&answerDue=true&receivedFrom=" + today + "&receivedTo=" + today, 1));
        assertTrue(combined.contains(awaited) && !combined.contains(answered), combined.toString());

        // The portal's page: the newest page, its next actions in words, no raw codes, keyset navigation.
        HttpResponse<String> portal = Http.as(base, PLATFORM).get("/portal/procedures.xhtml");
        assertEquals(200, portal.statusCode());
        assertTrue(portal.body().contains("File the Answer"), "the next action in the reader's language");
        assertFalse(portal.body().contains("FILE_ANSWER"), "no raw code");
        assertTrue(portal.body().contains("id=\"list:older\""), "keyset navigation");
        assertTrue(portal.body().contains("id=\"list:answerDue\""), "the filters");

        // An outsider's list does not hold them (Bob is a Party of other Procedures against Streamly).
        assertTrue(ids(all(BOB, "", 100)).stream().noneMatch(List.of(unpaid, awaited, answered)::contains));
    }

    private void assertRefused(HttpResponse<String> response, String pointer) {
        assertEquals(400, response.statusCode(), response.body());
        JsonObject error = Http.json(response).getJsonArray("errors").getJsonObject(0);
        assertEquals(pointer, error.getString("pointer"), response.body());
    }

    @Test
    void badFiltersAndCursorsAreRefusedNamingTheParameter_R_PLAT_1() {
        Map<String, String> bad = Map.of(
                "state=OPEN", "/state",
                "answerDue=maybe", "/answerDue",
                "receivedFrom=2026-13-01", "/receivedFrom",
                "receivedTo=yesterday", "/receivedTo",
                "receivedFrom=2026-02-01&receivedTo=2026-01-31", "/receivedTo",
                "after=forged", "/after",
                "size=ten", "/size");
        bad.forEach((query, pointer) ->
                assertRefused(Http.as(base, PLATFORM).get("/api/v1/procedures/mine?" + query), pointer));

        String streamly = DemoOrganisations.id(base, DemoOrganisations.STREAMLY);
        String feed = "/api/v1/organisations/" + streamly + "/changes";
        assertRefused(Http.as(base, PLATFORM).get(feed + "?after=forged"), "/after");
        String latest =
                Http.json(Http.as(base, PLATFORM).get(feed + "?size=100")).getString("next");
        String future = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("feed|" + streamly + "|" + Long.MAX_VALUE).getBytes());
        assertRefused(Http.as(base, PLATFORM).get(feed + "?after=" + future), "/after");
        String others = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("feed|" + UUID.randomUUID() + "|1").getBytes());
        assertRefused(Http.as(base, PLATFORM).get(feed + "?after=" + others), "/after");
        assertNotNull(latest);

        // Outsiders: the very 404 of an organisation that does not exist.
        HttpResponse<String> outsider = Http.as(base, BOB).get(feed);
        HttpResponse<String> missing =
                Http.as(base, PLATFORM).get("/api/v1/organisations/" + UUID.randomUUID() + "/changes");
        assertEquals(404, outsider.statusCode(), outsider.body());
        assertEquals(missing.statusCode(), outsider.statusCode());
        assertEquals(missing.body(), outsider.body());
        assertEquals(
                404, Http.as(base, ALICE).get(feed + "?after=forged").statusCode(), "nothing learnt from a cursor");
    }

    /** The feed from {@code after} until it is empty: the items seen, and the cursor to go on from. */
    private String follow(String feed, String after, List<JsonObject> seen) {
        String cursor = after;
        while (true) {
            HttpResponse<String> response = Http.as(base, PLATFORM).get(feed + "?size=3&after=" + cursor);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject page = Http.json(response);
            List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
            Set<String> once = new HashSet<>();
            items.forEach(i -> assertTrue(once.add(i.getString("id")), "each Procedure at most once a page"));
            seen.addAll(items);
            cursor = page.getString("next");
            if (items.isEmpty()) {
                return cursor;
            }
        }
    }

    @Test
    void theChangeFeedMissesAndRepeatsNothingUnderConcurrentChanges_R_PLAT_1() throws Exception {
        Lifecycle lifecycle = new Lifecycle(base);
        String streamly = DemoOrganisations.id(base, DemoOrganisations.STREAMLY);
        String feed = "/api/v1/organisations/" + streamly + "/changes";
        List<String> procedures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = lifecycle.file(ALICE, "Feed test " + i + ".");
            lifecycle.commence(id);
            procedures.add(id);
        }
        // From now: the start of the changes to follow.
        String start = follow(
                feed, Http.json(Http.as(base, PLATFORM).get(feed + "?size=1")).getString("next"), new ArrayList<>());

        int writers = 4;
        int changesEach = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<JsonObject> seen = Collections.synchronizedList(new ArrayList<>());
        Future<String> poller = pool.submit(() -> {
            String cursor = start;
            while (writing.get()) {
                cursor = follow(feed, cursor, seen);
            }
            return follow(feed, cursor, seen);
        });
        Map<String, Integer> made = new ConcurrentHashMap<>();
        List<Future<?>> writes = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            writes.add(pool.submit(() -> {
                for (int n = 0; n < changesEach; n++) {
                    String id = procedures.get((writer + n) % procedures.size());
                    HttpResponse<String> sent = Http.as(base, ALICE)
                            .postJson(
                                    "/api/v1/procedures/" + id + "/messages",
                                    "{\"text\":\"Feed test message " + writer + "/" + n + ".\"}");
                    assertEquals(201, sent.statusCode(), sent.body());
                    made.merge(id, 1, Integer::sum);
                }
                return null;
            }));
        }
        for (Future<?> write : writes) {
            write.get(5, TimeUnit.MINUTES);
        }
        writing.set(false);
        poller.get(5, TimeUnit.MINUTES);
        pool.shutdown();

        // What a fresh reader from the same start sees: each changed Procedure once, at its latest change.
        List<JsonObject> settled = new ArrayList<>();
        follow(feed, start, settled);
        Map<String, Instant> latest = new HashMap<>();
        settled.forEach(i -> assertEquals(
                null, latest.put(i.getString("id"), Instant.parse(i.getString("changedAt"))), "once: " + i));
        assertEquals(made.keySet(), latest.keySet(), "every changed Procedure, and only those");

        // The poller, which read while the changes were being made: no change repeated, none missed.
        Set<String> distinct = new HashSet<>();
        Map<String, Instant> lastSeen = new HashMap<>();
        for (JsonObject i : seen) {
            String id = i.getString("id");
            Instant at = Instant.parse(i.getString("changedAt"));
            assertTrue(distinct.add(id + "@" + at), "a change seen twice: " + i);
            Instant before = lastSeen.put(id, at);
            assertTrue(before == null || at.isAfter(before), "a change seen after a later one: " + i);
        }
        assertEquals(latest, lastSeen, "the poller saw every Procedure's latest change");
        assertTrue(seen.size() >= latest.size() && seen.size() <= writers * changesEach, seen.size() + " items");
    }
}
