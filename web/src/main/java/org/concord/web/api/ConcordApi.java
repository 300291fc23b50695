package org.concord.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API for parties, neutrals, staff and online platforms. Its description is served at {@code /openapi}
 * (R-PLAT.1, issue 23): each resource class carries its tag and, unless it is public, the {@link #BEARER} security
 * requirement; each operation its operationId and summary. What is common to every operation (problem details for
 * 4xx/5xx, the server, public operations said to be public) is added by {@link ApiDescription}. The document is
 * committed as {@code docs/openapi.yaml} and OpenApiIT fails when they differ.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Concord API",
                        version = "1",
                        description = "Procedures under the DCTI Rules, mediations, fees and statistics of a dispute"
                                + " settlement body. Errors are RFC 9457 problem details (application/problem+json)."
                                + " Every operation but the public ones needs `Authorization: Bearer <token>`."))
@SecurityScheme(
        securitySchemeName = ConcordApi.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An API token (R-SEC.3), issued on the account's security page or by POST /api/v1/tokens, sent as"
                + " `Authorization: Bearer <token>`; its scopes (READ, FILE, ACT_FOR_ORGANISATION, ADMINISTER) limit"
                + " what it may do. HTTP Basic with the account's e-mail and password is also accepted, but only for"
                + " accounts without a second factor (R-SEC.2): integrations use tokens.")
public class ConcordApi extends Application {

    /** The name of the one security scheme, which every non-public operation requires. */
    public static final String BEARER = "apiToken";
}
