package org.concord.web;

import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.BOB;
import static org.concord.web.DemoAccounts.PLATFORM;
import static org.concord.web.DemoAccounts.PLATFORM_COUNSEL;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-ACC.2, R-13.1: the platform organisation is the Responding Party. Both members of Streamly see and answer its
 * Procedures; a removed member gets, at once, the very 404 of an outsider and comes back only by a new invitation;
 * staff create an organisation inviting its first manager, who invites a member (R-ACC.1: the answer is the same
 * whether or not the address has an account); nobody else manages or even sees it.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationIT {

    @ArquillianResource
    private URL base;

    private List<String> listed(String caller) {
        // R-PLAT.1: the list is paged by keyset; every page, following "next".
        List<String> ids = new java.util.ArrayList<>();
        String next = null;
        do {
            jakarta.json.JsonObject page = Http.parse(Http.as(base, caller)
                            .get("/api/v1/procedures/mine?size=100" + (next == null ? "" : "&after=" + next))
                            .body())
                    .asJsonObject();
            page.getJsonArray("items").forEach(v -> ids.add(v.asJsonObject().getString("id")));
            next = page.containsKey("next") ? page.getString("next") : null;
        } while (next != null);
        return ids;
    }

    @Test
    void bothMembersOfThePlatformSeeAndAnswerItsProcedure_RACC2_R13_1_R7() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Organisation test: both members answer.");
        lifecycle.commence(id);

        JsonObject countersView = Http.json(Http.as(base, PLATFORM_COUNSEL).get("/api/v1/procedures/" + id));
        assertEquals("RESPONDING_PARTY", countersView.getString("viewerRole"), countersView.toString());
        assertTrue(countersView.getJsonObject("may").getBoolean("fileAnswer"));
        String reference = countersView.getString("reference");
        for (String member : List.of(PLATFORM, PLATFORM_COUNSEL)) {
            Smtp.await(m -> Smtp.recipient(m).equals(member) && Smtp.subject(m).contains(reference), 30);
        }

        HttpResponse<String> answered = Http.as(base, PLATFORM_COUNSEL)
                .postJson("/api/v1/procedures/" + id + "/answer", Lifecycle.answer("Counsel answers for Streamly."));
        assertEquals(200, answered.statusCode(), answered.body());

        JsonObject managersView = Http.json(Http.as(base, PLATFORM).get("/api/v1/procedures/" + id));
        assertEquals("FILED", managersView.getString("answerStatus"));
        assertEquals(
                "Counsel answers for Streamly.",
                managersView.getJsonObject("answer").getString("reply"),
                "the other member sees the Answer");
        assertFalse(managersView.getJsonObject("may").getBoolean("fileAnswer"), "one Answer for the organisation");
        HttpResponse<String> again =
                Http.as(base, PLATFORM).postJson("/api/v1/procedures/" + id + "/answer", Lifecycle.answer("Again."));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("R-7", Http.json(again).getString("rule"));
    }

    @Test
    void aRemovedMemberGetsTheSame404AsAnOutsiderAtOnce_RACC2_R13_1() {
        Lifecycle lifecycle = new Lifecycle(base);
        String id = lifecycle.file(ALICE, "Organisation test: a member leaves.");
        lifecycle.commence(id);
        String streamly = DemoOrganisations.id(base, DemoOrganisations.STREAMLY);
        assertEquals(
                200,
                Http.as(base, PLATFORM_COUNSEL).get("/api/v1/procedures/" + id).statusCode());
        assertTrue(listed(PLATFORM_COUNSEL).contains(id), "the organisation's Procedure is in the member's list");

        HttpResponse<String> byMember = DemoOrganisations.invite(base, PLATFORM_COUNSEL, streamly, BOB, "MEMBER");
        assertEquals(409, byMember.statusCode(), byMember.body());
        assertEquals("R-ACC.2", Http.json(byMember).getString("rule"));

        HttpResponse<String> removed = DemoOrganisations.remove(base, PLATFORM, streamly, PLATFORM_COUNSEL);
        assertEquals(200, removed.statusCode(), removed.body());
        try {
            HttpResponse<String> former = Http.as(base, PLATFORM_COUNSEL).get("/api/v1/procedures/" + id);
            HttpResponse<String> outsider = Http.as(base, BOB).get("/api/v1/procedures/" + id);
            HttpResponse<String> nowhere =
                    Http.as(base, PLATFORM_COUNSEL).get("/api/v1/procedures/" + UUID.randomUUID());
            assertEquals(404, former.statusCode());
            assertEquals(outsider.statusCode(), former.statusCode());
            assertEquals(outsider.body(), former.body(), "the same 404 as an outsider");
            assertEquals(nowhere.body(), former.body(), "the same 404 as a Procedure that does not exist");
            HttpResponse<String> answer = Http.as(base, PLATFORM_COUNSEL)
                    .postJson("/api/v1/procedures/" + id + "/answer", Lifecycle.answer("Still here?"));
            assertEquals(404, answer.statusCode());
            assertFalse(listed(PLATFORM_COUNSEL).contains(id), "nor in the former member's list");
            assertEquals(
                    404,
                    Http.as(base, PLATFORM_COUNSEL)
                            .get("/api/v1/organisations/" + streamly)
                            .statusCode(),
                    "a former member no longer sees the organisation");
            JsonObject organisation = Http.json(Http.as(base, PLATFORM).get("/api/v1/organisations/" + streamly));
            assertTrue(
                    organisation.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                            .anyMatch(m -> m.getString("email").equals(PLATFORM_COUNSEL) && m.containsKey("until")),
                    "the record stays, with the instant it ended");
            assertEquals(
                    200, Http.as(base, PLATFORM).get("/api/v1/procedures/" + id).statusCode());
        } finally {
            // R-ACC.1: back only by accepting a new invitation.
            DemoOrganisations.join(base, PLATFORM, streamly, PLATFORM_COUNSEL, "MEMBER");
        }
        assertEquals(
                200,
                Http.as(base, PLATFORM_COUNSEL).get("/api/v1/procedures/" + id).statusCode());
    }

    @Test
    void staffCreateAnOrganisationInvitingItsManagerWhoInvitesAMember_RACC2_RACC1() {
        String name = "Organisation test firm " + UUID.randomUUID();
        String body = jakarta.json.Json.createObjectBuilder()
                .add("kind", "LAW_FIRM")
                .add("name", name)
                .add("legalForm", "SELAS")
                .add("country", "FR")
                .add("domains", jakarta.json.Json.createArrayBuilder().add("firm.example"))
                .add("firstManager", BOB)
                .build()
                .toString();
        HttpResponse<String> byParty = Http.as(base, BOB).postJson("/api/v1/organisations", body);
        assertEquals(403, byParty.statusCode(), "only staff create organisations");
        Set<String> before = InvitationMails.links(BOB);
        HttpResponse<String> created = Http.as(base, STAFF).postJson("/api/v1/organisations", body);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject staffsView = Http.json(created);
        String id = staffsView.getString("id");
        assertTrue(staffsView.getJsonArray("members").isEmpty(), "no member until the first manager accepts");
        JsonObject invitation = staffsView.getJsonArray("invitations").getJsonObject(0);
        assertEquals(BOB, invitation.getString("email"));
        assertEquals("MANAGER", invitation.getString("memberRole"));
        assertEquals(404, Http.as(base, BOB).get("/api/v1/organisations/" + id).statusCode(), "not yet a member");

        // R-ACC.1: Bob accepts through the link of the real mail, signed in.
        String link = InvitationMails.awaitNew(BOB, before);
        FacesClient bob = new FacesClient(base);
        assertTrue(bob.signIn(BOB, Http.DEMO_PASSWORD));
        assertEquals(302, bob.submit(link, "accept", Map.of(), "acceptAction").statusCode());
        assertTrue(
                Http.json(Http.as(base, BOB).get("/api/v1/organisations/" + id)).getBoolean("mayManage"));

        // R-ACC.1: the manager's invitation answers the same whether or not the address has an account.
        HttpResponse<String> toNobody = DemoOrganisations.invite(base, BOB, id, "nobody@nowhere.example", "MEMBER");
        HttpResponse<String> toDora = DemoOrganisations.invite(base, BOB, id, DemoAccounts.DORA, "MEMBER");
        assertEquals(201, toNobody.statusCode(), toNobody.body());
        assertEquals(toNobody.statusCode(), toDora.statusCode());
        assertEquals(Http.json(toNobody).keySet(), Http.json(toDora).keySet());
        String toNobodyId = Http.json(toNobody).getString("id");
        HttpResponse<String> withdrawn = Http.as(base, BOB).delete("/api/v1/account-invitations/" + toNobodyId);
        assertEquals(200, withdrawn.statusCode(), "the manager withdraws it: " + withdrawn.body());

        DemoOrganisations.join(base, BOB, id, ALICE, "MEMBER");
        JsonObject alicesView = Http.json(Http.as(base, ALICE).get("/api/v1/organisations/" + id));
        assertEquals(2, alicesView.getJsonArray("members").size());
        assertFalse(alicesView.getBoolean("mayManage"));
        assertTrue(
                !alicesView.containsKey("invitations")
                        || alicesView.getJsonArray("invitations").isEmpty(),
                "a member does not see the invitations: " + alicesView);
        String toDoraId = Http.json(toDora).getString("id");
        assertEquals(
                404,
                Http.as(base, ALICE)
                        .delete("/api/v1/account-invitations/" + toDoraId)
                        .statusCode(),
                "a member does not withdraw");
        assertEquals(
                404, Http.as(base, PLATFORM).get("/api/v1/organisations/" + id).statusCode(), "outsiders see none");

        HttpResponse<String> lastManager = DemoOrganisations.remove(base, BOB, id, BOB);
        assertEquals(400, lastManager.statusCode(), lastManager.body());
        JsonObject error = Http.json(lastManager).getJsonArray("errors").getJsonObject(0);
        assertEquals("R-ACC.2", error.getString("rule"));
        assertEquals("/email", error.getString("pointer"));

        HttpResponse<String> member = DemoOrganisations.invite(base, BOB, id, ALICE, "MEMBER");
        assertEquals(400, member.statusCode(), member.body());
        assertEquals(
                "/email",
                Http.json(member).getJsonArray("errors").getJsonObject(0).getString("pointer"),
                "an active member is not invited again");

        HttpResponse<String> invalid =
                Http.as(base, STAFF).postJson("/api/v1/organisations", "{\"kind\":\"LAW_FIRM\"}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("/name") && invalid.body().contains("/firstManager"), invalid.body());

        assertEquals(200, DemoOrganisations.remove(base, BOB, id, ALICE).statusCode());
        assertTrue(
                Http.json(Http.as(base, STAFF).get("/api/v1/organisations?q=organisation+test+firm"))
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(o -> o.getString("name").equals(name)),
                "staff find it by a part of its name, whatever the case");
    }

    @Test
    void staffEditTheDetailsEachChangeIsRecordedAndShownToStaffOnly_RACC2() {
        String name = "Edit test firm " + UUID.randomUUID();
        java.util.Set<String> invitedBefore = InvitationMails.links(BOB);
        HttpResponse<String> created = Http.as(base, STAFF)
                .postJson(
                        "/api/v1/organisations",
                        jakarta.json.Json.createObjectBuilder()
                                .add("kind", "LAW_FIRM")
                                .add("name", name)
                                .add("legalForm", "SELAS")
                                .add("country", "FR")
                                .add(
                                        "domains",
                                        jakarta.json.Json.createArrayBuilder().add("firm.example"))
                                .add("firstManager", BOB)
                                .build()
                                .toString());
        assertEquals(201, created.statusCode(), created.body());
        String id = Http.json(created).getString("id");
        DemoOrganisations.accept(base, id, BOB, invitedBefore); // R-ACC.2: the first manager is invited
        String renamed = name + " (Paris)";
        String edit = jakarta.json.Json.createObjectBuilder()
                .add("name", renamed)
                .add("legalForm", "SELAS")
                .add("country", "BE")
                .add(
                        "domains",
                        jakarta.json.Json.createArrayBuilder()
                                .add("firm.example")
                                .add("firm.be"))
                .build()
                .toString();

        HttpResponse<String> byManager = Http.as(base, BOB).put("/api/v1/organisations/" + id, edit);
        assertEquals(409, byManager.statusCode(), "a manager manages members, not the details: " + byManager.body());
        assertEquals("R-ACC.2", Http.json(byManager).getString("rule"));
        assertEquals(
                404,
                Http.as(base, ALICE).put("/api/v1/organisations/" + id, edit).statusCode(),
                "outsider");
        HttpResponse<String> unknownCountry =
                Http.as(base, STAFF).put("/api/v1/organisations/" + id, edit.replace("\"BE\"", "\"ZZ\""));
        assertEquals(400, unknownCountry.statusCode(), unknownCountry.body());
        JsonObject error = Http.json(unknownCountry).getJsonArray("errors").getJsonObject(0);
        assertEquals("/country", error.getString("pointer"));
        assertEquals("R-ACC.2", error.getString("rule"));

        HttpResponse<String> edited = Http.as(base, STAFF).put("/api/v1/organisations/" + id, edit);
        assertEquals(200, edited.statusCode(), edited.body());
        JsonObject staffView = Http.json(edited);
        assertEquals(renamed, staffView.getString("name"));
        assertEquals("BE", staffView.getString("country"));
        assertTrue(staffView.getBoolean("mayEdit"));
        List<JsonObject> changes = staffView.getJsonArray("changes").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("EDITED", "EDITED", "EDITED", "MEMBER_ADDED", "CREATED"),
                changes.stream().map(c -> c.getString("kind")).toList(),
                "the latest first; a refused edit recorded nothing: " + changes);
        JsonObject country = changes.stream()
                .filter(c -> "COUNTRY".equals(c.getString("detail", "")))
                .findFirst()
                .orElseThrow();
        assertEquals("FR", country.getString("before"));
        assertEquals("BE", country.getString("after"));
        assertEquals("Sam Caseworker", country.getString("by"), "who: the staff member");
        assertTrue(
                changes.get(3).getString("member").contains(BOB),
                "its first manager joined on staff's invitation (R-ACC.1)");
        assertEquals("Sam Caseworker", changes.get(3).getString("by"), "the inviter");

        JsonObject managersView = Http.json(Http.as(base, BOB).get("/api/v1/organisations/" + id));
        assertFalse(managersView.getBoolean("mayEdit"));
        assertEquals(0, managersView.getJsonArray("changes").size(), "the record is shown to staff only");

        // The page: staff see the form and the record, the manager sees neither.
        FacesClient staff = new FacesClient(base);
        assertTrue(staff.signIn(STAFF, Http.DEMO_PASSWORD));
        String staffPage = staff.get("/organisation.xhtml?id=" + id).body();
        assertTrue(staffPage.contains("id=\"edit:name\"") && staffPage.contains("id=\"changes\""), staffPage);
        assertTrue(staffPage.contains("FR → BE"), staffPage);
        assertFalse(staffPage.contains("???"));
        FacesClient manager = new FacesClient(base);
        assertTrue(manager.signIn(BOB, Http.DEMO_PASSWORD));
        String managersPage = manager.get("/organisation.xhtml?id=" + id).body();
        assertFalse(managersPage.contains("edit:name") || managersPage.contains("id=\"changes\""), managersPage);

        // A refused edit through the form: the message at its field, and the page keeps its address (issue 21).
        HttpResponse<String> refused = staff.submit(
                "/organisation.xhtml?id=" + id,
                "edit",
                java.util.Map.of("name", renamed, "country", "ZZ", "domains", "firm.example"),
                "save");
        assertEquals(200, refused.statusCode(), refused.body());
        assertMessageAt(refused, "edit:country", "ZZ");
        assertTrue(
                refused.body()
                        .matches(
                                "(?s).*<form id=\"edit\"[^>]*action=\"[^\"]*/organisation\\.xhtml\\?id=" + id + "\".*"),
                "the form posts back to the page with its id: " + refused.body());
        // A service's own check (Bean Validation on the form's domains) is shown at its field too, not as an error
        // page.
        HttpResponse<String> badDomain = staff.submit(
                "/organisation.xhtml?id=" + id,
                "edit",
                java.util.Map.of("name", renamed, "country", "BE", "domains", "not a domain"),
                "save");
        assertEquals(200, badDomain.statusCode(), badDomain.body());
        assertMessageAt(badDomain, "edit:domains", "A domain such as streamly.example");
        HttpResponse<String> saved = staff.submit(
                "/organisation.xhtml?id=" + id,
                "edit",
                java.util.Map.of(
                        "name", renamed, "legalForm", "SAS", "country", "BE", "domains", "firm.example\nfirm.be"),
                "save");
        assertEquals(302, saved.statusCode(), saved.body());
        assertTrue(saved.headers().firstValue("Location").orElse("").contains("/organisation.xhtml?id=" + id));
        assertTrue(Http.json(Http.as(base, STAFF).get("/api/v1/organisations/" + id))
                .getJsonArray("changes")
                .getJsonObject(0)
                .toString()
                .contains("SAS"));
    }

    @Test
    void anImportedStatementIsMatchedToThePlatformByItsTransparencyDatabaseName_RACC2_RSOR1() {
        String statement = StatementOfReasonsIT.fixture("example_statement.json")
                .replace("8ca7c7ed-d9bc-4509-9fe2-72046a1cTEST", "org-" + UUID.randomUUID())
                .replace("\"platform_name\":\"Platform 1\"", "\"platform_name\":\"PLATFORM 1\"");
        HttpResponse<String> imported =
                Http.as(base, ALICE).postJson("/api/v1/requests/statement-of-reasons", statement);
        assertEquals(201, imported.statusCode(), imported.body());
        JsonObject draft = Http.json(imported).getJsonArray("statements").getJsonObject(0);
        assertEquals(DemoOrganisations.STREAMLY, draft.getString("suggestedRespondingPartyName"));
        assertEquals(
                DemoOrganisations.id(base, DemoOrganisations.STREAMLY), draft.getString("suggestedRespondingParty"));
    }

    /** The page shows {@code text} in the message of the input {@code clientId}. */
    private static void assertMessageAt(HttpResponse<String> page, String clientId, String text) {
        assertTrue(
                java.util.regex.Pattern.compile(
                                "id=\"" + clientId + "-message\"[^>]*>.{0,300}?" + java.util.regex.Pattern.quote(text),
                                java.util.regex.Pattern.DOTALL)
                        .matcher(page.body())
                        .find(),
                page.body());
    }
}
