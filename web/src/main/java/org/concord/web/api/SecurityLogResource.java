package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.ApiToken;
import org.concord.domain.security.SecurityEvent;
import org.concord.service.Page;
import org.concord.service.security.SecurityEventView;
import org.concord.service.security.SecurityLog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-SEC.7: the security log, for administrators (CENTER_ADMIN), searched by account, type and days (UTC). */
@TokenScope(ApiToken.Scope.ADMINISTER)
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/security-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security log", description = "Administrators: sign-ins, refusals and changes of credentials (R-SEC.7)")
public class SecurityLogResource {

    @Inject
    private SecurityLog log;

    @GET
    @Operation(
            operationId = "searchSecurityLog",
            summary = "CENTER_ADMIN: security log entries, newest first, 50 a page (page from 0); account = id or"
                    + " e-mail, type = event type, from/to = UTC days (YYYY-MM-DD, both included) (R-SEC.7)")
    public Page<SecurityEventView> search(
            @QueryParam("account") String account,
            @QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page) {
        return log.search(account, type(type), day(from, "/from"), day(to, "/to"), Math.max(0, page));
    }

    private static SecurityEvent.Type type(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return SecurityEvent.Type.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("R-SEC.7", "/type", "rule.securityLog.type");
        }
    }

    private static LocalDate day(String text, String pointer) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADay) {
            throw new RuleViolation("R-SEC.7", pointer, "rule.securityLog.day");
        }
    }
}
