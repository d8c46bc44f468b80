package io.envoys.read;

import io.envoys.error.ApiException;
import io.envoys.validation.ListBounds;

/** A validated request for one page of a connection: how many rows, after which cursor. */
record PageRequest(int first, String after) {

    public static final int DEFAULT_SIZE = ListBounds.PAGE_DEFAULT;
    public static final int MAX_SIZE = ListBounds.PAGE_MAX;

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badInput("first must be between 1 and " + MAX_SIZE + "; got " + size);
        }
        return new PageRequest(size, after == null || after.isBlank() ? null : after);
    }

    public boolean hasCursor() {
        return after != null;
    }

    /** Rows to fetch: one more than the page, to learn whether a next page exists. */
    public int fetchSize() {
        return first + 1;
    }
}
