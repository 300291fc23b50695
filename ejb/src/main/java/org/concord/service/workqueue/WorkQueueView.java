package org.concord.service.workqueue;

import java.time.LocalDate;
import java.util.List;

/**
 * Issue 24: a person's work queue as of {@code today} (Geneva): the sections of each role the person has, in the
 * order of the role's work, empty sections included (a reader learns that nothing waits).
 */
public record WorkQueueView(LocalDate today, List<WorkSection> sections) {

    public WorkQueueView {
        sections = List.copyOf(sections);
    }

    /** Nothing at all waits for the reader. */
    public boolean isEmpty() {
        return sections.stream().allMatch(s -> s.items().isEmpty());
    }
}
