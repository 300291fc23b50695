package org.concord.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.concord.domain.account.ApiToken;
import org.concord.service.workqueue.WorkQueueService;
import org.concord.service.workqueue.WorkQueueView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Issue 24: the caller's work queue, as the start page shows it: per role, sections of items (what to do, about which
 * Procedure, since when and by when), the first few of each, most urgent first, with a count (exact, or "at least").
 */
@TokenScope(ApiToken.Scope.READ)
@SecurityRequirement(name = ConcordApi.BEARER)
@Path("/v1/me/work-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work queue", description = "What waits for the caller, per role, and by when (issue 24)")
public class WorkQueueResource {

    @Inject
    private WorkQueueService workQueue;

    @GET
    @Operation(
            operationId = "myWorkQueue",
            summary = "The caller's work queue: per role, what is due and by when, the most urgent first (issue 24)")
    public WorkQueueView mine() {
        return workQueue.mine();
    }
}
