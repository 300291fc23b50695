package org.concord.service.statistics;

import java.util.List;

/** One page of releases or decisions (there are few: read by offset), and whether another follows. */
public record Slice<T>(List<T> items, int page, boolean more) {

    public Slice {
        items = List.copyOf(items);
    }
}
