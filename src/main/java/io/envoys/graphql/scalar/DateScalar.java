package io.envoys.graphql.scalar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
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
            .coercing(new Strict())
            .build();

    private DateScalar() {
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

    private static final class Strict implements Coercing<String, String> {

        @Override
        public String serialize(Object result, GraphQLContext context, Locale locale) {
            if (result instanceof LocalDate date) {
                return date.toString();
            }
            if (result instanceof String text && problem(text) == null) {
                return text;
            }
            throw new CoercingSerializeException("A Date result is not a date");
        }

        @Override
        public String parseValue(Object input, GraphQLContext context, Locale locale) {
            if (!(input instanceof String text)) {
                throw new CoercingParseValueException("a date is a string; got " + InputKinds.describe(input)
                        + "; " + RULE);
            }
            String problem = problem(text);
            if (problem != null) {
                throw new CoercingParseValueException(problem);
            }
            return text;
        }

        @Override
        public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            String problem = input instanceof StringValue text ? problem(text.getValue())
                    : "a date is a string in double quotes; " + RULE;
            if (problem != null) {
                throw new CoercingParseLiteralException(problem);
            }
            return ((StringValue) input).getValue();
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(parseValue(input, context, locale));
        }
    }
}
