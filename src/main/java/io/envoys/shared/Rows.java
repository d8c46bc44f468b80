package io.envoys.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * Runs the batch queries behind relationship fields: one statement for all parents of a level. The query takes
 * the parent keys as {@code :keys}, selects the parent key first, and the row reader reads from column 1 on.
 */
public final class Rows {

    /** Parents per statement; large enough that a page of 100 with its children stays one statement per level. */
    private static final int KEYS_PER_STATEMENT = 5_000;

    private Rows() {
    }

    public static <V> Map<Long, List<V>> byKey(EntityManager em, String hql, Collection<Long> keys,
            Function<Object[], V> reader) {
        Map<Long, List<V>> grouped = new HashMap<>();
        if (keys.isEmpty()) {
            return grouped;
        }
        List<Long> all = keys instanceof List<Long> list ? list : new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_STATEMENT) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_STATEMENT));
            List<Object[]> rows = em.createQuery(hql, Object[].class).setParameter("keys", chunk).getResultList();
            for (Object[] row : rows) {
                grouped.computeIfAbsent((Long) row[0], key -> new ArrayList<>()).add(reader.apply(row));
            }
        }
        return grouped;
    }

    /** Like {@link #byKey} for queries that return at most one row per key (lookups by id). */
    public static <V> Map<Long, V> oneByKey(EntityManager em, String hql, Collection<Long> keys,
            Function<Object[], V> reader) {
        Map<Long, V> single = new HashMap<>();
        byKey(em, hql, keys, reader).forEach((key, values) -> single.put(key, values.get(0)));
        return single;
    }
}
