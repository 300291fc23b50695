package org.concord.service.workqueue;

import java.util.List;
import org.concord.domain.procedure.WorkQueue;

/**
 * One section of a work queue (issue 24): the first {@code items} of one kind, most urgent first, and how many there
 * are: {@code count} exactly, or at least {@code count} when {@code atLeast} (a section counts up to a limit, never the
 * whole table, and a section whose items the domain decides reads a bounded number of candidates).
 */
public record WorkSection(WorkQueue.Kind kind, List<WorkItem> items, int count, boolean atLeast) {

    public WorkSection {
        items = List.copyOf(items);
    }

    /** More than the items shown, or perhaps more: the full list says. */
    public boolean isMore() {
        return atLeast || count > items.size();
    }
}
