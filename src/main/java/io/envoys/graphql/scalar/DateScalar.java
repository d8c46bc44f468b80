package io.envoys.graphql.scalar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import graphql.schema.GraphQLScalarType;
import io.envoys.validation.Dates;
import io.envoys.validation.Text;

/**
 * {@code Date}: a calendar date of ISO 8601's proleptic Gregorian calendar written {@code YYYY-MM-DD}, from
 * 0001-01-01 to 9999-12-31, as a string; a date that does not exist (2016-02-30), another layout, year 0, a signed
 * year or a non-string is refused. Parsed values stay the text the client sent; SmallRye GraphQL makes them
 * {@code LocalDate}s for the API classes.
 */
public final class DateScalar {

    static final String RULE = "write dates as YYYY-MM-DD, from 0001-01-01 to 9999-12-31, such as 2016-12-13";
    private static final Pattern LAYOUT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The strict {@code Date}. */
    public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date, YYYY-MM-DD (ISO 8601, proleptic Gregorian), from 0001-01-01 to"
                    + " 9999-12-31, such as 2016-12-13.")
            .coercing(new TextCoercing("a date", RULE, DateScalar::problem,
                    DateScalar::written))
            .build();

    private DateScalar() {
    }

    private static String written(Object result) {
        if (result instanceof LocalDate date) {
            return date.toString();
        }
        return result instanceof String text && problem(text) == null ? text : null;
    }

    /** Why {@code text} is not a date this API takes, or null when it is one. */
    static String problem(String text) {
        if (!LAYOUT.matcher(text).matches()) {
            return "'" + Text.preview(text) + "' is not a date; " + RULE;
        }
        try {
            return Dates.held(LocalDate.parse(text)) ? null : "'" + text + "' is before the year 1; " + RULE;
        } catch (DateTimeParseException notADate) {
            return "'" + text + "' is not a calendar date; " + RULE;
        }
    }
}
