package io.envoys.shared;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * A keyset-paginated list: the query that reads its rows, the order that the cursors follow, and how a row becomes a
 * cursor. No OFFSET anywhere, so page 1,000 costs what page 1 costs.
 *
 * @param select the select and from clauses; the first column is the row's key, the reader reads from column 1
 * @param count the select count and from clauses over the same root alias
 * @param orderBy the order by clause matching the cursor's key
 */
public record ListQuery<V>(String select, String count, String orderBy, Function<Object[], V> reader,
        Function<V, String> cursorOf) {

    /**
     * @param filter the list's filter, shared by the rows and the count
     * @param page the filter with the keyset condition of the cursor added
     */
    public Page<V> fetch(EntityManager em, Where filter, Where page, PageRequest request, boolean withTotalCount) {
        List<V> rows = page.bind(em.createQuery(select + page + orderBy, Object[].class))
                .setMaxResults(request.fetchSize())
                .getResultStream().map(reader).toList();
        long total = withTotalCount ? filter.bind(em.createQuery(count + filter, Long.class)).getSingleResult() : -1;
        return Page.of(rows, request, cursorOf, total);
    }
}
