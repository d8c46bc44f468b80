package io.envoys.read;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.envoys.db.Sql;
import io.envoys.db.Where;

/**
 * A connection below the parents of a level (an envoy's meetings, a country's envoys), read for a whole level of
 * parents in one statement, its first {@code first + 1} children of each parent after the filter and the keyset
 * cursor, with the view's columns. On PostgreSQL each parent's children are a {@code LATERAL} subquery that stops at
 * the page size and carries the child's own columns (an index range per parent, whatever the parent's number of
 * children, and no second lookup per child); H2 has no {@code LATERAL}, so there the children are numbered per parent
 * ({@code row_number() over (partition by parent …)}) and cut. Either way the children come out as a derived table
 * named {@code alias}, with {@code parent_id} and {@code rn} (the position in the parent's page) added to
 * {@code columns}. The same cursor applies to every parent; a backward page ({@code last}) reads each parent's
 * children in reverse order and {@link Page} puts them back. The total per parent is a second statement, run only when
 * {@code totalCount} is asked for.
 *
 * @param name the list's name in cursors, {@code Type.field}; a cursor of another list is refused
 * @param parent the parent key's column in {@code source}
 * @param columns what the derived table carries of each child ({@code "q.*"}, or a few columns when the view's are
 *     joined back, as for counterparts)
 * @param alias the derived table's name, which {@code select} and {@code join} use; the child table's own alias when
 *     {@code columns} is all of it, so the view's column list reads it unchanged
 * @param source the from clause of the children, with {@code %s} where the condition on {@code parent} goes, then
 *     a where clause to which the filter's and the cursor's conditions are added
 * @param keyset the list's order over {@code source}, which its cursors follow
 * @param select the view's columns over the derived table ({@code %1$s} for joined ones), after the parent key
 * @param join what joins the derived table, with {@code %2$s} for the view's joins
 * @param cursorKey a row's position in the list, as the cursor holds it: the values of the keyset's columns
 */
record NestedList<V>(String name, String parent, String columns, String alias, String source, Keyset keyset,
        String select, String join, Function<V, Object[]> cursorKey) {

    /**
     * The statement of one page per parent, with {@code %1$s} and {@code %2$s} for the joins ({@link Joins}). Its
     * parameters: the parent keys, then the values of {@code conditions}. The number of rows per parent is written in
     * the statement, not bound: it is one of 101 values, and a generic plan that knows it reads each page through an
     * index, where one for an unknown limit may expect a tenth of the table and read all of it.
     *
     * @param lateral whether the database runs LATERAL subqueries
     * @param conditions conditions over {@code source} (" and …")
     * @param rows how many children of each parent to read, 2 to 101
     * @param backward whether to read each parent's last children, in reverse order, rather than its first
     */
    String statement(boolean lateral, String conditions, int rows, boolean backward) {
        String order = keyset.orderBy(backward);
        String children = lateral
                ? "unnest(cast(? as bigint[])) as k(parent_id) cross join lateral (select k.parent_id, " + columns
                        + ", row_number() over (order by " + order + ") as rn " + source.replace("%s", "= k.parent_id")
                        + conditions + " order by " + order + " limit " + rows + ")"
                : "(select " + parent + " as parent_id, " + columns + ", row_number() over (partition by " + parent
                        + " order by " + order + ") as rn " + source.replace("%s", "= any(?)") + conditions + ")";
        return "select " + alias + ".parent_id, " + select + " from " + children + " " + alias + join
                + (lateral ? "" : " where " + alias + ".rn <= " + rows) + " order by " + alias + ".parent_id, "
                + alias + ".rn";
    }

    /** The statement that counts each parent's children matching {@code conditions}; parameters as its conditions'. */
    String count(String conditions) {
        return "select " + parent + ", count(*) " + source.replace("%s", "= any(?)") + conditions + " group by "
                + parent;
    }

    /**
     * The page of each parent in {@code parents}, in their order; a parent without children gets an empty page.
     *
     * @param reader reads a row, from column 1 on
     */
    public Map<Long, Page<V>> fetch(Sql sql, Joins<V> joins, Function<Object[], V> reader, Collection<Long> parents,
            Where filter, PageRequest request, boolean withTotalCount) {
        Where page = filter.copy();
        if (request.hasCursor()) {
            keyset.beyond(page, Cursor.decode(name, keyset.parts(), request.cursor(),
                    request.backward() ? "before" : "after"), request.backward());
        }
        String statement = statement(sql.lateralJoins(), page.conditions(), request.fetchSize(), request.backward());
        Map<Long, List<V>> rowsByParent = sql.byKey(joins.sql(statement), parents, page.parameters(), reader);
        Map<Long, List<Long>> totals = withTotalCount
                ? sql.byKey(count(filter.conditions()), parents, filter.parameters(),
                        row -> ((Number) row[1]).longValue())
                : Map.of();
        Map<Long, Page<V>> pages = new LinkedHashMap<>();
        for (Long key : parents) {
            long total = withTotalCount ? totals.getOrDefault(key, List.of(0L)).get(0) : -1;
            pages.put(key, Page.of(rowsByParent.getOrDefault(key, List.of()), request,
                    row -> Cursor.encode(name, cursorKey.apply(row)), total));
        }
        return pages;
    }
}
