package org.concord.service.procedure;

import java.util.List;
import java.util.UUID;

/**
 * Issue 24: one page of the staff console's list: its lines, {@code next} (the cursor of the next page, {@code null}
 * after the last) and {@code namesCut}: more accounts or organisations have names beginning with the search text than
 * one search reads (the first {@value ConsoleSearch#MAX_PARTIES} of each by name were), so staff should type more.
 */
public record ConsolePage(List<ProcedureSummary> items, String next, boolean namesCut) {

    public ConsolePage {
        items = List.copyOf(items);
    }

    /** A Neutral to filter the list by, with the name shown for it. */
    public record Neutral(UUID id, String name) {}
}
