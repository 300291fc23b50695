package org.concord.web.api;

import static org.concord.web.api.ProcedureResource.parse;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.concord.domain.RuleViolation;
import org.concord.domain.neutral.Certification;
import org.concord.domain.neutral.ExpertiseArea;
import org.concord.service.Page;
import org.concord.service.mediation.DirectoryQuery;
import org.concord.service.mediation.DirectoryService;
import org.concord.service.mediation.MediatorCard;
import org.concord.service.mediation.MediatorProfile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-M4, public: find a certified mediator, and its profile with the Feedback Digest. No sign-in needed. */
@Tag(name = "Mediator directory", description = "Public directory of certified mediators (R-M4)")
@Path("/v1/mediators")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    private DirectoryService directory;

    /**
     * The directory, filtered by {@code language} (ISO 639-1), {@code country} (ISO 3166-1), {@code area}
     * (expertise), {@code certification} and {@code q} (name or keyword); {@code page} from 0, {@code size} taken
     * within 1–50.
     */
    @Operation(
            operationId = "searchMediators",
            summary = "Public: the directory of certified mediators, filtered and paged (R-M4)")
    @GET
    public DirectoryAnswer search(
            @QueryParam("language") String language,
            @QueryParam("country") String country,
            @QueryParam("area") String area,
            @QueryParam("certification") String certification,
            @QueryParam("q") String text,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return DirectoryAnswer.of(directory.search(new DirectoryQuery(
                language,
                country,
                value(ExpertiseArea.class, area, "area"),
                value(Certification.class, certification, "certification"),
                text,
                page,
                size)));
    }

    /** The directory's JSON: the page's mediators, how many match in all, the page (from 0) and its size. */
    public record DirectoryAnswer(List<MediatorCard> mediators, long total, int page, int size) {

        static DirectoryAnswer of(Page<MediatorCard> page) {
            return new DirectoryAnswer(page.items(), page.total(), page.page(), page.size());
        }
    }

    @Operation(
            operationId = "getMediatorProfile",
            summary = "Public: a mediator's profile with its Feedback Digest (R-M4)")
    @GET
    @Path("{id}")
    public MediatorProfile profile(@PathParam("id") String id) {
        return directory.profile(parse(id));
    }

    /** A mediator: {@code {"listed": false}} hides it from the directory (R-M4); answers whether it is listed now. */
    @Operation(
            operationId = "setDirectoryListing",
            summary = "A mediator: shows or hides itself in the directory (R-M4)")
    @SecurityRequirement(name = ConcordApi.BEARER)
    @PUT
    @Path("me/listing")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Boolean> listing(Map<String, Boolean> body) {
        return Map.of("listed", directory.list(Boolean.TRUE.equals(body == null ? null : body.get("listed"))));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name, String field) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("R-M4", "/" + field, "rule.directory.filter", name);
        }
    }
}
