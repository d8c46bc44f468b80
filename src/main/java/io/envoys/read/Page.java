package io.envoys.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** One page of rows in list order, with what a connection needs to describe it. */
final class Page<T> {

    private final List<T> rows;
    private final boolean hasNextPage;
    private final boolean hasPreviousPage;
    private final Function<T, String> cursorOf;
    private final long totalCount;

    private Page(List<T> rows, boolean hasNextPage, boolean hasPreviousPage, Function<T, String> cursorOf,
            long totalCount) {
        this.rows = rows;
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.cursorOf = cursorOf;
        this.totalCount = totalCount;
    }

    /**
     * @param fetched up to {@link PageRequest#fetchSize()} rows, in the list's order or, for a backward request, in
     *     its reverse; the extra one only tells that more rows lie beyond the page
     * @param totalCount the number of rows matching the filter, or -1 when nobody asked for it
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, String> cursorOf, long totalCount) {
        boolean more = fetched.size() > request.size();
        List<T> rows = more ? fetched.subList(0, request.size()) : fetched;
        if (request.backward()) {
            List<T> inOrder = new ArrayList<>(rows);
            Collections.reverse(inOrder);
            return new Page<>(inOrder, request.hasCursor(), more, cursorOf, totalCount);
        }
        return new Page<>(rows, more, request.hasCursor(), cursorOf, totalCount);
    }

    public List<T> rows() {
        return rows;
    }

    public long totalCount() {
        return totalCount;
    }

    public String cursor(T row) {
        return cursorOf.apply(row);
    }

    public PageInfo pageInfo() {
        return new PageInfo(hasNextPage, hasPreviousPage,
                rows.isEmpty() ? null : cursor(rows.get(0)),
                rows.isEmpty() ? null : cursor(rows.get(rows.size() - 1)));
    }
}
