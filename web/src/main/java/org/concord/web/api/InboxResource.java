package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.concord.service.Page;
import org.concord.service.mail.Inbox;
import org.concord.service.mail.InboxEntryView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Issue 24 (R-C1): the caller's in-app inbox, a copy of every mail Concord sent to the caller's account. Another
 * account's entry answers as a missing one does.
 */
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/me/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "The mails Concord sent to the caller, in the application (issue 24)")
public class InboxResource {

    @Inject
    private Inbox inbox;

    /**
     * Newest first, by keyset: {@code ?size=25} (at most {@value Inbox#PAGE_SIZE}) for the newest, then
     * {@code ?after=<next>} with the {@code next} of the page before; {@code next} is absent after the last page.
     */
    @GET
    @Operation(
            operationId = "myInbox",
            summary = "The caller's inbox: the mails Concord sent to the caller, newest first by keyset (issue 24)")
    public Page<InboxEntryView> mine(
            @QueryParam("after") String after, @QueryParam("size") @DefaultValue("25") int size) {
        return inbox.mine(after, size);
    }

    /** Marks the entry read and answers it whole (subject and text); 404 for anyone else's entry. */
    @POST
    @Path("/{id}/read")
    @Operation(
            operationId = "readInboxEntry",
            summary = "Marks an entry of the caller's inbox read and answers it whole (issue 24, R-13.1)")
    public InboxEntryView read(@PathParam("id") String id) {
        return inbox.open(id);
    }
}
