package io.envoys.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.envoys.db.Sql;
import io.envoys.db.Where;

/**
 * A keyset-paginated list at the root: the order that the cursors follow ({@link Keyset}) and how a row becomes a
 * cursor.
 *
 * @param name the list's name, as in the schema; a cursor of another list is refused
 * @param count the select count and from clauses over the same root alias as the page statement
 * @param keyset the list's order, which its cursors follow
 * @param cursorKey a row's position in the list, as the cursor holds it: the values of the keyset's columns
 */
record ListQuery<V>(String name, String count, Keyset keyset, Function<V, Object[]> cursorKey) {

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
            keyset.beyond(page, Cursor.decode(name, keyset.parts(), request.cursor(),
                    request.backward() ? "before" : "after"), request.backward());
        }
        List<Object> parameters = new ArrayList<>(page.parameters());
        parameters.add(request.fetchSize());
        List<V> rows = sql.rows(statement(select, page, request.backward()), parameters).stream().map(reader)
                .toList();
        long total = withTotalCount ? (Long) sql.rows(count + filter, filter.parameters()).get(0)[0] : -1;
        return Page.of(rows, request, row -> Cursor.encode(name, cursorKey.apply(row)), total);
    }

    /**
     * The page statement: its conditions (the filter's, then the cursor's), the list's order (reversed for a backward
     * page), the page size.
     */
    public String statement(String select, Where page, boolean backward) {
        return select + page + " order by " + keyset.orderBy(backward) + " limit ?";
    }
}
