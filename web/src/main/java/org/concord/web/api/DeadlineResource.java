package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.concord.domain.RuleViolation;
import org.concord.domain.time.Deadline;
import org.concord.domain.time.Domicile;
import org.concord.service.time.DeadlineService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public deadline calculator (no login): {@code GET /api/v1/deadlines?received=<ISO-8601 instant>&days=<N>
 * &domiciles=<CC[-SUB]>,<CC[-SUB]>}. Answers the computation with its explanation; each wrong parameter is
 * named in the problem details, in the caller's {@code Accept-Language}.
 */
@Tag(name = "Deadlines", description = "Public calculator of the time limits of the Rules")
@Path("/v1/deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

    @Inject
    private DeadlineService deadlines;

    @Context
    private HttpHeaders headers;

    @Operation(
            operationId = "computeDeadline",
            summary = "Public: the end of a time limit under the Rules, from a start date and a period")
    @GET
    public Response compute(
            @QueryParam("received") String received,
            @QueryParam("days") String days,
            @QueryParam("domiciles") String domiciles) {
        MessageResolver texts = MessageResolver.of(headers);
        List<Problems.FieldError> errors = new ArrayList<>();
        Instant receivedAt = null;
        try {
            receivedAt = Instant.parse(String.valueOf(received));
        } catch (DateTimeParseException e) {
            errors.add(parameter("received", texts.text("calculator.received.invalid"), "R-3.2"));
        }
        int period = 0;
        try {
            period = Integer.parseInt(String.valueOf(days));
        } catch (NumberFormatException e) {
            errors.add(parameter("days", texts.text("calculator.days.invalid"), "R-3.3"));
        }
        List<Domicile> parties = new ArrayList<>();
        try {
            for (String d : String.valueOf(domiciles).split(",", -1)) {
                parties.add(Domicile.parse(d));
            }
            if (parties.size() != 2) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            errors.add(parameter("domiciles", texts.text("calculator.domiciles.invalid"), "R-3.4"));
        }
        if (!errors.isEmpty()) {
            return Problems.response(Problems.invalid(errors, texts));
        }
        try {
            Deadline deadline = deadlines.compute(receivedAt, period, parties.get(0), parties.get(1));
            return Response.ok(deadline).build();
        } catch (RuleViolation refused) {
            String name = Pointers.of(refused.field()).substring(1); // the pointer /days names the parameter days
            return Problems.response(
                    Problems.invalid(List.of(parameter(name, texts.text(refused), refused.ruleId())), texts));
        }
    }

    private static Problems.FieldError parameter(String name, String detail, String rule) {
        return Problems.FieldError.parameter(name, detail, rule);
    }
}
