package org.concord.web;

import static org.concord.web.DemoAccounts.PLATFORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.client.ApiClient;
import org.concord.client.ApiException;
import org.concord.client.api.ProceduresApi;
import org.concord.client.api.TokensApi;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-PLAT.1 (issue 23), the start of the scenario "platform integrates by API only": Streamly's integration uses the
 * Java client generated from docs/openapi.yaml at build time (not hand-written HTTP), with the platform account's API
 * token, as an integrator would. The demo account {@code legal@streamly.example} has no second factor; its
 * integration sends its token all the same ({@code Authorization: Bearer}), as the description asks.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformApiClientIT {

    @ArquillianResource
    private URL base;

    /** A client of the generated code, for this deployment, sending the platform's token on every call. */
    private ApiClient client() {
        ApiClient client = new ApiClient();
        String local = Http.local(base).toString();
        client.updateBaseUri(local.substring(0, local.length() - 1));
        client.setRequestInterceptor(
                request -> request.header("Authorization", "Bearer " + DemoAccounts.token(PLATFORM)));
        return client;
    }

    @Test
    void thePlatformListsItsProceduresAndReadsOne_RPLAT1() throws ApiException {
        Map<?, ?> holder = (Map<?, ?>) new TokensApi(client()).getTokenHolder();
        assertEquals(PLATFORM, holder.get("email"), holder.toString());

        ProceduresApi procedures = new ProceduresApi(client());
        // R-PLAT.1: a page of the platform's caseload, newest first by keyset, each with its next action.
        Map<?, ?> page = (Map<?, ?>) procedures.listProcedures(null, "5", null, null, null, null, null);
        List<?> mine = (List<?>) page.get("items");
        assertFalse(mine.isEmpty(), "the demo data's Procedures against Streamly");
        assertTrue(mine.size() <= 5, page.toString());
        Map<?, ?> first = (Map<?, ?>) mine.get(0);
        assertEquals("Streamly", first.get("platformName"), first.toString());
        assertTrue(first.containsKey("nextAction"), "what the platform must do next: " + first);

        Map<?, ?> procedure = (Map<?, ?>) procedures.getProcedure((String) first.get("id"));
        assertEquals(first.get("id"), procedure.get("id"), procedure.toString());
        assertEquals(first.get("reference"), procedure.get("reference"), procedure.toString());
    }

    @Test
    void anUnknownProcedureIsTheDescribedProblem_R13_1() {
        ApiException missing = assertThrows(
                ApiException.class,
                () -> new ProceduresApi(client()).getProcedure(UUID.randomUUID().toString()));
        assertEquals(404, missing.getCode());
        assertTrue(
                missing.getResponseHeaders()
                        .firstValue("Content-Type")
                        .orElse("")
                        .startsWith("application/problem+json"),
                missing.getResponseHeaders().map().toString());
        assertTrue(missing.getResponseBody().contains("\"status\":404"), missing.getResponseBody());
    }
}
