package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-PLAT.1 (issue 23): the API description integrators generate clients from. The one served at {@code /openapi} is
 * the one committed as {@code docs/openapi.yaml} (what the build generates the test client from), and it describes
 * every operation: a tag, a summary, a unique operationId, the bearer requirement unless the operation is public, and
 * its 4xx answers as problem details.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    /** The committed description, from the web module's folder (where the integration tests run). */
    static final Path COMMITTED = Path.of("..", "docs", "openapi.yaml");

    /** Where a run writes the live description when it differs, to be copied over {@link #COMMITTED}. */
    private static final Path LIVE = Path.of("target", "openapi.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The operations anyone may call without a token (the access matrix's ANYONE). */
    private static final Set<String> PUBLIC = Set.of(
            "analyseCase",
            "listAnalysisRules",
            "computeDeadline",
            "searchMediators",
            "getMediatorProfile",
            "listStatisticsReleases",
            "getStatisticsRelease",
            "getStatisticsReleaseCsv",
            "getStatisticsReleasePdf");

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    @ArquillianResource
    private URL base;

    private String live() {
        HttpResponse<String> openapi = Http.anonymous(base).get("/openapi");
        assertEquals(200, openapi.statusCode(), openapi.body());
        return openapi.body();
    }

    @Test
    void theCommittedDescriptionIsTheLiveOne_RPLAT1() throws IOException {
        String live = live();
        JsonNode served = YAML.readTree(live);
        JsonNode committed = Files.exists(COMMITTED) ? YAML.readTree(COMMITTED.toFile()) : null;
        if (!served.equals(committed)) {
            Files.writeString(LIVE, live, StandardCharsets.UTF_8);
            fail("docs/openapi.yaml differs from GET /openapi (" + differences(committed, served) + "). This run wrote"
                    + " the live description to web/" + LIVE + ": refresh with `cp web/target/openapi.yaml"
                    + " docs/openapi.yaml`, review the diff, lint it (docs/architecture.md, API) and commit it.");
        }
    }

    @Test
    void everyOperationIsDescribed_RPLAT1() throws IOException {
        JsonNode doc = YAML.readTree(live());
        List<String> failures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> publicSeen = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                String name = method.toUpperCase() + " " + path.getKey();
                String id = operation.path("operationId").asText("");
                if (id.isBlank() || !ids.add(id)) {
                    failures.add(name + ": operationId missing or repeated: '" + id + "'");
                }
                if (operation.path("tags").isEmpty()) {
                    failures.add(name + ": no tag");
                }
                if (operation.path("summary").asText("").isBlank()) {
                    failures.add(name + ": no summary");
                }
                JsonNode security = operation.path("security");
                if (PUBLIC.contains(id)) {
                    publicSeen.add(id);
                    if (security.size() != 1 || !security.get(0).isEmpty()) {
                        failures.add(name + ": public, so security: [{}] (anonymous), not " + security);
                    }
                } else if (security.findValue("apiToken") == null) {
                    failures.add(name + ": no bearer security requirement (public ones are listed in OpenApiIT)");
                }
                boolean clientError = false;
                for (Map.Entry<String, JsonNode> response :
                        operation.path("responses").properties()) {
                    clientError |= response.getKey().startsWith("4");
                }
                if (!clientError) {
                    failures.add(name + ": no 4xx response");
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(new TreeSet<>(PUBLIC), publicSeen, "the public operations are in the description");
        JsonNode notFound = doc.at("/components/responses/NotFound/content");
        assertTrue(notFound.has("application/problem+json"), "problem details (RFC 9457): " + notFound);
        assertEquals(
                "bearer",
                doc.at("/components/securitySchemes/apiToken/scheme").asText(),
                doc.at("/components/securitySchemes").toString());
    }

    /** The paths and top-level members that differ, to say where to look. */
    private static String differences(JsonNode committed, JsonNode served) {
        if (committed == null) {
            return "docs/openapi.yaml is missing";
        }
        Set<String> names = new TreeSet<>();
        served.fieldNames().forEachRemaining(names::add);
        committed.fieldNames().forEachRemaining(names::add);
        List<String> differ = new ArrayList<>();
        for (String name : names) {
            if (name.equals("paths")) {
                Set<String> paths = new TreeSet<>();
                served.path("paths").fieldNames().forEachRemaining(paths::add);
                committed.path("paths").fieldNames().forEachRemaining(paths::add);
                paths.stream()
                        .filter(p -> !served.path("paths")
                                .path(p)
                                .equals(committed.path("paths").path(p)))
                        .forEach(differ::add);
            } else if (!served.path(name).equals(committed.path(name))) {
                differ.add(name);
            }
        }
        return "differing: " + String.join(", ", differ.subList(0, Math.min(differ.size(), 10)))
                + (differ.size() > 10 ? " and " + (differ.size() - 10) + " more" : "");
    }
}
