package io.envoys.read;

import java.util.List;

/**
 * The to-one relationships of one level that a query asks for, read in the level's own statement. Statement templates
 * have {@code %1$s} where the joined columns go (right after the parent's columns, and again in a group by) and
 * {@code %2$s} where the joins go (after the parent's table), so each template yields one fixed statement per set of
 * joined relationships.
 */
final class Joins<P> {

    private final List<JoinedOne<P, ?>> selected;
    private final String columns;
    private final String clauses;

    private Joins(List<JoinedOne<P, ?>> selected) {
        this.selected = selected;
        this.columns = selected.stream().map(join -> ", " + join.columns()).reduce("", String::concat);
        this.clauses = selected.stream().map(JoinedOne::join).reduce("", String::concat);
    }

    /** The relationships among {@code available} that {@code selection} asks for. */
    public static <P> Joins<P> of(Selection selection, List<JoinedOne<P, ?>> available) {
        return new Joins<>(available.stream().filter(join -> selection.has(join.field())).toList());
    }

    /** {@code template} with its {@code %1$s} and {@code %2$s} filled; no other format specifier is read. */
    public String sql(String template) {
        return template.replace("%1$s", columns).replace("%2$s", clauses);
    }

    /** Sets the joined children on a parent whose own columns end before column {@code from}; returns the parent. */
    public P attach(P parent, Object[] row, int from) {
        int column = from;
        for (JoinedOne<P, ?> join : selected) {
            join.attach(parent, row, column);
            column += join.width();
        }
        return parent;
    }
}
