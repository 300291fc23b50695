package org.concord.service.procedure;

import java.util.List;

/**
 * One page of a list read by keyset (never by offset, so that the millionth row costs what the first does): the items
 * and the cursor of the next page, {@code null} after the last.
 */
public record Page<T>(List<T> items, String next) {
}
