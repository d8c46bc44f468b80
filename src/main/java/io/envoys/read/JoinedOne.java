package io.envoys.read;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * A to-one relationship read in its parent's statement instead of a statement of its own: the child's columns follow
 * the parent's, brought in by a join. {@link Joins} puts the ones a query asks for into the statement.
 *
 * @param field the relationship field of the parent type
 * @param columns the child's columns, over the join's alias
 * @param width how many columns that is
 * @param join the join clause that brings the child's table under that alias; empty when the statement joins it anyway
 * @param reader reads the child from a row, starting at the given column
 * @param set sets the child on its parent
 */
record JoinedOne<P, C>(String field, String columns, int width, String join,
        BiFunction<Object[], Integer, C> reader, BiConsumer<P, C> set) {

    void attach(P parent, Object[] row, int from) {
        set.accept(parent, reader.apply(row, from));
    }
}
