package io.envoys.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.envoys.db.Sql;
import io.envoys.db.Where;

/**
 * Reads the rows of one view type at one level of a query: the level's statement with the to-one joins the selection
 * asks for ({@link Joins}), the rows grouped by their parent key, then the relationship fields below them expanded
 * for the whole level at once. Statement templates select the parent key first and the view's columns from column 1.
 */
final class Level<V> {

    private final Sql sql;
    private final BiFunction<Object[], Integer, V> read;
    private final int width;
    private final BiConsumer<Collection<V>, Selection> expand;

    /**
     * @param read reads a view from a row, starting at the given column
     * @param width how many columns the view reads
     * @param expand loads the relationship fields a selection asks for below views already read
     */
    Level(Sql sql, BiFunction<Object[], Integer, V> read, int width, BiConsumer<Collection<V>, Selection> expand) {
        this.sql = sql;
        this.read = read;
        this.width = width;
        this.expand = expand;
    }

    /** At most one view per key (a lookup by id), in the statement's order. */
    Map<Long, V> one(String template, List<JoinedOne<V, ?>> available, Collection<Long> keys, Selection selection) {
        Joins<V> joins = Joins.of(selection, available);
        Map<Long, V> found = sql.oneByKey(joins.sql(template), keys, reader(joins));
        expand.accept(found.values(), selection);
        return found;
    }

    /** Each parent key's views, in the statement's order; parents without any are absent. */
    Map<Long, List<V>> many(String template, List<JoinedOne<V, ?>> available, Collection<Long> keys,
            Selection selection) {
        Joins<V> joins = Joins.of(selection, available);
        Map<Long, List<V>> grouped = sql.byKey(joins.sql(template), keys, reader(joins));
        expand.accept(Relations.children(grouped), selection);
        return grouped;
    }

    /** One page of {@code list}, the rows matching {@code filter}; {@code select} is its select and from clauses. */
    Page<V> page(ListQuery<V> list, String select, List<JoinedOne<V, ?>> available, Where filter,
            PageRequest request, Selection connection) {
        Selection nodes = connection.nodes();
        Joins<V> joins = Joins.of(nodes, available);
        Page<V> result = list.fetch(sql, joins.sql(select), reader(joins), filter, request,
                connection.has("totalCount"));
        expand.accept(result.rows(), nodes);
        return result;
    }

    /**
     * Each parent key's page of {@code list}, with the rows matching {@code filter}; the rows of all pages are then
     * expanded together, one statement per level below.
     */
    Map<Long, Page<V>> pages(NestedList<V> list, List<JoinedOne<V, ?>> available, Collection<Long> keys,
            Where filter, PageRequest request, Selection connection) {
        Selection nodes = connection.nodes();
        Joins<V> joins = Joins.of(nodes, available);
        Map<Long, Page<V>> pages = list.fetch(sql, joins, reader(joins), keys, filter, request,
                connection.has("totalCount"));
        List<V> rows = new ArrayList<>();
        pages.values().forEach(page -> rows.addAll(page.rows()));
        expand.accept(rows, nodes);
        return pages;
    }

    private Function<Object[], V> reader(Joins<V> joins) {
        return row -> joins.attach(read.apply(row, 1), row, 1 + width);
    }
}
