package org.concord.service.procedure;

import java.util.List;

/** One page of a longer list: the items, the page number (from 0), its size and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
