package io.envoys.graphql.scalar;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import graphql.schema.GraphQLScalarType;
import io.envoys.validation.Text;

/**
 * {@code DateTime}: a point in time written as RFC 3339 section 5.6's {@code date-time}, with seconds and an offset
 * ({@code Z} or {@code ±hh:mm}), an optional fraction of a second, upper-case {@code T} and {@code Z}, as the GraphQL
 * Scalars DateTime specification (scalars.graphql.org/andimarek/date-time) has it; another layout, a time that does not
 * exist or a non-string is refused. Results are written at UTC, such as {@code 2026-12-03T07:30:00.123456Z}. Parsed
 * values stay the text the client sent; SmallRye GraphQL makes them {@code OffsetDateTime}s for the API classes.
 */
public final class DateTimeScalar {

    static final String RULE = "write a point in time as RFC 3339 YYYY-MM-DDThh:mm:ss with an offset, such as"
            + " 2026-12-03T07:30:00Z or 2026-12-03T09:30:00+02:00";
    private static final Pattern LAYOUT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    /** The strict {@code DateTime}. */
    public static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("A point in time, RFC 3339 YYYY-MM-DDThh:mm:ss with an optional fraction and an offset, such"
                    + " as 2026-12-03T07:30:00Z; written at UTC.")
            .coercing(new TextCoercing("a point in time", RULE, DateTimeScalar::problem,
                    DateTimeScalar::written))
            .build();

    private DateTimeScalar() {
    }

    /** At UTC, the fraction in groups of three digits, whichever way SmallRye GraphQL handed it over. */
    private static String written(Object result) {
        if (result instanceof String text && problem(text) == null) {
            return written(OffsetDateTime.parse(text));
        }
        return result instanceof OffsetDateTime time ? DateTimeFormatter.ISO_INSTANT.format(time.toInstant()) : null;
    }

    /** Why {@code text} is not a point in time this API takes, or null when it is one. */
    static String problem(String text) {
        if (!LAYOUT.matcher(text).matches()) {
            return "'" + Text.preview(text) + "' is not a point in time; " + RULE;
        }
        try {
            OffsetDateTime.parse(text);
            return null;
        } catch (DateTimeParseException notATime) {
            return "'" + text + "' is not a time that exists; " + RULE;
        }
    }
}
