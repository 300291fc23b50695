package org.concord.web.api;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * What every operation of the API description has in common, added in one place once the annotations are read
 * (R-PLAT.1, issue 23). The resources say what is particular to each operation (tag, operationId, summary, security
 * requirement, examples); repeating the error responses on 133 methods would be noise that drifts, so this filter
 * adds them, as Problem Details (RFC 9457, {@link Problems}): a reusable {@code Problem} schema and one reusable
 * response per status, referenced by each operation for the statuses it can answer (400 for any input; 401 and 403
 * where a token is required; 404 where the path names an object, R-13.1; 409 for changes, a rule or a concurrent
 * change; 500 for all). It also:
 *
 * <ul>
 *   <li>says that an operation with no security requirement is public ({@code security: [{}]}, anonymous allowed),
 *       so that none is public by omission without the description saying so (OpenApiIT lists the public ones);
 *   <li>names the server by a relative URL, since the address Payara would write is that of the machine that
 *       happened to serve the document, which differs between runs and installations;
 *   <li>sorts the tags, which Payara lists in the order it scanned the classes;
 *   <li>completes what Payara leaves invalid: an array without {@code items} (a {@code List} with {@code @Size})
 *       gets items of any type, and a body of bytes (XML or a file, read as {@code byte[]}) is a binary string;
 *   <li>turns the examples of request bodies, written as JSON text in {@code @ExampleObject(value = …)}, into JSON
 *       values, so that they show and validate as the objects they are;
 *   <li>removes Payara's non-standard top-level {@code endpoints} member, which OpenAPI 3.0 does not allow (a
 *       structural error for linters and generators) and no setting turns off: through Payara's public accessor,
 *       by reflection, so that nothing breaks on a server without it.
 * </ul>
 *
 * Registered by {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}; MicroProfile OpenAPI
 * runs it last, after the annotations.
 */
public class ApiDescription implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String RESPONSES = "#/components/responses/";

    /** The reusable responses: status, component name, description. */
    private static final List<String[]> COMMON = List.of(
            new String[] {"400", "InvalidInput", "Invalid input: each refused field by its JSON pointer and rule"},
            new String[] {"401", "Unauthorized", "No valid token or credentials"},
            new String[] {"403", "Forbidden", "Not allowed to the caller, or the token lacks the scope (R-SEC.3)"},
            new String[] {"404", "NotFound", "Not found, or not the caller's to see: the same answer (R-13.1)"},
            new String[] {"409", "Conflict", "Not allowed by the Rules now (the rule is named), or a concurrent change"
            },
            new String[] {"500", "ServerError", "Unexpected error; nothing was changed"});

    /**
     * R-OPS.3: the downloads of what retention erases (a Procedure's documents, a mediation's settlement agreements),
     * which answer 410 Gone, saying when, once it did; only to whoever may see them.
     */
    private static final java.util.Set<String> ERASABLE =
            java.util.Set.of("getProcedureDocument", "getSettlementAgreement");

    private static final String GONE = "Gone";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ApiDescription::withItems);
        }
        components.addSchema("FieldError", fieldError());
        components.addSchema(PROBLEM, problem());
        for (String[] common : COMMON) {
            components.addResponse(common[1], problemResponse(common[2]));
        }
        components.addResponse(
                GONE, problemResponse("Erased under the retention rules (R-OPS.3): the problem says on which date"));
        if (openAPI.getPaths() != null) {
            for (Map.Entry<String, PathItem> path :
                    openAPI.getPaths().getPathItems().entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> operation :
                        path.getValue().getOperations().entrySet()) {
                    complete(path.getKey(), operation.getKey(), operation.getValue());
                }
            }
        }
        openAPI.setServers(List.of(OASFactory.createServer()
                .url("/")
                .description("The Concord instance that serves this description (paths start with /api)")));
        if (openAPI.getTags() != null) {
            openAPI.setTags(openAPI.getTags().stream()
                    .sorted(Comparator.comparing(Tag::getName))
                    .toList());
        }
        withoutPayaraEndpoints(openAPI);
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            for (Map.Entry<String, MediaType> body :
                    operation.getRequestBody().getContent().getMediaTypes().entrySet()) {
                complete(body.getKey(), body.getValue());
            }
        }
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!secured) {
            SecurityRequirement anonymous = OASFactory.createSecurityRequirement();
            operation.setSecurity(List.of(anonymous));
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        add(responses, "400");
        if (secured) {
            add(responses, "401");
            add(responses, "403");
        }
        if (path.contains("{")) {
            add(responses, "404");
        }
        if (method != PathItem.HttpMethod.GET) {
            add(responses, "409");
        }
        if (ERASABLE.contains(operation.getOperationId()) && !responses.hasAPIResponse("410")) {
            responses.addAPIResponse("410", OASFactory.createAPIResponse().ref(RESPONSES + GONE));
        }
        add(responses, "500");
    }

    private static void complete(String mediaType, MediaType body) {
        Schema schema = body.getSchema();
        if (schema != null && !mediaType.endsWith("json") && isArrayWithoutItems(schema)) {
            body.setSchema(
                    OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
        } else {
            withItems(schema);
        }
        if (body.getExamples() != null) {
            for (Example example : body.getExamples().values()) {
                if (example.getValue() instanceof String text && text.strip().startsWith("{")) {
                    example.setValue(
                            plain(Json.createReader(new StringReader(text)).readValue()));
                }
            }
        }
    }

    private static boolean isArrayWithoutItems(Schema schema) {
        return schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() == null;
    }

    /** An array Payara left without items gets items of any type (OpenAPI 3.0 requires them). */
    private static void withItems(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (isArrayWithoutItems(schema)) {
            schema.setItems(OASFactory.createSchema());
        }
        withItems(schema.getItems());
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiDescription::withItems);
        }
    }

    /** A JSON value as the plain Java values (maps, lists, strings, numbers…) the description is written from. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
            case ARRAY ->
                value.asJsonArray().stream().map(ApiDescription::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).numberValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static void add(APIResponses responses, String status) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        String name =
                COMMON.stream().filter(c -> c[0].equals(status)).findFirst().orElseThrow()[1];
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES + name));
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problems.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema problem() {
        Map<String, Schema> properties = new TreeMap<>();
        properties.put(
                "type",
                string("A URI naming the kind of problem: about:blank, or urn:concord:problem:… (invalid-input,"
                        + " rule-violation, token-scope, payload-too-large…)"));
        properties.put("title", string("A short, fixed summary of the kind of problem"));
        properties.put(
                "status",
                OASFactory.createSchema().type(Schema.SchemaType.INTEGER).description("The HTTP status code"));
        properties.put("detail", string("What went wrong, in the caller's Accept-Language (en, fr, de)"));
        properties.put("rule", string("The id of the rule that refuses (e.g. R-7, R-SEC.3), where one does"));
        properties.put(
                "errors",
                OASFactory.createSchema()
                        .type(Schema.SchemaType.ARRAY)
                        .description("Every refused input of an invalid request (400)")
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")));
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, the API's only error format (application/problem+json)."
                        + " Some problems carry more members: scope, header, limit, accepted, line, column, element.")
                .required(List.of("type", "title", "status"))
                .properties(properties)
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    private static Schema fieldError() {
        Map<String, Schema> properties = new TreeMap<>();
        properties.put("pointer", string("The refused member of the request body, as a JSON pointer (RFC 6901)"));
        properties.put("parameter", string("The refused query or path parameter, when not a member of the body"));
        properties.put("detail", string("What is wrong with it, in the caller's language"));
        properties.put("rule", string("The id of the rule it breaks, where one does"));
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("One refused input of an invalid request")
                .required(List.of("detail"))
                .properties(properties);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }

    private static void withoutPayaraEndpoints(OpenAPI openAPI) {
        try {
            Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(openAPI, new TreeMap<>());
        } catch (ReflectiveOperationException | RuntimeException notPayara) {
            // Another implementation: it writes no such member.
        }
    }
}
