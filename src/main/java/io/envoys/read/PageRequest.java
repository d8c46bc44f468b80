package io.envoys.read;

import io.envoys.error.ApiException;
import io.envoys.validation.ListBounds;

/**
 * A validated request for one page of a connection, as the Relay cursor connections specification has it: the first
 * {@code size} rows after {@code cursor}, or, {@code backward}, the last {@code size} rows before it. Rows come back in
 * the list's order either way.
 *
 * @param size how many rows, 1 to 100
 * @param cursor the cursor to start from, or null for an end of the list
 * @param backward whether the page is the last rows ({@code last}, {@code before}) rather than the first
 */
record PageRequest(int size, String cursor, boolean backward) {

    public static final int DEFAULT_SIZE = ListBounds.PAGE_DEFAULT;
    public static final int MAX_SIZE = ListBounds.PAGE_MAX;
    /**
     * The longest cursor taken: a cursor this API gives holds a list's name and a row's sort key (at most a 200-character
     * name, 800 bytes of UTF-8), about 1,200 characters of base64 at most; anything longer is refused before any work.
     */
    public static final int MAX_CURSOR_CHARACTERS = 4_096;

    /**
     * The page the arguments of a connection field ask for: {@code first} and {@code after} page forward, {@code last}
     * and {@code before} backward; neither size means the first 20.
     *
     * @param field the field's name, to say where a bad argument is
     * @throws ApiException BAD_USER_INPUT when a size is outside 1 to 100, when both first and last are given, or when
     *     a cursor goes with the other direction's size (after with last, before with first), or when a cursor is
     *     longer than {@link #MAX_CURSOR_CHARACTERS}
     */
    public static PageRequest of(String field, Integer first, String after, Integer last, String before) {
        String cursorAfter = after == null || after.isBlank() ? null : after;
        String cursorBefore = before == null || before.isBlank() ? null : before;
        checkLength(field, "after", cursorAfter);
        checkLength(field, "before", cursorBefore);
        if (first != null && last != null) {
            throw ApiException.badInput(field + ": pass first (with after) to page forward or last (with before) to"
                    + " page backward, not both");
        }
        boolean backward = last != null || cursorBefore != null;
        if (backward && (first != null || cursorAfter != null)) {
            throw ApiException.badInput(field + ": before goes with last, after with first; page one way at a time");
        }
        int size = backward ? (last == null ? DEFAULT_SIZE : last) : (first == null ? DEFAULT_SIZE : first);
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badInput(field + "." + (backward ? "last" : "first") + " must be between 1 and "
                    + MAX_SIZE + "; got " + size);
        }
        return new PageRequest(size, backward ? cursorBefore : cursorAfter, backward);
    }

    private static void checkLength(String field, String argument, String cursor) {
        if (cursor != null && cursor.length() > MAX_CURSOR_CHARACTERS) {
            throw ApiException.badInput(field + "." + argument + " is not a cursor this API gives (it has "
                    + cursor.length() + " characters; cursors have at most " + MAX_CURSOR_CHARACTERS + "): pass a"
                    + " cursor returned by " + field + " (pageInfo.startCursor, pageInfo.endCursor or edges.cursor)");
        }
    }

    public boolean hasCursor() {
        return cursor != null;
    }

    /** Rows to fetch: one more than the page, to learn whether more rows lie beyond it. */
    public int fetchSize() {
        return size + 1;
    }
}
