package io.envoys.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Fills one relationship field on every parent of a level from one batch load: the parents' keys go to the loader
 * together, and each parent gets its own part of the answer.
 */
final class Relations {

    private Relations() {
    }

    /** A to-many field: parents without children get an empty list. */
    public static <P, C> void many(Collection<P> parents, Function<P, Long> key,
            Function<Set<Long>, Map<Long, List<C>>> load, BiConsumer<P, List<C>> set) {
        Map<Long, List<C>> children = load.apply(keys(parents, key));
        parents.forEach(parent -> set.accept(parent, children.getOrDefault(key.apply(parent), List.of())));
    }

    /**
     * A connection field, one statement for all parents per set of argument values the query gives it: each parent
     * gets its page, kept under those values ({@link NestedConnections}).
     *
     * @param load reads the pages of a set of parent keys for the given arguments and selection below the field
     * @param connection makes the field's connection type of a page
     */
    public static <P extends HasConnections, V> void pages(Collection<P> parents, Function<P, Long> key,
            String field, Selection selection, PagesLoader<V> load, Function<Page<V>, Object> connection) {
        selection.calls(field).forEach((arguments, below) -> {
            Map<Long, Page<V>> pages = load.pages(keys(parents, key), arguments, below);
            parents.forEach(parent -> parent.connections().put(field, arguments,
                    connection.apply(pages.get(key.apply(parent)))));
        });
    }

    /** Reads the pages of a connection field below a set of parents. */
    @FunctionalInterface
    interface PagesLoader<V> {
        Map<Long, Page<V>> pages(Set<Long> parentKeys, Map<String, Object> arguments, Selection connection);
    }

    /** A to-one field. */
    public static <P, C> void one(Collection<P> parents, Function<P, Long> key, Function<Set<Long>, Map<Long, C>> load,
            BiConsumer<P, C> set) {
        Map<Long, C> children = load.apply(keys(parents, key));
        parents.forEach(parent -> set.accept(parent, children.get(key.apply(parent))));
    }

    /**
     * A to-one field that a join may already have filled ({@link Joins}): the parents without it load theirs in one
     * statement, which expands them below; the joined children are handed to {@code expandJoined}.
     */
    public static <P, C> void one(Collection<P> parents, Function<P, C> joined, Function<P, Long> key,
            Function<Set<Long>, Map<Long, C>> load, BiConsumer<P, C> set, Consumer<List<C>> expandJoined) {
        List<C> children = new ArrayList<>();
        List<P> unjoined = new ArrayList<>();
        for (P parent : parents) {
            C child = joined.apply(parent);
            if (child == null) {
                unjoined.add(parent);
            } else {
                children.add(child);
            }
        }
        if (!children.isEmpty()) {
            expandJoined.accept(children);
        }
        if (!unjoined.isEmpty()) {
            one(unjoined, key, load, set);
        }
    }

    /** All children of a batch load, for loading the next level below them. */
    public static <C> List<C> children(Map<Long, List<C>> grouped) {
        List<C> all = new ArrayList<>();
        grouped.values().forEach(all::addAll);
        return all;
    }

    private static <P> Set<Long> keys(Collection<P> parents, Function<P, Long> key) {
        Set<Long> keys = new LinkedHashSet<>();
        for (P parent : parents) {
            keys.add(Objects.requireNonNull(key.apply(parent)));
        }
        return keys;
    }
}
