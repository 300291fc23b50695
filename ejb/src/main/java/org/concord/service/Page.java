package org.concord.service;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a list, the one paging type of every list Concord answers, however the list is read:
 * <ul>
 * <li>by keyset (a long list, never by offset, so that the millionth row costs what the first does): the items and
 * {@code next}, the opaque cursor of the next page, {@code null} after the last ({@link #after});</li>
 * <li>by page number (a short list): the items, the page's number from 0, whether {@code more} follows, and, where
 * the list counts them, the {@code total} and the page {@code size} ({@link #numbered}).</li>
 * </ul>
 * What a kind of list does not say is {@code null}, and so left out of the API's JSON.
 */
public record Page<T>(List<T> items, String next, Integer page, Integer size, Boolean more, Long total)
        implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    /** A page of a list read by keyset; {@code next} is {@code null} on the last page. */
    public static <T> Page<T> after(List<T> items, String next) {
        return new Page<>(items, next, null, null, null, null);
    }

    /** Page {@code page} (from 0) of a list read by page number, and whether another follows. */
    public static <T> Page<T> numbered(List<T> items, int page, boolean more) {
        return new Page<>(items, null, page, null, more, null);
    }

    /** Page {@code page} (from 0) of {@code size} rows of a list of {@code total}. */
    public static <T> Page<T> numbered(List<T> items, int page, int size, long total) {
        return new Page<>(items, null, page, size, (long) (page + 1) * size < total, total);
    }
}
