package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concord.domain.procedure.WorkQueue.Kind;
import org.concord.service.workqueue.WorkItem;
import org.concord.service.workqueue.WorkQueueService;
import org.concord.service.workqueue.WorkQueueView;
import org.concord.service.workqueue.WorkSection;

/**
 * Issue 24: the work queue on the start page after sign-in; read once per request. Says, for each kind of item, where
 * it is done and where its full list is: those are pages, so they are chosen here, not in the service.
 */
@Named
@RequestScoped
public class WorkQueueBacking {

    @Inject
    private WorkQueueService workQueue;

    @Inject
    private HomeBacking home;

    private WorkQueueView queue;

    /** The caller's queue; {@code null} for a visitor or an account with no role that has one. */
    public WorkQueueView getQueue() {
        if (queue == null && (home.isStaff() || home.isParticipant())) {
            queue = workQueue.mine();
        }
        return queue;
    }

    /** The page where the item is done. */
    public String outcome(WorkItem item) {
        return switch (item.kind()) {
            case REVIEW_PAYMENT -> "/console/payments";
            case ANSWER_INVITATION -> "/portal/invitations";
            case PAY_FEES -> "/fees";
            default -> "/procedure";
        };
    }

    /** The {@code id} parameter of {@link #outcome}: the Procedure's, where the page is the Procedure's. */
    public Object procedureParam(WorkItem item) {
        return item.kind() == Kind.REVIEW_PAYMENT || item.kind() == Kind.ANSWER_INVITATION ? null : item.procedureId();
    }

    /** The full list of a section's kind, {@code null} where there is none beyond the queue. */
    public String listOutcome(WorkSection section) {
        return switch (section.kind()) {
            case CHECK_REQUEST, APPOINT_NEUTRAL, RESOLUTION_DUE -> "/console/procedures";
            case REVIEW_PAYMENT -> "/console/payments";
            case IMPLEMENTATION_OVERDUE -> "/console/implementation-reports";
            case ANSWER_INVITATION -> "/portal/invitations";
            case DELIVER_RESOLUTION, PAY_FEES, FILE_ANSWER, REPORT_IMPLEMENTATION -> "/portal/procedures";
            case TRANSLATION_DUE -> null;
        };
    }

    /** The filter of the full list, as a query parameter's name ({@code null} for none). */
    public String listParamName(WorkSection section) {
        return switch (section.kind()) {
            case CHECK_REQUEST, APPOINT_NEUTRAL, RESOLUTION_DUE, DELIVER_RESOLUTION -> "state";
            case FILE_ANSWER -> "answerDue";
            case REPORT_IMPLEMENTATION -> "toImplement";
            default -> null;
        };
    }

    /** The filter's value. */
    public String listParamValue(WorkSection section) {
        return switch (section.kind()) {
            case CHECK_REQUEST -> "REQUEST_FILED";
            case APPOINT_NEUTRAL -> "COMMENCED";
            case RESOLUTION_DUE, DELIVER_RESOLUTION -> "NEUTRAL_APPOINTED";
            case FILE_ANSWER, REPORT_IMPLEMENTATION -> "true";
            default -> null;
        };
    }
}
