package io.envoys.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

import io.envoys.db.Where;
import io.envoys.error.ApiException;
import io.envoys.validation.Dates;

/**
 * The arguments of a nested connection field as the query's selection holds them (coerced by GraphQL, defaults
 * applied): the page request, and the conditions of a {@link DateRange} filter.
 */
final class NestedArguments {

    private NestedArguments() {
    }

    /**
     * {@code first} and {@code after}, or {@code last} and {@code before}, validated as for a root connection
     * ({@link PageRequest#of}); a bad one is BAD_USER_INPUT naming {@code field}.
     */
    static PageRequest page(Map<String, Object> arguments, String field) {
        return PageRequest.of(field, size(arguments.get("first")), (String) arguments.get("after"),
                size(arguments.get("last")), (String) arguments.get("before"));
    }

    private static Integer size(Object value) {
        return value instanceof Number size ? size.intValue() : null;
    }

    /** The conditions of the {@code filter} argument, a {@link DateRange}, over the date column {@code column}. */
    static Where dates(Map<String, Object> arguments, String field, String column) {
        Where where = new Where();
        if (!(arguments.get("filter") instanceof Map<?, ?> filter)) {
            return where;
        }
        LocalDate from = date(filter.get("from"), field + ".filter.from");
        LocalDate to = date(filter.get("to"), field + ".filter.to");
        Dates.requireOrdered(field + ".filter.from", from, to, "nothing");
        if (from != null) {
            where.and(column + " >= ?", from);
        }
        if (to != null) {
            where.and(column + " <= ?", to);
        }
        return where;
    }

    private static LocalDate date(Object value, String name) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeException malformed) {
            throw ApiException.badInput(name + " must be a date written YYYY-MM-DD, such as 2016-12-13");
        }
    }
}
