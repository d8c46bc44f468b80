package io.envoys.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.envoys.db.Sql;
import io.envoys.db.Where;

/**
 * A keyset-paginated list: the order that the cursors follow, how a row becomes a cursor and how a cursor becomes the
 * condition "after this row". No OFFSET anywhere, so page 1,000 costs what page 1 costs; where the sort keys all run
 * the same way, the condition is a row comparison, {@code (a, b) < (?, ?)}, which the database answers from the index.
 *
 * @param name the list's name, as in the schema; a cursor of another list is refused
 * @param count the select count and from clauses over the same root alias as the page statement
 * @param orderBy the order by clause matching the cursor's key
 * @param keyParts how many values a cursor of this list holds
 * @param after adds the condition "after the row of this cursor" to a filter
 */
record ListQuery<V>(String name, String count, String orderBy, Function<V, Object[]> cursorKey, int keyParts,
        BiConsumer<Where, Cursor> after) {

    /**
     * One page of the rows matching {@code filter}; the total is counted only when asked for.
     *
     * @param select the select and from clauses of the page; the first column is the row's key
     * @param reader reads a row, from column 1 on
     */
    public Page<V> fetch(Sql sql, String select, Function<Object[], V> reader, Where filter, PageRequest request,
            boolean withTotalCount) {
        Where page = filter.copy();
        if (request.hasCursor()) {
            after.accept(page, Cursor.decode(name, keyParts, request.after()));
        }
        List<Object> parameters = new ArrayList<>(page.parameters());
        parameters.add(request.fetchSize());
        List<V> rows = sql.rows(statement(select, page), parameters).stream().map(reader).toList();
        long total = withTotalCount ? (Long) sql.rows(count + filter, filter.parameters()).get(0)[0] : -1;
        return Page.of(rows, request, row -> Cursor.encode(name, cursorKey.apply(row)), total);
    }

    /** The page statement: its conditions (the filter's, then the cursor's), the list's order, the page size. */
    public String statement(String select, Where page) {
        return select + page + orderBy + " limit ?";
    }
}
