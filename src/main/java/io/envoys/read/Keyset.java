package io.envoys.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import io.envoys.db.Where;

/**
 * The order of a keyset-paginated list and the conditions its cursors stand for: the sort key's columns, each
 * ascending or descending, the last one unique. From it come the {@code order by} terms, forward or backward, and the
 * condition "beyond the row of this cursor" in either direction. Consecutive columns that run the same way compare as
 * one row value, {@code (a, b) > (?, ?)}, which the database answers from an index; where the direction changes, the
 * condition is "beyond on these columns, or equal on them and beyond on the rest". No OFFSET anywhere, so page 1,000
 * costs what page 1 costs. Built from the sort key's columns, first column first.
 */
final class Keyset {

    private final List<Column> columns;
    private final String forwardOrder;
    private final String backwardOrder;

    private Keyset(List<Column> columns) {
        this.columns = columns;
        this.forwardOrder = orderBy(columns, false);
        this.backwardOrder = orderBy(columns, true);
    }

    /** One column of the key: how a cursor part reads as its value, and which way the list runs on it. */
    record Column(String sql, BiFunction<Cursor, Integer, Object> value, boolean descending) {

        /** The same column, running the other way. */
        Column desc() {
            return new Column(sql, value, true);
        }
    }

    static Keyset of(Column... columns) {
        return new Keyset(List.of(columns));
    }

    /** A column whose cursor part is text (a name). */
    static Column text(String sql) {
        return new Column(sql, Cursor::part, false);
    }

    /** A column whose cursor part is a 64-bit number (an id, a count). */
    static Column number(String sql) {
        return new Column(sql, Cursor::longPart, false);
    }

    /** A column whose cursor part is a 32-bit number (a quote's position). */
    static Column integer(String sql) {
        return new Column(sql, Cursor::intPart, false);
    }

    /** A column whose cursor part is a date. */
    static Column date(String sql) {
        return new Column(sql, Cursor::datePart, false);
    }

    /** How many values a cursor of this list holds. */
    int parts() {
        return columns.size();
    }

    /** The order by terms ({@code "m.date desc, m.id desc"}), of the list or, {@code backward}, of its reverse. */
    String orderBy(boolean backward) {
        return backward ? backwardOrder : forwardOrder;
    }

    private static String orderBy(List<Column> columns, boolean backward) {
        return columns.stream().map(column -> column.sql() + (column.descending() != backward ? " desc" : ""))
                .collect(Collectors.joining(", "));
    }

    /**
     * Adds to {@code where} the condition "after the row of {@code cursor}" in the list's order or, {@code backward},
     * "before it".
     *
     * @throws io.envoys.error.ApiException BAD_USER_INPUT when a part of the cursor is not of its column's kind
     */
    void beyond(Where where, Cursor cursor, boolean backward) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).value().apply(cursor, i);
        }
        List<Object> parameters = new ArrayList<>();
        String condition = beyond(0, values, backward, parameters);
        where.and(condition, parameters.toArray());
    }

    private String beyond(int from, Object[] values, boolean backward, List<Object> parameters) {
        int to = from + 1;
        while (to < columns.size() && columns.get(to).descending() == columns.get(from).descending()) {
            to++;
        }
        List<Object> run = Arrays.asList(values).subList(from, to);
        String operator = columns.get(from).descending() != backward ? "<" : ">";
        String compared = row(from, to) + " " + operator + " " + placeholders(to - from);
        parameters.addAll(run);
        if (to == columns.size()) {
            return compared;
        }
        StringBuilder equal = new StringBuilder();
        for (int i = from; i < to; i++) {
            equal.append(columns.get(i).sql()).append(" = ? and ");
            parameters.add(values[i]);
        }
        return "(" + compared + " or (" + equal + beyond(to, values, backward, parameters) + "))";
    }

    private String row(int from, int to) {
        List<String> names = columns.subList(from, to).stream().map(Column::sql).toList();
        return names.size() == 1 ? names.get(0) : "(" + String.join(", ", names) + ")";
    }

    private static String placeholders(int count) {
        return count == 1 ? "?" : "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }
}
